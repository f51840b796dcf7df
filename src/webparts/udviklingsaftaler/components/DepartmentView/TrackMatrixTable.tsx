import * as React from 'react';
import { Text } from '../common/layout';
import { dataTableStyles, ScrollTable, trackHead } from '../common/dataTable';
import type { Goal, Track } from '../../../../domain';
import { trackMatrix } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

/** The seeds' "Udgangspunkt for målet" table for the whole agreement: goals by tracks, then "Andet". */
export const TrackMatrixTable: React.FC<{ goals: Goal[]; tracks: Track[]; policies: string[] }> = ({ goals, tracks, policies }) => {
  const strings = useStrings();
  const matrix = trackMatrix(goals, tracks, policies);
  const kindLabel = (kind: string): string =>
    kind === 'policy' ? strings.Department.MatrixPolicies : strings.Department.TrackKinds[kind as keyof IUdviklingsaftalerStrings['Department']['TrackKinds']];
  return (
    <section aria-labelledby="track-matrix-title">
      <Text block as="h3" variant="large" id="track-matrix-title">
        {strings.Department.Matrix}
      </Text>
      <ScrollTable
        labelledBy="track-matrix-title"
        testId="track-matrix"
        caption={strings.Department.MatrixCaption}
        head={trackHead(
          strings.Department.MatrixGoalColumn,
          matrix.columns.map((c) => ({
            key: c.key,
            kindLabel: kindLabel(c.kind),
            number: c.number,
            title: c.title,
            data: { kind: c.kind, number: c.number, title: c.title }
          }))
        )}
      >
        {matrix.rows.map((row) => (
          <tr key={row.goal.id} data-testid={`matrix-row-${row.goal.id}`}>
            <th scope="row">
              {row.goal.number !== undefined ? `${format(strings.Department.GoalNumber, row.goal.number)}: ` : ''}
              {row.goal.title}
            </th>
            {row.marks.map((marked, i) => (
              <td key={matrix.columns[i].key} className="mark">
                {marked ? <span>{strings.Department.Marked}</span> : <span className={dataTableStyles.hidden}>{strings.Department.NotMarked}</span>}
              </td>
            ))}
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
};
