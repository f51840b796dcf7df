import type { Goal } from '../../../../domain';
import type { StageFact } from '../../../../services/approvals/approvalTypes';
import type { AppServices, DepartmentViewData } from '../../../../services/AppServices';
import { useLoadable, type Loadable } from '../common/useLoadable';

/** Each item's status with the facts its words need (issue #17.5). */
export type VerificationMap = Record<string, StageFact>;

export const agreementKey = (id: number): string => `Agreements:${id}`;
export const goalKey = (goal: Pick<Goal, 'id'>): string => `Goals:${goal.id}`;

/** Whether the agreement's and its goals' stages are backed by the approval log. Read after the
 * view itself, so the dashboard's first render never waits for it. */
export function useVerification(services: AppServices, data: DepartmentViewData | undefined, refreshKey: number): Loadable<VerificationMap> {
  const agreement = data?.agreement;
  const own = data ? data.goals.filter((g) => g.agreementId === agreement?.id) : [];
  const [state] = useLoadable(
    agreement
      ? () => services.approvals.stageFacts([{ list: 'Agreements', id: agreement.id }, ...own.map((g) => ({ list: 'Goals' as const, id: g.id }))])
      : undefined,
    [services, agreement?.id, own.map((g) => g.id).join(','), refreshKey]
  );
  return state;
}
