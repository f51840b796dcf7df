// Goals per track as a bar chart (Fluent UI charting). This module is its own lazy chunk: the
// chart library and d3 load only when the overview is opened.
import * as React from 'react';
import { VerticalBarChart } from '@fluentui/react-charting';
import type { Track } from '../../../../domain';

export interface ITrackChartProps {
  tracks: Track[];
  counts: number[];
  /** Short axis label of a track, e.g. "Spor 1". */
  label(track: Track): string;
  title: string;
  /** Replaces the library's English description of the chart for screen readers. */
  description: string;
}

const TrackChart: React.FC<ITrackChartProps> = ({ tracks, counts, label, title, description }) => (
  <VerticalBarChart
    chartTitle={title}
    data={tracks.map((t, i) => ({ x: label(t), y: counts[i], legend: label(t), color: '#2b88d8', xAxisCalloutData: t.title }))}
    height={240}
    hideLegend
    barWidth={40}
    svgProps={{ 'aria-label': description }}
  />
);

export default TrackChart;
