import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import { evidenceDelivered, stageLabel, summarizeOutcomes } from '../../../../domain';
import { StageStatus } from '../DepartmentView/StageStatus';
import type { FollowUpData, FollowUpGoal } from '../../../../services/yearEnd/yearEndServices';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { Loading } from '../common/Loading';
import { EmptyState } from '../common/EmptyState';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { OutcomeSummary } from '../YearEnd/OutcomeSummary';
import { FollowUpGoalCard } from './FollowUpGoalCard';
import type { OutcomeDraft } from './useOutcomeDraft';
import { useServices } from '../services/ServicesContext';

export interface IFollowUpViewProps {
  agreementId: number;
}

/** Opfølgning (#/opfoelgning/<agreementId>): the year-end outcome of every goal of an agreement,
 * recorded by the department's leader while the agreement is in the follow-up stage. */
export const FollowUpView: React.FC<IFollowUpViewProps> = ({ agreementId }) => {
  const services = useServices();
  const [loaded, reload] = useLoadable(() => services.yearEnd.loadFollowUp(agreementId), [services, agreementId]);
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="followup-view">
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} action="read" />}
      {loaded.status === 'ready' && <FollowUpBody initial={loaded.value} reload={reload} />}
    </Stack>
  );
};

const FollowUpBody: React.FC<{ initial: FollowUpData; reload(): void }> = ({ initial, reload }) => {
  const services = useServices();
  const strings = useStrings();
  const s = strings.YearEnd;
  const [data, setData] = React.useState(initial);
  const [carryAll, setCarryAll] = React.useState<{ busy: boolean; error?: unknown }>({ busy: false });
  React.useEffect(() => setData(initial), [initial]);
  const { agreement } = data;
  const editable = data.lock === undefined;
  const stage = stageLabel(services.stageConfiguration, agreement.stage);
  // The stage as the approval log backs it (a follow-up stands on the approved version), in words
  // ("Godkendt af direktionen 3. dec. 2019").
  const [verification] = useLoadable(
    () => services.approvals.stageFacts([{ list: 'Agreements', id: agreement.id }]),
    [services, agreement.id, agreement.stage]
  );

  const replaceGoal = (next: FollowUpGoal): void =>
    setData((d) => {
      const goals = d.goals.map((g) => (g.goal.id === next.goal.id ? next : g));
      return { ...d, goals, summary: summaryOf(goals) };
    });

  const save = async (current: FollowUpGoal, draft: OutcomeDraft, actual: number | undefined): Promise<FollowUpGoal> => {
    const saved = await services.yearEnd.saveOutcome(agreement, current, {
      outcome: draft.outcome,
      outcomeNote: draft.note.trim() === '' ? undefined : draft.note,
      evidence: current.goal.evidence.map((e, i) => ({ text: e.text, delivered: draft.delivered[i] === true })),
      targetActual: actual
    });
    const next = { ...saved, successor: current.successor };
    replaceGoal(next);
    return next;
  };

  const carry = async (goalIds: number[]): Promise<void> => {
    const result = await services.yearEnd.carryOver(agreement.id, goalIds);
    setData((d) => ({
      ...d,
      goals: d.goals.map((g) => {
        const successor = result.goals.find((n) => n.continuesFromId === g.goal.id);
        return successor ? { ...g, successor } : g;
      })
    }));
  };

  const waiting = data.goals.filter((g) => g.goal.outcome === 'continued' && !g.successor).map((g) => g.goal.id);
  const onCarryAll = (): void => {
    setCarryAll({ busy: true });
    carry(waiting).then(
      () => setCarryAll({ busy: false }),
      (error: unknown) => setCarryAll({ busy: false, error })
    );
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text block as="h2" variant="xLarge">
          {format(s.Title, agreement.title)}
        </Text>
        <Text block>
          <strong>{s.Department}:</strong> {data.department.title}
        </Text>
        <Text block data-testid="followup-stage">
          <strong>{s.Stage}:</strong>{' '}
          <StageStatus
            stages={services.stageConfiguration}
            stage={agreement.stage}
            verification={verification.status === 'ready' ? verification.value[`Agreements:${agreement.id}`] : undefined}
          />
        </Text>
      </Stack>
      {data.lock === 'notFollowUpStage' && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="followup-locked">
          {format(s.LockedStage, stage)}
        </MessageBar>
      )}
      {data.lock === 'noPermission' && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="followup-locked">
          {s.LockedPermission}
        </MessageBar>
      )}
      <OutcomeSummary summary={data.summary} evidence={evidenceDelivered(data.goals.map((g) => g.goal))} />
      {editable && waiting.length > 1 && (
        <Stack.Item>
          <DefaultButton iconProps={{ iconName: 'Forward' }} onClick={onCarryAll} disabled={carryAll.busy}>
            {carryAll.busy ? s.CarryingOver : format(s.CarryOverAll, data.nextYear)}
          </DefaultButton>
        </Stack.Item>
      )}
      {carryAll.error !== undefined && <ErrorMessage error={carryAll.error} onRetry={onCarryAll} />}
      {data.goals.length === 0 && <EmptyState title={s.Summary} message={s.NoGoals} />}
      {data.goals.map((item) => (
        <FollowUpGoalCard
          key={item.goal.id}
          item={item}
          editable={editable}
          nextYear={data.nextYear}
          save={(current, draft, actual) => save({ ...current, successor: item.successor }, draft, actual)}
          carryOver={(goalId) => carry([goalId])}
          reload={reload}
        />
      ))}
    </Stack>
  );
};

function summaryOf(goals: FollowUpGoal[]): FollowUpData['summary'] {
  return summarizeOutcomes(goals.map((g) => g.goal));
}

export default FollowUpView;
