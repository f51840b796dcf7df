// The climate annex of a goal as the 2023 seed prints it ("Mål vedr. Klimainsatsen"): a two-column
// table of the annex's rows, then the "Ressourceeffekt" scale 1-5 with an X. The Dokument view and
// the goal's read view both render it, so the page and the document show the same table.
import * as React from 'react';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import type { OutlineField, ResourceEffectTable } from '../../../../domain/agreementOutline';
import { TextBlocks } from './Paragraphs';
import { useStrings } from '../strings/StringsContext';

const cell = { border: '1px solid #605e5c', padding: '6px 8px', verticalAlign: 'top', textAlign: 'left', overflowWrap: 'anywhere' } as const;

const styles = mergeStyleSets({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    margin: '4px 0 16px',
    selectors: {
      'th, td': cell,
      th: { background: '#f3f2f1', fontWeight: 600 },
      'td.mark': { textAlign: 'center', fontWeight: 700, width: 56, height: 24 },
      caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' }
    }
  },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  hidden: hiddenContentStyle
});

/** An X, or a hidden "not marked" so a screen reader does not read an empty cell as missing data. */
export const MarkCell: React.FC<{ marked: boolean }> = ({ marked }) => {
  const strings = useStrings();
  return <td className="mark">{marked ? <span>{strings.Department.Marked}</span> : <span className={styles.hidden}>{strings.Department.NotMarked}</span>}</td>;
};

export interface IClimateAnnexTableProps {
  /** Names the tables for screen readers (the goal's title). */
  title: string;
  rows: OutlineField[];
  resourceEffect?: ResourceEffectTable;
}

export const ClimateAnnexTable: React.FC<IClimateAnnexTableProps> = ({ title, rows, resourceEffect }) => (
  <>
    {rows.length > 0 && (
      <table className={styles.table} data-testid="climate-table">
        <caption className={styles.hidden}>{title}</caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" style={{ width: '32%' }}>
                {row.label}
              </th>
              <td>
                <TextBlocks blocks={row.blocks} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {resourceEffect && (
      // The scale is wider than a phone: it scrolls inside the page, as a named region with a tab stop.
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={`${resourceEffect.caption}: ${title}`}>
        <table className={styles.table} data-testid="resource-effect-table">
          <caption>{resourceEffect.caption}</caption>
          <thead>
            <tr>
              <td />
              {resourceEffect.marks.map((_, i) => (
                <th scope="col" key={i}>
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{resourceEffect.rowLabel}</th>
              {resourceEffect.marks.map((m, i) => (
                <MarkCell key={i} marked={m} />
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    )}
  </>
);
