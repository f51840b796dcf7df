import * as React from 'react';
import { Text } from '@fluentui/react';
import type { AuthorityStatus, Overview, OverviewRow, StageConfiguration } from '../../../../domain';
import { stageLabel } from '../../../../domain/stageMachine';
import { countLabel, verifiedStageCounts } from '../../../../domain/verifiedStages';
import { useStrings } from '../strings/StringsContext';
import { DepartmentLink } from './DepartmentLink';
import { StageStatus } from '../DepartmentView/StageStatus';
import { tableStyles as styles } from './styles';
import type { StageFact } from '../../../../services/approvals/approvalTypes';

export interface IStageTableProps {
  overview: Overview;
  rows: OverviewRow[];
  stages: StageConfiguration;
  /** Per agreement ("Agreements:<id>"), undefined while the approval log is read. */
  verification?: Record<string, AuthorityStatus>;
  /** The same with the facts of the words (who sent or decided, when), keyed alike. */
  facts?: Record<string, StageFact>;
}

/** Every department as a tree by parent, with its agreement's stage, goals and lateness. */
export const StageTable: React.FC<IStageTableProps> = ({ overview, rows, stages, verification, facts }) => {
  const all = useStrings();
  const strings = all.Overview;
  // Agreements per stage as the log backs them (a forged "Godkendt" is counted apart, with the
  // reason); read after the table, so until then only the departments without an agreement.
  const words = { unverified: all.Approval.Unverified, staleAfterApproval: all.Approval.Stale, foreignEdit: all.ForeignEdit.Status };
  const agreements = overview.rows.map((r) => r.agreement).filter((a): a is NonNullable<typeof a> => a !== undefined);
  const counts = [
    ...(verification === undefined
      ? []
      : verifiedStageCounts(stages, 'Agreements', agreements, verification).map((c) => ({
          key: `${c.stage}:${c.status}`,
          count: c.count,
          text: countLabel(c, words, (code) => stageLabel(stages, code))
        }))),
    ...overview.stageCounts
      .filter((c) => c.stage === 'none' && c.departments > 0)
      .map((c) => ({ key: 'none', count: c.departments, text: strings.NoAgreement }))
  ];
  return (
    <section aria-labelledby="overview-stages-title">
      <Text block as="h3" variant="large" id="overview-stages-title">
        {strings.StageSection}
      </Text>
      <ul data-testid="stage-counts" style={{ display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', padding: 0, margin: '4px 0 8px' }}>
        {counts.map((c) => (
          <li key={c.key}>
            <strong>{c.count}</strong> {c.text}
          </li>
        ))}
      </ul>
      <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby="overview-stages-title">
        <table className={styles.table} data-testid="stage-table">
          <caption className={styles.caption}>{strings.StageCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.Department}</th>
              <th scope="col">{strings.Kind}</th>
              <th scope="col">{strings.Stage}</th>
              <th scope="col">{strings.Goals}</th>
              <th scope="col" title={all.Conversation.SharedFromOthersHelp}>
                {all.Conversation.SharedFromOthers}
              </th>
              <th scope="col">{strings.Late}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.department.id} data-testid={`stage-row-${r.department.id}`}>
                <th scope="row">
                  <DepartmentLink department={r.department} year={overview.year} depth={r.depth} />
                </th>
                <td>{strings.Kinds[r.department.kind]}</td>
                <td>
                  {r.agreement ? (
                    <StageStatus
                      stages={stages}
                      stage={r.agreement.stage}
                      verification={facts?.[`Agreements:${r.agreement.id}`] ?? verification?.[`Agreements:${r.agreement.id}`]}
                    />
                  ) : r.holdsAgreement ? (
                    strings.NoAgreement
                  ) : (
                    ''
                  )}
                </td>
                <td className="count">{r.goalCount}</td>
                <td className="count">{r.sharedCount}</td>
                <td>{r.late ? <span className={styles.late}>{strings.LateMark}</span> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
