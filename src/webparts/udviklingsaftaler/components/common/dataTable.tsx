// The look of the app's data tables (the track matrix, the overview's tables): bordered cells, a
// scroller so a phone shows the whole table by scrolling rather than cutting it, and the heading
// of a track column as the documents print it (kind and number above the title).
import * as React from 'react';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react';

export const dataTableStyles = mergeStyleSets({
  // position: relative keeps visually hidden cell texts inside the scroller, not the page.
  scroller: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  table: {
    borderCollapse: 'collapse',
    minWidth: 480,
    selectors: {
      'th, td': { border: '1px solid #8a8886', padding: '6px 8px', verticalAlign: 'top', textAlign: 'left' },
      'thead th': { background: '#f3f2f1', color: '#201f1e', fontWeight: 600 },
      'td.mark': { textAlign: 'center', fontWeight: 700, minWidth: 48 },
      'td.count': { textAlign: 'center', minWidth: 48, color: '#000000', fontWeight: 600 },
      'th.requirement': { fontWeight: 400, fontSize: 12, maxWidth: 200 },
      'td.missing': { color: '#a4262c', fontWeight: 700 },
      'td.covered': { color: '#107c10' }
    }
  },
  caption: { textAlign: 'left', padding: '4px 0 8px' },
  hidden: hiddenContentStyle
});

/** "Udviklingsspor 1" above "Vores relationer til folkestyret". */
export const TrackHeading: React.FC<{ kindLabel: string; number?: number; title: string }> = ({ kindLabel, number, title }) => (
  <>
    <span style={{ display: 'block', fontWeight: 400, fontSize: 12 }}>
      {kindLabel}
      {number !== undefined ? ` ${number}` : ''}
    </span>
    {title}
  </>
);

/** A track column's heading cell; `data` becomes data-* attributes (tests and print read them). */
export interface TrackColumn {
  key: string | number;
  kindLabel: string;
  number?: number;
  title: string;
  data?: Record<string, string | number | undefined>;
}

/** The header cells of a table whose columns are tracks: the corner cell, then one per track. */
export function trackHead(corner: string, columns: readonly TrackColumn[]): React.ReactNode[] {
  return [
    <th scope="col" key="corner">
      {corner}
    </th>,
    ...columns.map((c) => (
      <th scope="col" key={c.key} {...Object.fromEntries(Object.entries(c.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}>
        <TrackHeading kindLabel={c.kindLabel} number={c.number} title={c.title} />
      </th>
    ))
  ];
}

export interface IScrollTableProps {
  /** The id of the heading that names the table (the scroller region is labelled by it too). */
  labelledBy: string;
  testId: string;
  caption: string;
  /** The header cells, the row's first (corner) cell included. */
  head: React.ReactNode;
}

/** A data table in its keyboard-scrollable region: caption, one header row, the rows as children. */
export const ScrollTable: React.FC<IScrollTableProps> = ({ labelledBy, testId, caption, head, children }) => (
  <div className={dataTableStyles.scroller} tabIndex={0} role="region" aria-labelledby={labelledBy}>
    <table className={dataTableStyles.table} data-testid={testId}>
      <caption className={dataTableStyles.caption}>{caption}</caption>
      <thead>
        <tr>{head}</tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);
