import * as React from 'react';
import { DefaultButton, Text } from '@fluentui/react';
import type { StageTransition } from '../../../../domain';
import type { ApprovalTask, DecisionResult } from '../../../../services/approvals/approvalTypes';
import { useStrings } from '../strings/StringsContext';
import { DecisionForm, type DecisionInput } from '../Approval/DecisionForm';
import { DecisionFeedback } from '../Approval/DecisionFeedback';
import { useServices } from '../services/ServicesContext';

export interface IGoalReturnProps {
  task: ApprovalTask;
  transition: StageTransition;
  onDecided(result: DecisionResult): void;
}

/** The goals that move with an agreement, each of which can be returned alone with a comment. */
export const GoalReturn: React.FC<IGoalReturnProps> = ({ task, transition, onDecided }) => {
  const services = useServices();
  const strings = useStrings().Approval;
  const [goalId, setGoalId] = React.useState<number | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const decide = (id: number, input: DecisionInput): void => {
    setBusy(true);
    setError(undefined);
    services.approvals.decide({ target: { list: 'Goals', id }, to: transition.to, from: task.stage, ...input }).then(
      (result) => {
        setBusy(false);
        setGoalId(undefined);
        onDecided(result);
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      }
    );
  };
  return (
    <div>
      <Text block as="h4" variant="mediumPlus">
        {strings.GoalsInTask}
      </Text>
      <ul data-testid="task-goals">
        {task.goals.map((g) => (
          <li key={g.id}>
            <Text id={`task-goal-${g.id}`}>
              {g.number !== undefined ? `${g.number}. ` : ''}
              {g.title}
            </Text>{' '}
            {goalId === g.id ? (
              <>
                {error !== undefined && <DecisionFeedback label={transition.label} error={error} />}
                <DecisionForm transition={transition} busy={busy} onSubmit={(input) => decide(g.id, input)} onCancel={() => setGoalId(undefined)} />
              </>
            ) : (
              <DefaultButton text={transition.label} aria-describedby={`task-goal-${g.id}`} onClick={() => setGoalId(g.id)} disabled={goalId !== undefined} />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};
