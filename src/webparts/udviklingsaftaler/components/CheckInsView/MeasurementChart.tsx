// The target's measured values against the target line (Fluent UI charting). Its own lazy chunk
// ('check-ins-chart'): the chart library and d3 load only when a goal with measurements is shown.
// The text alternative (a summary and a table) is CheckInsView's, so it is there before the chart.
import * as React from 'react';
import { LineChart } from '@fluentui/react-charting';

export interface IMeasurementChartProps {
  points: Array<{ date: string; value: number }>;
  target: number;
  title: string;
  seriesLabel: string;
  targetLabel: string;
  /** Replaces the library's English description of the chart for screen readers. */
  description: string;
  formatDate(date: string): string;
  /** Danish numbers on the axis and in the callout ("2,33"); d3's default writes a decimal point. */
  formatNumber(value: number): string;
}

const at = (date: string): Date => new Date(`${date}T12:00:00Z`);

// The library's legend capitalises every word ("Målt Værdi"); Danish writes only the first.
const legendProps = { styles: { legend: { textTransform: 'none' } } };

const MeasurementChart: React.FC<IMeasurementChartProps> = ({ points, target, title, seriesLabel, targetLabel, description, formatDate, formatNumber }) => {
  const first = points[0]?.date;
  const last = points[points.length - 1]?.date;
  const lines = [
    {
      legend: seriesLabel,
      color: '#0078d4',
      data: points.map((p) => ({ x: at(p.date), y: p.value, xAxisCalloutData: formatDate(p.date), yAxisCalloutData: formatNumber(p.value) }))
    },
    // The target as a flat dashed line over the measured period.
    ...(first !== undefined && last !== undefined
      ? [
          {
            legend: targetLabel,
            color: '#a4262c',
            lineOptions: { strokeDasharray: '6' },
            data: [first, last].map((d) => ({ x: at(d), y: target, xAxisCalloutData: formatDate(d), yAxisCalloutData: formatNumber(target) }))
          }
        ]
      : [])
  ];
  return (
    <LineChart
      data={{ chartTitle: title, lineChartData: lines }}
      height={240}
      culture="da-DK"
      customDateTimeFormatter={(d: Date) => formatDate(d.toISOString().slice(0, 10))}
      yAxisTickFormat={(value: number) => formatNumber(value)}
      legendProps={legendProps}
      svgProps={{ 'aria-label': description }}
    />
  );
};

export default MeasurementChart;
