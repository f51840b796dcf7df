import * as React from 'react';
import { Text } from '@fluentui/react';
import type { Overview, OverviewRow } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { DepartmentLink } from './DepartmentLink';
import { tableStyles as styles } from './styles';

/** Agreement holders x the year's requirements: "Dækket" or "Mangler" in every cell. */
export const RequirementTable: React.FC<{ overview: Overview; rows: OverviewRow[] }> = ({ overview, rows }) => {
  const strings = useStrings().Overview;
  const holders = rows.filter((r) => r.holdsAgreement);
  const lacking = holders.filter((r) => r.missingRequirements.length > 0).length;
  return (
    <section aria-labelledby="overview-requirements-title">
      <Text block as="h3" variant="large" id="overview-requirements-title">
        {strings.Requirements}
      </Text>
      {overview.requirements.length === 0 ? (
        <Text block as="p">
          {strings.NoRequirements}
        </Text>
      ) : (
        <>
          <Text block as="p" data-testid="requirements-summary">
            {lacking === 0 ? strings.AllCovered : format(strings.MissingCount, lacking)}
          </Text>
          <div className={styles.scroller} tabIndex={0} role="region" aria-labelledby="overview-requirements-title">
            <table className={styles.table} data-testid="requirement-table">
              <caption className={styles.caption}>{strings.RequirementsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.Department}</th>
                  {overview.requirements.map((q) => (
                    <th scope="col" key={q.id} className="requirement" data-number={q.number}>
                      {q.number}. {q.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {holders.map((r) => (
                  <tr key={r.department.id} data-testid={`requirement-row-${r.department.id}`}>
                    <th scope="row">
                      <DepartmentLink department={r.department} year={overview.year} />
                      {!r.agreement && <span style={{ display: 'block', fontSize: 12 }}>{strings.NoAgreement}</span>}
                    </th>
                    {overview.requirements.map((q) => {
                      const missing = r.missingRequirements.some((m) => m.id === q.id);
                      return (
                        <td key={q.id} className={missing ? 'missing' : 'covered'} data-number={q.number}>
                          {missing ? strings.Missing : strings.Covered}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
};
