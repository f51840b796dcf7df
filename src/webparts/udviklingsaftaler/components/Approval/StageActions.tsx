import * as React from 'react';
import { DefaultButton, Stack } from '@fluentui/react';
import type { StageTransition } from '../../../../domain';
import type { ApprovalTarget, DecisionResult } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { DecisionForm, type DecisionInput } from './DecisionForm';
import { DecisionFeedback } from './DecisionFeedback';
import { useServices } from '../services/ServicesContext';
import { TaskCountRefresh } from '../TasksView/taskCountRefresh';

export interface IStageActionsProps {
  target: ApprovalTarget;
  /** The item's title, for the group's accessible name. */
  title: string;
  onDecided?(result: DecisionResult): void;
}

/** The moves this user may make on the item now (e.g. "Send til ledergruppen"), each confirmed
 * in a small form with the comment or meeting it needs. SharePoint decides who may; the buttons
 * only offer what the configuration and the user's groups allow. */
export const StageActions: React.FC<IStageActionsProps> = ({ target, title, onDecided }) => {
  const services = useServices();
  const strings = useStrings().Approval;
  const [state, reload] = useLoadable(() => services.approvals.actionsFor(target), [services, target.list, target.id]);
  const [chosen, setChosen] = React.useState<StageTransition | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<{ label: string; result?: DecisionResult; error?: unknown } | undefined>();
  const recount = React.useContext(TaskCountRefresh);

  if (state.status === 'loading') return null;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} action="read" />;
  const { stage, etag, transitions } = state.value;
  // Nothing this user may do now, and nothing to report: no empty group in the page (it took a
  // row's gap in the agreement's layout and was announced as a group with nothing in it).
  if (transitions.length === 0 && !outcome && !chosen) return null;

  const decide = (transition: StageTransition, input: DecisionInput): void => {
    setBusy(true);
    services.approvals.decide({ target, to: transition.to, from: stage, etag, ...input }).then(
      (result) => {
        setOutcome({ label: transition.label, result });
        setChosen(undefined);
        setBusy(false);
        reload();
        recount();
        onDecided?.(result);
      },
      (error: unknown) => {
        setOutcome({ label: transition.label, error });
        setBusy(false);
      }
    );
  };

  return (
    <div role="group" aria-label={format(strings.ActionsLabel, title)} data-testid="stage-actions">
      {outcome && <DecisionFeedback {...outcome} />}
      {chosen ? (
        <DecisionForm transition={chosen} target={target} busy={busy} onSubmit={(input) => decide(chosen, input)} onCancel={() => setChosen(undefined)} />
      ) : (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          {transitions.map((t) => (
            <DefaultButton
              key={`${t.from}-${t.to}`}
              text={t.label}
              onClick={() => {
                setOutcome(undefined);
                setChosen(t);
              }}
            />
          ))}
        </Stack>
      )}
    </div>
  );
};
