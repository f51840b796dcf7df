import { mergeStyleSets } from '@fluentui/react';
import { dataTableStyles } from '../common/dataTable';

/** Heat-map backgrounds, light to dark; each keeps black text above 4.5:1 contrast. The count is
 * always printed in the cell, so the colour is never the only signal. */
export const HEAT_COLOURS: readonly string[] = ['transparent', '#deecf9', '#c7e0f4', '#71afe5', '#2b88d8'];

export const tableStyles = { ...dataTableStyles, ...mergeStyleSets({ late: { color: '#a4262c', fontWeight: 700 } }) };
