import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import { checksOf, sendProblems, type SendProblem, type StageTransition } from '../../../../domain';
import type { ApprovalTarget } from '../../../../services/approvals/approvalTypes';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { format } from '../common/format';

/** One problem of the checks in words (the form's list, and decide()'s refusal). */
export function sendProblemText(p: SendProblem, all: IUdviklingsaftalerStrings): string {
  const words = all.Conversation.Checks;
  switch (p.code) {
    case 'requirementUncovered':
      return format(words.requirementUncovered, p.params.requirement ?? '');
    case 'goalMissingContent':
      return format(words.goalMissingContent, p.params.goal ?? '', (p.params.fields ?? []).map((f) => all.GoalFields[f]).join(', '));
    case 'goalReturned':
      return format(words.goalReturned, p.params.goal ?? '');
  }
}

export interface ISendChecksProps {
  target: ApprovalTarget;
  transition: StageTransition;
  /** Told whether the move is blocked (the confirm button waits for it). */
  onBlocked(blocked: boolean): void;
}

/** Before an agreement is sent on (issue #17.4): requirements no goal covers, goals missing the
 * year's minimum content, goals still returned; blocking or only warning as the stage
 * configuration says for the move. A move without checks shows nothing. */
export const SendChecks: React.FC<ISendChecksProps> = ({ target, transition, onBlocked }) => {
  const services = useServices();
  const all = useStrings();
  const words = all.Conversation;
  const mode = services && target.list === 'Agreements' ? checksOf(services.stageConfiguration, transition) : undefined;
  const [state] = useLoadable(
    services && mode
      ? async () => {
          const doc = await services.loadAgreementDocument(target.id);
          const own = doc.goals.filter((g) => g.agreementId === target.id && g.misfiled === undefined);
          // Goals that stay behind (not in the agreement's stage) and were returned.
          const behind = own.filter((g) => g.stage !== transition.from).map((g) => ({ list: 'Goals' as const, id: g.id }));
          const returned = behind.length === 0 ? {} : await services.approvals.returns(behind);
          return sendProblems({
            requirements: doc.requirements,
            goals: own,
            minimumGoalContent: doc.strategy?.minimumGoalContent ?? [],
            returnedGoalIds: new Set(Object.values(returned).map((r) => r.target.id))
          });
        }
      : undefined,
    [services, target.id, transition.from, transition.to, mode]
  );
  // Blocked while the checks are read and when they find something; a failed read does not hold
  // the decision hostage (the checks are a workflow aid, the decision is the deciders').
  const blocked = mode === 'block' && (state.status === 'loading' || (state.status === 'ready' && state.value.length > 0));
  React.useEffect(() => onBlocked(blocked), [blocked]); // eslint-disable-line react-hooks/exhaustive-deps -- told on change only
  if (!mode || state.status !== 'ready' || state.value.length === 0) return null;
  const text = (p: SendProblem): string => sendProblemText(p, all);
  return (
    <MessageBar messageBarType={mode === 'block' ? MessageBarType.error : MessageBarType.warning} isMultiline data-testid="send-checks" data-mode={mode}>
      <Text block>
        <strong>{mode === 'block' ? words.Checks.Block : words.Checks.Warn}</strong>
      </Text>
      <ul>
        {state.value.map((p, i) => (
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
    </MessageBar>
  );
};
