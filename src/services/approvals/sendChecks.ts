// The send checks (issue #17.4) as the approval service enforces them: a move whose stage
// configuration says "block" is refused by decide() while the checks find something, whoever calls
// the service (the decision form shows the same checks first; this is the check that a caller
// bypassing the form meets). Reads the agreement's goals, the year's DUS and the returns of the
// goals that stay behind; the rule is the domain's sendProblems.
import type { SPFI } from '@pnp/sp';
import type { SendProblem, StageConfiguration, StageTransition } from '../../domain';
import { checksOf, sendProblems } from '../../domain/sendChecks';
import { GoalRepository } from '../../data/repositories/goalRepository';
import { StrategyRepository } from '../../data/repositories/strategyRepository';
import { sendChecksRefusal } from './sendChecksRefusal';
import type { ApprovalTarget, ReturnNote } from './approvalTypes';

export interface SendChecksDeps {
  sp: SPFI;
  config: StageConfiguration;
  returns(targets: ApprovalTarget[]): Promise<Record<string, ReturnNote>>;
}

/** What the checks find for moving the agreement (`year`) by `transition`. */
export async function sendProblemsOf(deps: SendChecksDeps, agreementId: number, year: number, transition: StageTransition): Promise<SendProblem[]> {
  const [goals, parts] = await Promise.all([new GoalRepository(deps.sp, deps.config).forAgreement(agreementId), new StrategyRepository(deps.sp).forYear(year)]);
  const own = goals.filter((g) => g.agreementId === agreementId && g.misfiled === undefined);
  const behind = own.filter((g) => g.stage !== transition.from).map((g) => ({ list: 'Goals' as const, id: g.id }));
  const returned = behind.length === 0 ? {} : await deps.returns(behind);
  return sendProblems({
    requirements: parts?.requirements ?? [],
    goals: own,
    minimumGoalContent: parts?.strategy.minimumGoalContent ?? [],
    returnedGoalIds: new Set(Object.values(returned).map((r) => r.target.id))
  });
}

/** Refuses a blocking move while the checks find something. */
export async function enforceSendChecks(deps: SendChecksDeps, target: ApprovalTarget & { year: number }, transition: StageTransition): Promise<void> {
  if (target.list !== 'Agreements' || checksOf(deps.config, transition) !== 'block') return;
  const problems = await sendProblemsOf(deps, target.id, target.year, transition);
  if (problems.length > 0) throw sendChecksRefusal(problems);
}
