// A bar chart (Fluent UI charting). This module is its own lazy chunk: the chart library and d3
// load only when the overview shows a chart, after the tables.
import * as React from 'react';
import { VerticalBarChart } from '@fluentui/react-charting';

export interface IBarChartProps {
  bars: Array<{ key: string; label: string; value: number }>;
  title: string;
  /** Replaces the library's English description of the chart for screen readers. */
  description: string;
}

const BarChart: React.FC<IBarChartProps> = ({ bars, title, description }) => (
  <VerticalBarChart
    chartTitle={title}
    data={bars.map((b) => ({ x: b.label, y: b.value, legend: b.label, color: '#2b88d8' }))}
    height={260}
    hideLegend
    barWidth={40}
    wrapXAxisLables
    svgProps={{ 'aria-label': description }}
  />
);

export default BarChart;
