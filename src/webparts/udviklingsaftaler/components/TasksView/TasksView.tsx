import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Shimmer, Stack, Text } from '@fluentui/react';
import type { ApprovalTask, DecideManyOutcome, DecisionResult } from '../../../../services/approvals/approvalTypes';
import { targetKey } from '../../../../services/approvals/approvalTypes';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { EmptyState } from '../common/EmptyState';
import { format } from '../common/format';
import { MailFailureList } from '../common/mailFailures';
import { MembershipWarning } from '../Approval/MembershipWarning';
import { DecisionFeedback } from '../Approval/DecisionFeedback';
import { HistoryTimeline } from '../Approval/HistoryTimeline';
import { plainApproval, TaskCard } from './TaskCard';
import { TaskCountRefresh } from './taskCountRefresh';
import { workflowProblemText } from './workflowProblemText';
// Substitutes (issue #17.3): in Mine opgaver's own chunk (a chunk of its own would cost the main
// bundle its name and hash in webpack's chunk map).
import SubstitutesPanel from '../Substitutes/SubstitutesPanel';

/** Mine opgaver: what waits for a decision by the user's groups, oldest first, with the changes
 * since the last decision; approve, return with a comment, record a hearing, or approve several. */
const TasksView: React.FC = () => {
  const services = useServices();
  const all = useStrings();
  const strings = all.Approval;
  const [refresh, setRefresh] = React.useState(0);
  const [state, reload] = useLoadable(() => Promise.all([services.approvals.myTasks(), services.approvals.workflow()]), [services, refresh]);
  // How each waiting item got into its queue, as the approval log backs it: a stage reached by a
  // forged decision, or content written from outside the department, is said on its card.
  const tasksNow = state.status === 'ready' ? state.value[0] : undefined;
  const [verification] = useLoadable(
    tasksNow !== undefined && tasksNow.length > 0 ? () => services.approvals.verification(tasksNow.map((t) => t.target)) : undefined,
    [services, tasksNow]
  );
  const checked = verification.status === 'ready' ? verification.value : undefined;
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [last, setLast] = React.useState<{ label: string; result: DecisionResult } | undefined>();
  const [many, setMany] = React.useState<DecideManyOutcome[] | undefined>();
  const [busy, setBusy] = React.useState(false);
  const recount = React.useContext(TaskCountRefresh);

  const decided =
    (task: ApprovalTask) =>
    (result: DecisionResult): void => {
      setLast({ label: task.title, result });
      setMany(undefined);
      setSelected(new Set());
      setRefresh((n) => n + 1);
      recount();
    };

  const approveSelected = (tasks: ApprovalTask[]): void => {
    const chosen = tasks.filter((t) => selected.has(targetKey(t.target)));
    const requests = chosen.map((t) => ({
      target: t.target,
      to: (plainApproval(t) as NonNullable<ReturnType<typeof plainApproval>>).to,
      from: t.stage,
      etag: t.etag
    }));
    setBusy(true);
    services.approvals.decideMany(requests).then(
      (outcomes) => {
        setBusy(false);
        setMany(outcomes);
        setLast(undefined);
        setSelected(new Set());
        setRefresh((n) => n + 1);
        recount();
      },
      () => {
        // decideMany reports each refusal in its outcomes; a failure here is the read after it.
        setBusy(false);
        reload();
      }
    );
  };

  const titleOf = (tasks: ApprovalTask[], o: DecideManyOutcome): string => tasks.find((t) => targetKey(t.target) === targetKey(o.target))?.title ?? '';

  return (
    <section aria-labelledby="tasks-title" data-testid="tasks-view">
      <Text block as="h2" variant="xLarge" id="tasks-title">
        {strings.TasksTitle}
      </Text>
      <Text block>{strings.TasksIntro}</Text>
      <SubstitutesPanel key={refresh} />
      {last && <DecisionFeedback label={last.label} result={last.result} />}
      {last && last.result.moved.length > 0 && <HistoryTimeline target={last.result.moved[0]} />}
      {state.status === 'loading' && <Shimmer aria-label={strings.Loading} />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={reload} action="read" />}
      {state.status === 'ready' &&
        (() => {
          const [tasks, workflow] = state.value;
          return (
            <>
              {workflow.problems.length > 0 && (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline>
                  <strong>{strings.SiteWorkflowProblem}.</strong> {workflow.problems.map((p) => workflowProblemText(all.StageConfiguration, p)).join(' ')}
                </MessageBar>
              )}
              <MembershipWarning problems={workflow.membershipProblems} />
              {many && (
                <MessageBar
                  messageBarType={many.every((o) => o.ok && (o.mailFailures ?? []).length === 0) ? MessageBarType.success : MessageBarType.warning}
                  isMultiline
                  role="status"
                >
                  {format(strings.ApproveManyDone, many.filter((o) => o.ok).length)}
                  {many
                    .filter((o) => !o.ok)
                    .map((o) => (
                      <span key={targetKey(o.target)}> {format(strings.ApproveManyFailed, titleOf(tasks, o), o.message ?? '')}</span>
                    ))}
                  <MailFailureList failures={many.flatMap((o) => o.mailFailures ?? [])} strings={all.Mail} />
                </MessageBar>
              )}
              {tasks.length === 0 ? (
                <EmptyState title={strings.Empty} message={strings.EmptyHint} />
              ) : (
                <>
                  <Stack horizontal tokens={{ childrenGap: 8 }} style={{ margin: '12px 0' }}>
                    <PrimaryButton
                      text={format(strings.ApproveSelected, selected.size)}
                      disabled={selected.size === 0 || busy}
                      onClick={() => approveSelected(tasks)}
                    />
                  </Stack>
                  <ul style={{ listStyle: 'none', paddingLeft: 0 }} data-testid="task-list">
                    {tasks.map((task) => (
                      <TaskCard
                        key={targetKey(task.target)}
                        task={task}
                        verification={checked?.[targetKey(task.target)]}
                        selected={selected.has(targetKey(task.target))}
                        onSelect={(on) => {
                          const next = new Set(selected);
                          if (on) next.add(targetKey(task.target));
                          else next.delete(targetKey(task.target));
                          setSelected(next);
                        }}
                        onDecided={decided(task)}
                      />
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        })()}
    </section>
  );
};

export default TasksView;
