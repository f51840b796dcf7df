// "What changed since the version last decided on": the item's current version against the
// version recorded by its latest valid log entry, field by field with Danish labels. For an
// agreement the goals that move with it are compared too.
import type { ApprovalLogEntry, DiffField, GroupMembership, StageConfiguration } from '../../domain';
import { authorizedTransition, chronological } from '../../domain/authority';
import { substituteCheck, type Substitution } from '../../domain/substitution';
import { GOAL_TEXT_FIELDS } from '../../domain/goalFields';
import { diffVersions } from '../../domain/versionDiff';
import { listDef, SCHEMA } from '../../data/schema';
import type { ApprovalStateRepository } from '../../data/repositories/approvalStateRepository';
import type { ApprovalTarget, ItemDiff } from './approvalTypes';

const GOAL_LABELS: Record<string, string> = Object.fromEntries(GOAL_TEXT_FIELDS.map((f) => [f.field.charAt(0).toUpperCase() + f.field.slice(1), f.label]));

/** The content columns of a list, from the schema: workflow bookkeeping (a Stage move, the
 * ClientId) is no change to review. */
export function diffFields(list: ApprovalTarget['list']): DiffField[] {
  return listDef(SCHEMA, list)
    .fields.filter((f) => f.changeKind !== 'workflow')
    .map((f) => {
      const lookupLike = f.type === 'Lookup' || f.type === 'LookupMulti' || f.type === 'User' || f.type === 'UserMulti';
      const label = list === 'Goals' ? (GOAL_LABELS[f.name] ?? f.displayName) : f.displayName;
      return lookupLike ? { key: `${f.name}Id`, label, altKey: f.name } : { key: f.name, label };
    });
}

/** The columns of the year's outcome (DiffField keys), which the follow-up may change. */
export function yearEndKeys(list: ApprovalTarget['list']): string[] {
  const yearEnd = new Set(
    listDef(SCHEMA, list)
      .fields.filter((f) => f.changeKind === 'yearEnd')
      .map((f) => f.name)
  );
  return diffFields(list)
    .filter((f) => yearEnd.has(f.altKey ?? f.key))
    .map((f) => f.key);
}

async function diffOne(
  repo: ApprovalStateRepository,
  config: StageConfiguration,
  target: ApprovalTarget,
  membership: GroupMembership,
  entries: ApprovalLogEntry[],
  substitutions: readonly Substitution[]
): Promise<ItemDiff> {
  const versions = await repo.versions(target.list, target.id);
  const current = versions[0];
  const decided = chronological(entries)
    .filter((e) => e.approvedVersion !== undefined && authorizedTransition(config, e, membership, substituteCheck(substitutions, membership)) !== undefined)
    .pop();
  const base = decided === undefined ? undefined : versions.find((v) => v.label === decided.approvedVersion);
  const title = typeof current?.values.Title === 'string' ? current.values.Title : '';
  const diff: ItemDiff = { target, title, currentVersion: current?.label ?? '', changes: [] };
  if (base !== undefined && current !== undefined) {
    diff.baseVersion = base.label;
    diff.changes = diffVersions(diffFields(target.list), base.values, current.values);
  }
  return diff;
}

export async function itemDiffs(
  repo: ApprovalStateRepository,
  config: StageConfiguration,
  target: ApprovalTarget,
  membership: GroupMembership,
  entriesOf: (t: ApprovalTarget) => Promise<ApprovalLogEntry[]>,
  substitutions: readonly Substitution[] = []
): Promise<ItemDiff[]> {
  const targets: ApprovalTarget[] = [target];
  if (target.list === 'Agreements') {
    const agreement = await repo.state('Agreements', target.id);
    const goals = await repo.goalsOf(target.id);
    targets.push(...goals.filter((g) => g.stage === agreement.stage).map((g) => ({ list: 'Goals' as const, id: g.id })));
  }
  return Promise.all(targets.map(async (t) => diffOne(repo, config, t, membership, await entriesOf(t), substitutions)));
}
