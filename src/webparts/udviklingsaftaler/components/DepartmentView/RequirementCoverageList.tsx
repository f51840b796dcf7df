import * as React from 'react';
import { FontIcon } from '@fluentui/react';
import { Stack, Text } from '../common/layout';
import type { Goal, Requirement } from '../../../../domain';
import { requirementCoverage } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

/** Each of the year's requirements with the goals that cover it, or a clear "Mangler". */
export const RequirementCoverageList: React.FC<{ requirements: Requirement[]; goals: Goal[] }> = ({ requirements, goals }) => {
  const strings = useStrings();
  const coverage = requirementCoverage(requirements, goals);
  return (
    <section aria-labelledby="requirements-title">
      <Text block as="h3" variant="large" id="requirements-title">
        {strings.Department.Requirements} ({coverage.coveredCount}/{coverage.rows.length})
      </Text>
      {coverage.rows.length === 0 ? (
        <Text block as="p">
          {strings.Department.NoRequirements}
        </Text>
      ) : (
        <ol data-testid="requirement-coverage" style={{ paddingLeft: 20 }}>
          {coverage.rows.map((row) => (
            <li key={row.requirement.id} data-covered={row.covered} style={{ marginBottom: 8 }}>
              <Stack tokens={{ childrenGap: 2 }}>
                <Text>{row.requirement.title}</Text>
                <Text variant="small" style={{ color: row.covered ? '#107c10' : '#a4262c', fontWeight: 600 }}>
                  <FontIcon iconName={row.covered ? 'CheckMark' : 'Warning'} aria-hidden />{' '}
                  {row.covered ? strings.Department.RequirementCovered : strings.Department.RequirementMissing}
                  {row.requirement.appliesTo === 'goal' ? ` (${strings.Department.RequirementAppliesToGoal})` : ''}
                </Text>
                {row.coveringGoals.length > 0 && (
                  <Text variant="small">
                    {strings.Department.CoveredBy}:{' '}
                    {row.coveringGoals.map((g) => (g.number !== undefined ? format(strings.Department.GoalNumber, g.number) : g.title)).join(', ')}
                  </Text>
                )}
              </Stack>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
