// Substitutes (stedfortræder, issue #17.3, decision 0009): what the "Stedfortræder" panel shows
// and does. A member of a deciding group names a substitute for the group and a period, or ends
// one; both are new items in the Substitutions list (SharePoint records the member as Author).
// The substitute is chosen among the people who can already write what a decision writes (the
// leader group, the approvers, the secretariat: "Kun tilføj" on the log, Contribute on the work
// lists); anyone else would be refused by SharePoint when deciding.
import type { GroupKey, GroupMembership, ISODate, PersonRef, StageConfiguration } from '../../domain';
import { isLoggedDecision } from '../../domain/authority';
import { activeSubstitutions, currentOf, danishDay, substitutionProblems, type Substitution } from '../../domain/substitution';
import { DataError } from '../../data/errors/DataError';
import type { SubstitutionRepository } from '../../data/repositories/substitutionRepository';
import type { SubstituteDraft, SubstituteOverview } from './approvalTypes';
import { nameOf } from './returns';

/** The groups whose members hold what a decision needs (decision 0009). */
const WRITING_GROUPS: readonly GroupKey[] = ['leaders', 'approvers', 'secretariat'];

export interface SubstitutesContext {
  config: StageConfiguration;
  user: PersonRef;
  membership: GroupMembership;
  people: ReadonlyMap<number, PersonRef>;
  substitutions: readonly Substitution[];
  now: Date;
}

/** The user's groups that make logged decisions in the configuration. */
function decidingGroupsOf(ctx: SubstitutesContext): GroupKey[] {
  const deciding = new Set(ctx.config.transitions.filter((t) => isLoggedDecision(t)).flatMap((t) => t.allowedGroups));
  return WRITING_GROUPS.filter((g) => deciding.has(g) && (ctx.membership[g] ?? []).includes(ctx.user.id as number));
}

function writers(membership: GroupMembership): number[] {
  return Array.from(new Set(WRITING_GROUPS.flatMap((g) => membership[g] ?? [])));
}

export function substitutionOverview(ctx: SubstitutesContext): SubstituteOverview {
  const me = ctx.user.id as number;
  const candidates = writers(ctx.membership)
    .filter((id) => id !== me)
    .map((id) => ({ id, name: nameOf(ctx.people.get(id) ?? { id, email: '' }, ctx.people) }))
    .filter((c) => c.name !== '')
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return {
    groups: decidingGroupsOf(ctx),
    candidates,
    mine: currentOf(ctx.substitutions, me, ctx.now).map((s) => ({
      id: s.id,
      substitute: nameOf(s.substitute, ctx.people),
      group: s.group,
      from: s.from,
      to: s.to
    })),
    actingFor: activeSubstitutions(ctx.substitutions, me, ctx.now, ctx.membership).map((a) => ({
      group: a.group,
      principal: nameOf(a.principal, ctx.people),
      from: a.substitution.from,
      to: a.substitution.to
    })),
    today: danishDay(ctx.now)
  };
}

export async function nameSubstitute(ctx: SubstitutesContext & { repo: SubstitutionRepository }, draft: SubstituteDraft): Promise<void> {
  const me = ctx.user.id as number;
  const value = {
    substitute: draft.substituteId === undefined ? undefined : { id: draft.substituteId, email: '' },
    group: draft.group,
    from: draft.from,
    to: draft.to
  };
  const problems = substitutionProblems(value, me, ctx.membership, writers(ctx.membership), danishDay(ctx.now));
  if (problems.length > 0) throw new DataError('validation', { detail: `substitution ${problems.map((p) => `${p.field}:${p.code}`).join(',')}` });
  const substitute = ctx.people.get(draft.substituteId as number);
  await ctx.repo.add({
    substitute: { id: draft.substituteId as number, email: '' },
    group: draft.group as GroupKey,
    from: draft.from as ISODate,
    to: draft.to as ISODate,
    title: `Stedfortræder: ${substitute?.title ?? String(draft.substituteId)}`
  });
}

/** Ends one of the user's substitutions: a new record by the user that says it ends (the list is
 * add-only; the old record keeps backing the decisions made while it ran). */
export async function endSubstitution(ctx: SubstitutesContext & { repo: SubstitutionRepository }, id: number): Promise<void> {
  const me = ctx.user.id as number;
  const current = currentOf(ctx.substitutions, me, ctx.now).find((s) => s.id === id);
  if (current === undefined) throw new DataError('notFound', { detail: `substitution ${id} is not a current substitution of the user` });
  await ctx.repo.add({
    substitute: current.substitute,
    group: current.group,
    from: current.from,
    to: current.to,
    ended: true,
    title: `Ophørt: ${current.substitute.title ?? String(current.substitute.id)}`
  });
}
