// Loads the seed documents (seed/) into the emulator's sites the way a municipality would fill a
// real site: the lists are created by the product's provisioning, every item is written through
// the product's repositories (ClientId, mappers, ETags), users are ensured and put in the groups
// their role gives. Key references are resolved to the ids the site hands back.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { provision, StepRecorder, syncDepartmentFolders } from '../../src/data/provisioning';
import { GROUPS, listDef, SCHEMA } from '../../src/data/schema';
import {
  AgreementRepository,
  ApprovalLogRepository,
  CheckInRepository,
  listByUrl,
  DepartmentRepository,
  DialogueRepository,
  GoalRepository,
  StrategyRepository
} from '../../src/data/repositories';
import {
  DEFAULT_STAGE_CONFIGURATIONS,
  findStage,
  isLoggedDecision,
  type ApprovalTargetList,
  type GroupKey,
  type PersonRef,
  type StageConfiguration,
  type StageTransition
} from '../../src/domain';
import { seedMunicipalities, type SeedEntraGroup, type SeedMunicipality, type SeedRole, type SeedGoal } from '../../seed';
import { emulatorSp } from '../lib/nodeSp';

export type SeedLog = (line: string) => void;

/** Which SharePoint groups a demo user's role puts them in. */
export const ROLE_GROUPS: Readonly<Record<SeedRole, GroupKey[]>> = {
  reader: ['readers'],
  editor: ['editors'],
  leader: ['editors', 'leaders'],
  approver: ['approvers'],
  secretariat: ['secretariat']
};

/** The directory's object-id claim SharePoint uses for an Entra ID group (see emulator/directory.ts). */
const groupClaim = (g: SeedEntraGroup): string => (g.kind === 'security' ? `c:0t.c|tenant|${g.id}` : `c:0o.c|federateddirectoryclaimprovider|${g.id}`);

async function ensureUsers(sp: SPFI, m: SeedMunicipality, log: SeedLog): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const logins = [m.siteOwnerLogin, ...m.users.map((u) => u.login)];
  for (const login of logins) {
    const user = await sp.web.ensureUser(login);
    ids.set(login.toLowerCase(), (user as unknown as { Id: number }).Id);
  }
  // The Entra ID groups exist in the tenant's directory (made there by IT; in the emulator through
  // its control endpoint), then go into the SharePoint groups as principals.
  const entra = m.entraGroups ?? [];
  if (entra.length > 0) {
    const { Url } = await sp.web.select('Url')<{ Url: string }>();
    for (const g of entra) {
      const response = await fetch(`${new URL(Url).origin}/_emulator/directory/groups`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: g.id, displayName: g.displayName, kind: g.kind, members: g.members })
      });
      if (!response.ok) throw new Error(`Entra ID group ${g.displayName}: ${response.status}`);
    }
  }
  for (const group of GROUPS) {
    const throughEntra = entra.filter((g) => g.sharePointGroups.includes(group.key));
    const members = m.users.filter((u) => ROLE_GROUPS[u.role].includes(group.key) && !throughEntra.some((g) => g.members.includes(u.login)));
    for (const member of members) {
      await sp.web.siteGroups.getByName(group.title).users.add(member.login);
    }
    for (const g of throughEntra) await sp.web.siteGroups.getByName(group.title).users.add(groupClaim(g));
    log(
      `${group.title}: ${[...members.map((u) => u.login), ...throughEntra.map((g) => `${g.displayName} (Entra ID: ${g.members.join(', ')})`)].join(', ') || '(ingen)'}`
    );
  }
  return ids;
}

function withUserId(person: PersonRef, ids: Map<string, number>): PersonRef {
  const id = ids.get(person.email.toLowerCase());
  if (id === undefined) throw new Error(`Seed person ${person.email} is not a user of the site`);
  return { ...person, id };
}

/** Goals whose continuesFrom target is created first (lineage across years). */
function inCreationOrder(goals: SeedGoal[]): SeedGoal[] {
  const byKey = new Map(goals.map((g) => [g.key, g]));
  const done = new Set<string>();
  const ordered: SeedGoal[] = [];
  const visit = (goal: SeedGoal): void => {
    if (done.has(goal.key)) return;
    done.add(goal.key);
    const previous = goal.continuesFromKey ? byKey.get(goal.continuesFromKey) : undefined;
    if (previous) visit(previous);
    ordered.push(goal);
  };
  goals.forEach(visit);
  return ordered;
}

/** The decisions the documents record (an agreement "indgået med Direktionen", a plan followed up)
 * become ApprovalLog entries by a demo user of the deciding group, on the seeded version, so the
 * product shows them as approved rather than "Ikke verificeret". A followed-up item gets the
 * approval that preceded its follow-up; a closed one that approval and its closing, since a stage
 * past an approval stands on the approved version. */
async function recordSeedDecisions(
  sp: SPFI,
  m: SeedMunicipality,
  config: StageConfiguration,
  spFor: (login: string) => SPFI,
  items: Array<{ list: ApprovalTargetList; id: number; stage: string }>
): Promise<number> {
  let count = 0;
  const approval = config.transitions.find((t) => isLoggedDecision(t) && t.decision !== 'returned' && findStage(config, t.to)?.kind === 'approved');
  for (const item of items) {
    const kind = findStage(config, item.stage)?.kind;
    const own = config.transitions.find((t) => isLoggedDecision(t) && t.decision !== 'returned' && t.to === item.stage);
    const transitions = kind === 'followUp' ? [approval] : kind === 'closed' ? [approval, own] : [own];
    if (item.stage === config.initialStage || transitions.some((t) => t === undefined)) continue;
    const raw = await listByUrl(sp, listDef(SCHEMA, item.list)).items.getById(item.id).select('OData__UIVersionString')<{ OData__UIVersionString: string }>();
    for (const transition of transitions as StageTransition[]) {
      const actor = m.users.find((u) => ROLE_GROUPS[u.role].some((g) => transition.allowedGroups.includes(g)));
      if (actor === undefined) throw new Error(`${m.title}: no demo user may "${transition.label}"`);
      await new ApprovalLogRepository(spFor(actor.login)).append({
        targetList: item.list,
        targetId: item.id,
        fromStage: transition.from,
        toStage: transition.to,
        decision: transition.decision,
        approvedVersion: raw.OData__UIVersionString
      });
      count += 1;
    }
  }
  return count;
}

export async function seedMunicipality(sp: SPFI, m: SeedMunicipality, log: SeedLog = () => undefined, spFor?: (login: string) => SPFI): Promise<void> {
  const config = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === m.stageConfigurationKey);
  if (!config) throw new Error(`No stage configuration "${m.stageConfigurationKey}"`);
  const report = await provision(sp);
  log(`${m.title}: lister oprettet (${report.steps.filter((s) => s.action !== 'unchanged').length} ændringer)`);
  const userIds = await ensureUsers(sp, m, log);

  const departments = new DepartmentRepository(sp);
  const departmentIds = new Map<string, number>();
  const pending = [...m.departments];
  while (pending.length > 0) {
    const index = pending.findIndex((d) => d.parentKey === undefined || departmentIds.has(d.parentKey));
    if (index < 0) throw new Error(`Departments with unknown parents: ${pending.map((d) => d.key).join(', ')}`);
    const [{ key, parentKey, ...department }] = pending.splice(index, 1);
    const created = await departments.create({
      ...department,
      parentId: parentKey === undefined ? undefined : departmentIds.get(parentKey),
      leader: department.leader ? withUserId(department.leader, userIds) : undefined,
      editors: department.editors.map((p) => withUserId(p, userIds))
    });
    departmentIds.set(key, created.id);
  }
  // Each department's folder in Agreements and Goals, with Contribute for its leader and editors:
  // the agreements and goals below are created in them by the repositories.
  await syncDepartmentFolders(sp, new StepRecorder());

  const strategies = new StrategyRepository(sp);
  const trackIds = new Map<string, number>();
  const requirementIds = new Map<string, number>();
  for (const { key: _key, source: _source, tracks, requirements, ...strategy } of m.strategies) {
    const created = await strategies.strategies.create(strategy);
    for (const track of tracks) {
      const t = await strategies.tracks.create({ ...track, strategyId: created.id });
      trackIds.set(`${strategy.year}:${track.kind}:${track.number}`, t.id);
    }
    for (const requirement of requirements) {
      const r = await strategies.requirements.create({ ...requirement, strategyId: created.id });
      requirementIds.set(`${strategy.year}:${requirement.number}`, r.id);
    }
  }

  const agreements = new AgreementRepository(sp, config);
  const agreementOf = new Map<string, { id: number; departmentId: number; year: number }>();
  const decided: Array<{ list: ApprovalTargetList; id: number; stage: string }> = [];
  for (const { key, departmentKey, source: _source, ...agreement } of m.agreements) {
    const departmentId = departmentIds.get(departmentKey);
    if (departmentId === undefined) throw new Error(`Agreement ${key}: unknown department ${departmentKey}`);
    const created = await agreements.create({ ...agreement, departmentId });
    agreementOf.set(key, { id: created.id, departmentId, year: agreement.year });
    decided.push({ list: 'Agreements', id: created.id, stage: agreement.stage });
  }

  const goals = new GoalRepository(sp, config);
  const goalIds = new Map<string, number>();
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Seed reference not found: ${what}`);
    return value;
  };
  for (const seedGoal of inCreationOrder(m.goals)) {
    const { key, agreementKey, sharedWithDepartmentKeys, trackRefs, requirementRefs, continuesFromKey, heading: _h, continuesFromNote: _n, ...goal } = seedGoal;
    const agreement = required(agreementOf.get(agreementKey), `agreement ${agreementKey}`);
    const created = await goals.create({
      ...goal,
      agreementId: agreement.id,
      departmentId: agreement.departmentId,
      year: agreement.year,
      sharedWithDepartmentIds: sharedWithDepartmentKeys.map((k) => required(departmentIds.get(k), `department ${k}`)),
      trackIds: trackRefs.map((r) => required(trackIds.get(`${agreement.year}:${r.kind}:${r.number}`), `${r.kind} ${r.number} of ${agreement.year}`)),
      requirementIds: requirementRefs.map((n) => required(requirementIds.get(`${agreement.year}:${n}`), `requirement ${n} of ${agreement.year}`)),
      continuesFromId: continuesFromKey === undefined ? undefined : required(goalIds.get(continuesFromKey), `goal ${continuesFromKey}`)
    });
    goalIds.set(key, created.id);
    decided.push({ list: 'Goals', id: created.id, stage: goal.stage });
  }
  if (spFor !== undefined) log(`${m.title}: ${await recordSeedDecisions(sp, m, config, spFor, decided)} beslutninger i godkendelsesloggen`);
  // After the decisions: a check-in counts when SharePoint stored it while the log shows its
  // agreement approved (src/domain/checkInAuthority.ts).
  await seedFollowUp(sp, m, goalIds, agreementOf);
  log(`${m.title}: ${m.departments.length} afdelinger, ${m.strategies.length} strategier, ${m.agreements.length} aftaler, ${m.goals.length} mål`);
}

/** Check-ins and contract dialogues (issue 18), each in its department's folder. */
async function seedFollowUp(
  sp: SPFI,
  m: SeedMunicipality,
  goalIds: Map<string, number>,
  agreementOf: Map<string, { id: number; departmentId: number; year: number }>
): Promise<void> {
  const checkIns = new CheckInRepository(sp);
  for (const { goalKey, ...checkIn } of m.checkIns ?? []) {
    const goalId = goalIds.get(goalKey);
    const agreement = m.goals.find((g) => g.key === goalKey);
    const owner = agreement === undefined ? undefined : agreementOf.get(agreement.agreementKey);
    if (goalId === undefined || owner === undefined) throw new Error(`Seed check-in: unknown goal ${goalKey}`);
    await checkIns.create({ ...checkIn, goalId, departmentId: owner.departmentId, year: owner.year });
  }
  const dialogues = new DialogueRepository(sp);
  for (const { agreementKey, ...dialogue } of m.dialogues ?? []) {
    const owner = agreementOf.get(agreementKey);
    if (owner === undefined) throw new Error(`Seed dialogue: unknown agreement ${agreementKey}`);
    await dialogues.create({ ...dialogue, agreementId: owner.id, departmentId: owner.departmentId, year: owner.year });
  }
}

/** Seeds every municipality's site of an emulator at `emulatorUrl`, as each site's owner. */
export async function seedAllSites(emulatorUrl: string, log: SeedLog = () => undefined): Promise<void> {
  for (const m of seedMunicipalities) {
    const siteUrl = `${emulatorUrl.replace(/\/$/, '')}${m.sitePath}`;
    await seedMunicipality(emulatorSp(siteUrl, m.siteOwnerLogin), m, log, (login) => emulatorSp(siteUrl, login));
  }
}
