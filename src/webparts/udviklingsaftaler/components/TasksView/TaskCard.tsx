import * as React from 'react';
import { Checkbox, DefaultButton, Link, Stack, Text } from '@fluentui/react';
import type { AuthorityStatus, StageTransition } from '../../../../domain';
import type { ApprovalTask, DecisionResult } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { format } from '../common/format';
import { danishDateTime } from '../../../../domain/danishDateFormat';
import { DamageNotice } from '../common/DamageNotice';
import { DecisionForm, type DecisionInput } from '../Approval/DecisionForm';
import { DecisionFeedback } from '../Approval/DecisionFeedback';
import { HistoryTimeline } from '../Approval/HistoryTimeline';
import { VerificationBadge } from '../Approval/VerificationBadge';
import { TaskDiff } from './TaskDiff';
import { GoalReturn } from './GoalReturn';
import { useServices } from '../services/ServicesContext';
import { ReturnNoticeView } from '../Conversation/ReturnNoticeView';
import { MoveNoteView } from '../Conversation/MoveNoteView';

/** The approval a task can join in "Godkend valgte": one without comment or meeting. */
export function plainApproval(task: ApprovalTask): StageTransition | undefined {
  return task.transitions.find((t) => t.decision === 'approved' && !t.requiresComment && !t.requiresMeeting);
}

export interface ITaskCardProps {
  task: ApprovalTask;
  /** The approval log's word on the task's stage; undefined while it is read. */
  verification?: AuthorityStatus;
  selected: boolean;
  onSelect(selected: boolean): void;
  onDecided(result: DecisionResult): void;
}

export const TaskCard: React.FC<ITaskCardProps> = ({ task, verification, selected, onSelect, onDecided }) => {
  const services = useServices();
  const strings = useStrings().Approval;
  const substitutes = useStrings().Substitutes;
  const { href } = useNavigation();
  const [showDiff, setShowDiff] = React.useState(false);
  const [showHistory, setShowHistory] = React.useState(false);
  const [chosen, setChosen] = React.useState<StageTransition | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<{ label: string; error: unknown } | undefined>();
  const link =
    task.target.list === 'Goals'
      ? href({ view: 'maal', goalId: task.target.id })
      : href({ view: 'afdeling', departmentId: task.departmentId, year: task.year });
  const headingId = `task-${task.target.list}-${task.target.id}`;
  // A goal can be returned alone while the rest of the agreement proceeds.
  const returnMove = task.target.list === 'Agreements' ? task.transitions.find((t) => t.decision === 'returned') : undefined;

  const decide = (transition: StageTransition, input: DecisionInput): void => {
    setBusy(true);
    setError(undefined);
    services.approvals.decide({ target: task.target, to: transition.to, from: task.stage, etag: task.etag, ...input }).then(
      (result) => {
        setBusy(false);
        onDecided(result);
      },
      (e: unknown) => {
        setBusy(false);
        setError({ label: transition.label, error: e });
      }
    );
  };

  return (
    <li aria-labelledby={headingId} data-testid="task" style={{ border: '1px solid #c8c6c4', borderRadius: 4, padding: 12, marginBottom: 12 }}>
      <Stack tokens={{ childrenGap: 6 }}>
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
          {plainApproval(task) && <Checkbox checked={selected} onChange={(_e, v) => onSelect(v === true)} ariaLabel={format(strings.SelectTask, task.title)} />}
          <Text block as="h3" variant="large" id={headingId} style={{ margin: 0 }}>
            <Link href={link} data-interception="off">
              {task.title}
            </Link>
          </Text>
        </Stack>
        <Text block>
          {task.departmentTitle} · {format(strings.Stage, task.stageLabel)} ·{' '}
          {task.target.list === 'Agreements' ? format(strings.WholeAgreement, task.goals.length) : strings.SingleGoal}
        </Text>
        {task.onBehalfOf && (
          <Text block data-testid="task-on-behalf">
            {format(substitutes.AsSubstitute, task.onBehalfOf)}
          </Text>
        )}
        {verification !== undefined && verification !== 'verified' && (
          <Text block data-testid="task-verification">
            <VerificationBadge status={verification} stageLabel={task.stageLabel} approvedStage={false} />
          </Text>
        )}
        <DamageNotice item={task} kind={task.target.list === 'Goals' ? 'goal' : 'agreement'} />
        {task.returned && <ReturnNoticeView note={task.returned} />}
        {task.moveNote && <MoveNoteView note={task.moveNote} />}
        <Text block variant="small">
          {format(strings.WaitingSince, danishDateTime(task.waitingSince))}
        </Text>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton
            text={showDiff ? strings.HideChanges : strings.ShowChanges}
            aria-expanded={showDiff}
            onClick={() => setShowDiff(!showDiff)}
            iconProps={{ iconName: showDiff ? 'ChevronUp' : 'ChevronDown' }}
          />
          <DefaultButton
            text={showHistory ? strings.HideHistory : strings.ShowHistory}
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
            iconProps={{ iconName: 'History' }}
          />
        </Stack>
        {showDiff && <TaskDiff target={task.target} />}
        {showHistory && <HistoryTimeline target={task.target} />}
        {task.goals.length > 0 && returnMove && <GoalReturn task={task} transition={returnMove} onDecided={onDecided} />}
        {error && <DecisionFeedback label={error.label} error={error.error} />}
        {chosen ? (
          <DecisionForm
            transition={chosen}
            target={task.target}
            busy={busy}
            onSubmit={(input) => decide(chosen, input)}
            onCancel={() => setChosen(undefined)}
          />
        ) : (
          <Stack horizontal wrap tokens={{ childrenGap: 8 }} role="group" aria-label={format(strings.ActionsLabel, task.title)}>
            {task.transitions.map((t) => (
              <DefaultButton key={`${t.from}-${t.to}`} text={t.label} onClick={() => setChosen(t)} />
            ))}
          </Stack>
        )}
      </Stack>
    </li>
  );
};
