import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react';

/** Heat-map backgrounds, light to dark; each keeps black text above 4.5:1 contrast. The count is
 * always printed in the cell, so the colour is never the only signal. */
export const HEAT_COLOURS: readonly string[] = ['transparent', '#deecf9', '#c7e0f4', '#71afe5', '#2b88d8'];

export const tableStyles = mergeStyleSets({
  // position: relative keeps visually hidden texts inside the scroller, not the page.
  scroller: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  table: {
    borderCollapse: 'collapse',
    minWidth: 480,
    selectors: {
      'th, td': { border: '1px solid #8a8886', padding: '6px 8px', verticalAlign: 'top', textAlign: 'left' },
      'thead th': { background: '#f3f2f1', color: '#201f1e', fontWeight: 600 },
      'td.count': { textAlign: 'center', minWidth: 48, color: '#000000', fontWeight: 600 },
      'th.requirement': { fontWeight: 400, fontSize: 12, maxWidth: 200 },
      'td.missing': { color: '#a4262c', fontWeight: 700 },
      'td.covered': { color: '#107c10' }
    }
  },
  caption: { textAlign: 'left', padding: '4px 0 8px' },
  hidden: hiddenContentStyle,
  late: { color: '#a4262c', fontWeight: 700 }
});
