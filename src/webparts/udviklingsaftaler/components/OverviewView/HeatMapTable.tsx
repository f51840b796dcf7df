import * as React from 'react';
import { Text } from '@fluentui/react';
import { heatLevel, type Overview, type OverviewRow } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { DepartmentLink } from './DepartmentLink';
import { HEAT_COLOURS } from './styles';
import { ScrollTable, trackHead } from '../common/dataTable';

/** Departments x tracks with the number of the department's own goals in each cell, shaded by the
 * count; shared goals other units own and name it are a plain column of their own (issue #17.8). */
export const HeatMapTable: React.FC<{ overview: Overview; rows: OverviewRow[] }> = ({ overview, rows }) => {
  const strings = useStrings();
  const max = Math.max(0, ...rows.flatMap((r) => r.trackCounts));
  return (
    <section aria-labelledby="overview-heatmap-title">
      <Text block as="h3" variant="large" id="overview-heatmap-title">
        {strings.Overview.HeatMap}
      </Text>
      <ScrollTable
        labelledBy="overview-heatmap-title"
        testId="heat-map"
        caption={strings.Overview.HeatMapCaption}
        head={[
          ...trackHead(
            strings.Overview.Department,
            overview.tracks.map((t) => ({ key: t.id, kindLabel: strings.Department.TrackKinds[t.kind], number: t.number, title: t.title }))
          ),
          <th scope="col" key="shared" title={strings.Conversation.SharedFromOthersHelp}>
            {strings.Conversation.SharedFromOthers}
          </th>
        ]}
      >
        {rows.map((r) => (
          <tr key={r.department.id} data-testid={`heat-row-${r.department.id}`}>
            <th scope="row">
              <DepartmentLink department={r.department} year={overview.year} depth={r.depth} />
            </th>
            {r.trackCounts.map((count, i) => {
              const level = heatLevel(count, max);
              return (
                <td key={overview.tracks[i].id} className="count" data-level={level} style={{ background: HEAT_COLOURS[level] }}>
                  {count}
                </td>
              );
            })}
            <td className="count" data-testid="shared-count">
              {r.sharedCount}
            </td>
          </tr>
        ))}
      </ScrollTable>
    </section>
  );
};
