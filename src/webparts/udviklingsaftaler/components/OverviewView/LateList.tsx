import * as React from 'react';
import { Text } from '@fluentui/react';
import type { Overview, OverviewRow, StageConfiguration } from '../../../../domain';
import { stageLabel } from '../../../../domain/stageMachine';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { DepartmentLink } from './DepartmentLink';
import { danishDateText } from '../../../../domain/danishDateFormat';

/** Agreements past the year's hand-over deadline that have not reached the board. */
export const LateList: React.FC<{ overview: Overview; rows: OverviewRow[]; stages: StageConfiguration }> = ({ overview, rows, stages }) => {
  const strings = useStrings().Overview;
  const late = rows.filter((r) => r.late);
  return (
    <section aria-labelledby="overview-late-title" data-testid="late-list">
      <Text block as="h3" variant="large" id="overview-late-title">
        {strings.LateSection}
      </Text>
      <Text block as="p">
        {overview.dueDate ? format(strings.DueDate, danishDateText(overview.dueDate)) : strings.NoDueDate}
      </Text>
      {overview.dueDate && late.length === 0 && (
        <Text block as="p">
          {strings.NoneLate}
        </Text>
      )}
      {late.length > 0 && (
        <ul>
          {late.map((r) => (
            <li key={r.department.id}>
              {/* In running text a link must be told apart without colour (axe link-in-text-block). */}
              <DepartmentLink department={r.department} year={overview.year} underline /> (
              {r.agreement ? format(strings.LateStage, stageLabel(stages, r.agreement.stage)) : strings.NoAgreement})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
