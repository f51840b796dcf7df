import * as React from 'react';
import { getId, Stack, Text } from '@fluentui/react';
import { OUTCOMES, type EvidenceCount, type OutcomeSummary as Summary } from '../../../../domain';
import { format } from '../common/format';
import { useStrings } from '../strings/StringsContext';

export interface IOutcomeSummaryProps {
  summary: Summary;
  /** Heading text; the default is "Opfølgning på målene". */
  title?: string;
  /** Heading level, so the summary fits the page it is placed in. */
  headingLevel?: 'h2' | 'h3';
  /** Evidence items delivered over all goals (Albertslund's "Dokumentation"); shown when any exist. */
  evidence?: EvidenceCount;
}

/** How many goals reached, partly, not, changed, dropped, continued and not followed up: for the
 * follow-up, the department view, the overview and the document. */
export const OutcomeSummary: React.FC<IOutcomeSummaryProps> = ({ summary, title, headingLevel = 'h2', evidence }) => {
  const strings = useStrings();
  const s = strings.YearEnd;
  const headingId = React.useRef(getId('outcome-summary')).current;
  const rows: Array<{ key: string; label: string; count: number }> = [
    ...OUTCOMES.map((o) => ({ key: o.code, label: s.Outcomes[o.code], count: summary.counts[o.code] })),
    { key: 'none', label: s.NotFollowedUp, count: summary.notFollowedUp }
  ];
  return (
    <Stack as="section" aria-labelledby={headingId} tokens={{ childrenGap: 4 }} data-testid="outcome-summary">
      <Text block as={headingLevel} variant="large" id={headingId}>
        {title ?? s.Summary}
      </Text>
      <table className="outcome-summary" style={{ width: 'auto', alignSelf: 'flex-start', borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'left' }}>{s.SummaryCaption}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>
              {s.SummaryOutcome}
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {s.SummaryCount}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid={`outcome-count-${r.key}`}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: 16 }}>
                {r.label}
              </th>
              <td style={{ textAlign: 'right' }}>{r.count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={{ textAlign: 'left', paddingRight: 16 }}>
              {s.SummaryTotal}
            </th>
            <td style={{ textAlign: 'right', fontWeight: 600 }} data-testid="outcome-count-total">
              {summary.total}
            </td>
          </tr>
        </tfoot>
      </table>
      {evidence !== undefined && evidence.total > 0 && (
        <Text block data-testid="evidence-count">
          <strong>{s.EvidenceLabel}:</strong> {format(s.EvidenceCount, evidence.delivered, evidence.total)}
        </Text>
      )}
    </Stack>
  );
};
