import * as React from 'react';
import { lazyChunk } from '../common/lazyChunk';
import { Dropdown, Link, SearchBox, Stack, Text, type IDropdownOption } from '@fluentui/react';
import { useNavigation } from '../../routing/NavigationContext';
import type { AuthorityStatus, CheckIn, Goal, StageConfiguration, Track } from '../../../../domain';
import { StageStatus } from './StageStatus';
import type { StageFact } from '../../../../services/approvals/approvalTypes';
import { MisfiledNotice } from '../common/MisfiledNotice';
import { byGoalNumber } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { DamageNotice } from '../common/DamageNotice';

const LatestCheckIn = lazyChunk(() => import(/* webpackChunkName: 'latest-check-in' */ './LatestCheckIn'));

export interface GoalFilters {
  trackId: number | undefined;
  stage: string | undefined;
  search: string;
}

export function filterGoals(goals: Goal[], filters: GoalFilters): Goal[] {
  const needle = filters.search.trim().toLocaleLowerCase('da-DK');
  return [...goals]
    .filter((g) => filters.trackId === undefined || g.trackIds.includes(filters.trackId))
    .filter((g) => filters.stage === undefined || g.stage === filters.stage)
    .filter((g) => needle === '' || g.title.toLocaleLowerCase('da-DK').includes(needle))
    .sort(byGoalNumber);
}

export interface IGoalListProps {
  goals: Goal[];
  tracks: Track[];
  stages: StageConfiguration;
  departmentId: number;
  filters: GoalFilters;
  onFiltersChange(filters: GoalFilters): void;
  /** Approval-log backing per `Goals:<id>`; undefined while it is read. */
  verification?: Record<string, AuthorityStatus | StageFact>;
  /** The own goals' check-ins of the year (issue 18); the status is the latest the log backs. */
  checkIns?: CheckIn[];
}

export const GoalList: React.FC<IGoalListProps> = ({ goals, tracks, stages, departmentId, filters, onFiltersChange, verification, checkIns }) => {
  const strings = useStrings();
  const { href } = useNavigation();
  const all = strings.Department.FilterAll;
  const trackOptions: IDropdownOption[] = [
    { key: 'all', text: all },
    ...tracks.map((t) => ({ key: t.id, text: t.number !== undefined ? `${t.number}. ${t.title}` : t.title }))
  ];
  const stageOptions: IDropdownOption[] = [{ key: 'all', text: all }, ...stages.stages.map((s) => ({ key: s.code, text: s.label }))];
  const visible = filterGoals(goals, filters);
  const trackTitle = (id: number): string | undefined => tracks.find((t) => t.id === id)?.title;
  return (
    <section aria-labelledby="goals-title">
      <Text block as="h3" variant="large" id="goals-title">
        {strings.Department.Goals} ({goals.length})
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }} role="group" aria-label={strings.Department.Filters}>
        <Dropdown
          label={strings.Department.FilterTrack}
          options={trackOptions}
          selectedKey={filters.trackId ?? 'all'}
          onChange={(_e, o) => o && onFiltersChange({ ...filters, trackId: o.key === 'all' ? undefined : Number(o.key) })}
          styles={{ root: { minWidth: 220 } }}
        />
        <Dropdown
          label={strings.Department.FilterStage}
          options={stageOptions}
          selectedKey={filters.stage ?? 'all'}
          onChange={(_e, o) => o && onFiltersChange({ ...filters, stage: o.key === 'all' ? undefined : String(o.key) })}
          styles={{ root: { minWidth: 180 } }}
        />
        <SearchBox
          ariaLabel={strings.Department.Search}
          placeholder={strings.Department.Search}
          value={filters.search}
          onChange={(_e, value) => onFiltersChange({ ...filters, search: value ?? '' })}
          styles={{ root: { minWidth: 240, alignSelf: 'flex-end' } }}
        />
      </Stack>
      {goals.length === 0 && (
        <Text block as="p">
          {strings.Department.NoGoals}
        </Text>
      )}
      {goals.length > 0 && visible.length === 0 && (
        <Text block as="p" role="status">
          {strings.Department.NoGoalsMatch}
        </Text>
      )}
      <ol style={{ listStyle: 'none', padding: 0 }} data-testid="goal-list">
        {visible.map((goal) => (
          <li
            key={goal.id}
            data-damaged={goal.damage ? 'true' : undefined}
            style={{ borderLeft: '4px solid #0078d4', padding: '8px 12px', margin: '8px 0', background: '#fff' }}
          >
            <Text block as="h4" variant="mediumPlus" id={`goal-heading-${goal.id}`} styles={{ root: { fontWeight: 600, margin: 0 } }}>
              <Link href={href({ view: 'maal', goalId: goal.id })} data-interception="off">
                {goal.number !== undefined ? `${format(strings.Department.GoalNumber, goal.number)}: ` : ''}
                {goal.title}
              </Link>
            </Text>
            <Text block as="p" variant="small">
              {strings.Department.Stage}:{' '}
              <StageStatus
                stages={stages}
                stage={goal.stage}
                verification={goal.misfiled ? 'unverified' : goal.agreementId === undefined ? undefined : verification?.[`Goals:${goal.id}`]}
              />
              {' · '}
              {strings.Department.Outcome}: {goal.outcome ? strings.Department.Outcomes[goal.outcome] : strings.Department.NoOutcome}
              {goal.departmentId !== departmentId || goal.sharedWithDepartmentIds.length > 0 ? ` · ${strings.Department.SharedGoal}` : ''}
              {' · '}
              {/* Described by the goal's heading: the link's own name stays "Status og målinger". */}
              <Link href={href({ view: 'status', goalId: goal.id })} data-interception="off" aria-describedby={`goal-heading-${goal.id}`} underline>
                {strings.CheckIns.OpenLink}
              </Link>
            </Text>
            {/* The own goal's latest status, from its lazy chunk (the department view's first render does not wait). */}
            {goal.departmentId === departmentId && (
              <React.Suspense fallback={null}>
                <LatestCheckIn goal={goal} checkIns={checkIns} verification={verification} />
              </React.Suspense>
            )}
            <MisfiledNotice misfiled={goal.misfiled} />
            <DamageNotice item={goal} kind="goal" />
            {goal.trackIds.length > 0 && (
              <Text block as="p" variant="small">
                {strings.Department.FilterTrack}: {goal.trackIds.map(trackTitle).filter(Boolean).join(' · ')}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
};
