// The approval use cases over one SPFI. A decision is a Stage update pinned to the ETag the
// decider saw (the loser of a race gets 412 and is told who decided), followed by ApprovalLog
// entries written in one $batch: one for the item and, for an agreement, one per goal that moves
// with it, all with the same actor and At (how the history tells one decision's entries). SharePoint lets only the deciding groups add to the log
// and nobody edit it; the UI trusts a Stage only when evaluateAuthority finds it backed.
import type { SPFI } from '@pnp/sp';
import type { ApprovalLogEntry, NewApprovalLogEntry, Department, GroupKey, PersonRef, StageConfiguration, StageTransition } from '../../domain';
import { availableTransitions, groupsOf, isLoggedDecision, lastValidReturn } from '../../domain/authority';
import { checkTransition, stageLabel } from '../../domain/stageMachine';
import { DataError, isDataError } from '../../data/errors/DataError';
import type { GraphClient } from '../../data/graph/graphClient';
import { readMembership, type MembershipSnapshot } from '../membership';
import { ApprovalLogRepository } from '../../data/repositories/approvalLogRepository';
import { ApprovalStateRepository, type ItemState } from '../../data/repositories/approvalStateRepository';
import { DepartmentRepository } from '../../data/repositories/departmentRepository';
import { decisionEntryClientId, newClientId } from '../../data/repositories/clientId';
import type { ApprovalServices, ApprovalTarget, ApprovalTask, DecisionRequest, DecisionResult, DeepLinkOptions, SiteWorkflow } from './approvalTypes';
import { loadWorkflow } from './workflowSettings';
import { SettingsRepository } from '../../data/repositories/settingsRepository';
import { itemDiffs } from './diffs';
import { inspectTargets, verifyTargets } from './verification';
import { approvedSpans, spansByAgreement } from '../../domain/checkInAuthority';
import { stageFact } from './stageFacts';
import { buildHistory } from './history';
import type { MailSender } from '../mail/mailSender';
import { notifyMove } from './approvalMail';
import { moveNote, returnNote, returnsOf } from './returns';
import { SubstitutionRepository } from '../../data/repositories/substitutionRepository';
import { activeSubstitutions, substituteCheck, type Substitution } from '../../domain/substitution';
import { substitutionOverview, nameSubstitute, endSubstitution } from './substitutes';
import { enforceSendChecks } from './sendChecks';

export interface ApprovalServicesOptions {
  /** The property pane's configuration: used when the site has none of its own (or a broken one). */
  defaultConfig: StageConfiguration;
  /** The site's workflow settings, read once per page view (createAppServices reads them at boot). */
  workflow?: () => Promise<SiteWorkflow>;
  /** The page view's membership map (createAppServices shares one with permissions()). */
  membership?: () => Promise<MembershipSnapshot>;
  /** Microsoft Graph, to expand Entra ID groups when no membership reader is given. */
  graph?: GraphClient;
  links?: DeepLinkOptions;
  /** Where the workflow's e-mails go out (Microsoft Graph in every host). */
  mail: MailSender;
  now?: () => Date;
}

const personName = (p: PersonRef | undefined): string => p?.title ?? p?.email ?? 'En anden';

export function createApprovalServices(sp: SPFI, options: ApprovalServicesOptions): ApprovalServices {
  const now = options.now ?? (() => new Date());
  const links = options.links ?? { pageUrl: '' };
  const logRepo = new ApprovalLogRepository(sp);
  const departmentRepo = new DepartmentRepository(sp);

  // Configuration, membership, the user and departments are read once per page view.
  // The app's services share their one read (createAppServices); alone, these read once themselves.
  let workflowP: Promise<SiteWorkflow> | undefined;
  const workflow = options.workflow ?? ((): Promise<SiteWorkflow> => (workflowP ??= loadWorkflow(new SettingsRepository(sp), options.defaultConfig)));
  let repoP: Promise<ApprovalStateRepository> | undefined;
  const stateRepo = (): Promise<ApprovalStateRepository> => (repoP ??= workflow().then((w) => new ApprovalStateRepository(sp, w.config)));
  const config = async (): Promise<StageConfiguration> => (await workflow()).config;
  // Membership through Entra ID groups included; shared with the app's permissions when given.
  let membershipP: Promise<MembershipSnapshot> | undefined;
  const membership = (): Promise<MembershipSnapshot> => (membershipP ??= (options.membership ?? (() => readMembership(sp, options.graph)))());
  let meP: Promise<PersonRef> | undefined;
  const me = async (): Promise<PersonRef> => (meP ??= (await stateRepo()).currentUser());
  const myGroups = async (): Promise<GroupKey[]> => groupsOf((await me()).id as number, (await membership()).membership);
  // Members' substitutions (decision 0009), read once per page view like the membership.
  const substitutionRepo = new SubstitutionRepository(sp);
  let substitutionsP: Promise<Substitution[]> | undefined;
  const substitutions = (): Promise<Substitution[]> => (substitutionsP ??= substitutionRepo.all());
  /** The groups the user decides for now: their own, and those a member named them substitute for. */
  async function acting(): Promise<{ groups: GroupKey[]; own: GroupKey[]; forWhom: Map<GroupKey, PersonRef[]> }> {
    const [own, user, m, subs] = await Promise.all([myGroups(), me(), membership(), substitutions()]);
    const forWhom = new Map<GroupKey, PersonRef[]>();
    for (const a of activeSubstitutions(subs, user.id as number, now(), m.membership)) {
      if (own.includes(a.group)) continue;
      forWhom.set(a.group, [...(forWhom.get(a.group) ?? []), m.people.get(a.principal.id as number) ?? a.principal]);
    }
    return { groups: [...own, ...forWhom.keys()], own, forWhom };
  }
  /** Whom a move is made for when only a substitution lets the user make it. */
  function onBehalfOf(move: StageTransition, who: Awaited<ReturnType<typeof acting>>): PersonRef[] | undefined {
    if (move.allowedGroups.some((g) => who.own.includes(g))) return undefined;
    const principals = move.allowedGroups.flatMap((g) => who.forWhom.get(g) ?? []);
    return principals.length > 0 ? principals : undefined;
  }
  let departmentsP: Promise<Department[]> | undefined;
  const departments = (): Promise<Department[]> => (departmentsP ??= departmentRepo.all());

  const entriesOf = (t: ApprovalTarget): Promise<ApprovalLogEntry[]> => logRepo.forTarget(t.list, t.id);

  async function transitionsFor(state: ItemState, groups: GroupKey[]): Promise<StageTransition[]> {
    const c = await config();
    const lastReturn =
      state.stage === c.initialStage
        ? lastValidReturn(c, await entriesOf(state), (await membership()).membership, substituteCheck(await substitutions(), (await membership()).membership))
        : undefined;
    return availableTransitions(c, state.stage, groups, lastReturn);
  }

  async function myTasks(): Promise<ApprovalTask[]> {
    const [c, who, repo, deps, user, m, subs] = await Promise.all([config(), acting(), stateRepo(), departments(), me(), membership(), substitutions()]);
    const groups = who.groups;
    // Decisions wait in the stages the user's groups decide; the editors' own tasks are the drafts
    // of the departments that name them (leader or editor): to submit, or to fix and resubmit.
    const ownDepartments = new Set(deps.filter((d) => d.leader?.id === user.id || d.editors.some((e) => e.id === user.id)).map((d) => d.id));
    const stages = c.stages.filter((s) =>
      s.code === c.initialStage
        ? availableTransitions(c, s.code, groups).length > 0 && ownDepartments.size > 0
        : availableTransitions(c, s.code, groups).some((t) => isLoggedDecision(t) && t.decision !== 'returned')
    );
    const perStage = await Promise.all(
      stages.map(async (s) => {
        const [agreements, goals] = await Promise.all([repo.inStage('Agreements', s.code), repo.inStage('Goals', s.code)]);
        const mine = (i: ItemState): boolean => s.code !== c.initialStage || ownDepartments.has(i.departmentId);
        return { stage: s, agreements: agreements.filter(mine), goals: goals.filter(mine) };
      })
    );
    const departmentTitle = (id: number): string => deps.find((d) => d.id === id)?.title ?? '';
    const task = async (item: ItemState, moving: ItemState[]): Promise<ApprovalTask> => {
      const stage = c.stages.find((x) => x.code === item.stage);
      // A returned draft may go straight back to where it was returned from.
      const entries = item.stage === c.initialStage ? await entriesOf(item) : [];
      const lastReturn = item.stage === c.initialStage ? lastValidReturn(c, entries, m.membership, substituteCheck(subs, m.membership)) : undefined;
      const returned = returnNote(c, item, entries, m.membership, m.people, subs);
      const transitions = availableTransitions(c, item.stage, groups, lastReturn);
      // A queue the user sees only as a substitute: "som stedfortræder for <navn>".
      const principals =
        transitions.length > 0 && transitions.every((t) => onBehalfOf(t, who) !== undefined)
          ? Array.from(new Set(transitions.flatMap((t) => onBehalfOf(t, who) ?? []).map((p) => p.title ?? p.email)))
          : undefined;
      const note = item.stage === c.initialStage ? undefined : moveNote(item, m.people);
      return {
        target: { list: item.list, id: item.id },
        title: item.title,
        departmentId: item.departmentId,
        departmentTitle: departmentTitle(item.departmentId),
        year: item.year,
        agreementId: item.agreementId,
        stage: item.stage,
        stageLabel: stage?.label ?? item.stage,
        waitingSince: item.modified,
        etag: item.etag,
        version: item.version,
        goals: moving.map((g) => ({ id: g.id, title: g.title, number: g.number })),
        transitions,
        ...(principals ? { onBehalfOf: principals.join(', ') } : {}),
        ...(item.damage ? { damage: item.damage } : {}),
        ...(returned ? { returned } : {}),
        ...(note ? { moveNote: note } : {})
      };
    };
    const pending: Array<Promise<ApprovalTask>> = [];
    for (const { agreements, goals } of perStage) {
      const withAgreement = new Set(agreements.map((a) => a.id));
      for (const a of agreements)
        pending.push(
          task(
            a,
            goals.filter((g) => g.agreementId === a.id)
          )
        );
      for (const g of goals.filter((x) => !withAgreement.has(x.agreementId))) pending.push(task(g, []));
    }
    const tasks = (await Promise.all(pending)).filter((t) => t.transitions.length > 0);
    return tasks.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.target.id - b.target.id);
  }

  /** After a 412: who moved the item, from the log when the entry has landed, else its editor. */
  async function conflictFor(state: ItemState, from: string): Promise<DataError> {
    const [repo, c] = await Promise.all([stateRepo(), config()]);
    const fresh = await repo.state(state.list, state.id);
    if (fresh.stage === from) {
      return new DataError(
        'conflict',
        { status: 412, currentETag: fresh.etag },
        `»${fresh.title}« er ændret, siden du åbnede det. Se ændringerne, og beslut igen.`
      );
    }
    const entries = await entriesOf(fresh);
    const latest = entries.filter((e) => e.toStage === fresh.stage).pop();
    const who = latest !== undefined ? personName(latest.author) : personName(fresh.editor);
    return new DataError(
      'conflict',
      { status: 412, currentETag: fresh.etag },
      `${who} har allerede flyttet »${fresh.title}« til »${stageLabel(c, fresh.stage)}«. Din beslutning er ikke gemt.`
    );
  }

  async function writeLog(entries: NewApprovalLogEntry[], at: Date): Promise<void> {
    await logRepo.appendAll(entries, (await me()).id as number, at);
  }

  async function decide(request: DecisionRequest): Promise<DecisionResult> {
    const [c, repo, who] = await Promise.all([config(), stateRepo(), acting()]);
    const groups = who.groups;
    const current = await repo.state(request.target.list, request.target.id);
    const seen: ItemState = { ...current, etag: request.etag ?? current.etag };
    // Someone decided since the user looked: say who, rather than judging the move from the new stage.
    if (request.from !== undefined && request.from !== current.stage) {
      const resumed = await resume({ ...request, from: request.from }, current, groups);
      if (resumed !== undefined) return resumed;
      throw await conflictFor(seen, request.from);
    }
    const transitions = await transitionsFor(current, groups);
    const transition = transitions.find((t) => t.to === request.to);
    const inConfig = c.transitions.some((t) => t.from === current.stage && t.to === request.to);
    if (transition === undefined || inConfig) {
      const check = checkTransition(c, {
        from: current.stage,
        to: request.to,
        groups,
        comment: request.comment,
        meetingDate: request.meetingDate,
        minutesUrl: request.minutesUrl
      });
      if (!check.ok) {
        throw new DataError(check.error.code === 'forbidden' ? 'forbidden' : 'validation', { detail: check.error.code, problems: check.error.problems });
      }
    }
    const move = transition as StageTransition;
    // The stage configuration's "block" holds for every caller, not only the decision form.
    await enforceSendChecks(
      {
        sp,
        config: c,
        returns: async (t) => {
          const m = await membership();
          return returnsOf({ config: c, repo, logRepo, membership: m.membership, people: m.people, substitutions: await substitutions() }, t);
        }
      },
      { list: current.list, id: current.id, year: current.year },
      move
    );
    const goals = current.list === 'Agreements' ? (await repo.goalsOf(current.id)).filter((g) => g.stage === current.stage) : [];
    const at = now();
    try {
      await repo.setStage(seen, move.to, at, request.comment);
    } catch (e) {
      if (isDataError(e) && (e.status === 412 || e.kind === 'conflict')) throw await conflictFor(seen, current.stage);
      throw e;
    }
    // The goals move with their agreement; one that someone changed meanwhile is re-read once.
    await Promise.all(
      goals.map(async (g) => {
        try {
          await repo.setStage(g, move.to, at, request.comment);
        } catch (e) {
          if (!isDataError(e) || e.status !== 412) throw e;
          const fresh = await repo.state('Goals', g.id);
          if (fresh.stage === g.stage) await repo.setStage(fresh, move.to, at, request.comment);
        }
      })
    );
    return record(c, move, current.stage, current, goals, request, at, onBehalfOf(move, who));
  }

  /** Writes the decision's log entries (the item and the goals that moved with it, on the versions
   * the Stage update made) and sends the e-mail. */
  async function record(
    c: StageConfiguration,
    move: StageTransition,
    from: string,
    item: ItemState,
    goals: ItemState[],
    request: DecisionRequest,
    at: Date,
    principals?: PersonRef[]
  ): Promise<DecisionResult> {
    const repo = await stateRepo();
    const moved = [item, ...goals];
    if (isLoggedDecision(move)) {
      const after = await Promise.all(moved.map((m) => repo.state(m.list, m.id)));
      // Each entry its own GUID, derived from one id per decision (a retry of an entry reuses it).
      const decisionId = newClientId();
      await writeLog(
        after.map((m, i) => ({
          targetList: m.list,
          targetId: m.id,
          fromStage: from,
          toStage: move.to,
          decision: move.decision,
          comment: request.comment?.trim() || undefined,
          approvedVersion: m.version,
          meetingDate: move.requiresMeeting ? request.meetingDate : undefined,
          minutesUrl: move.requiresMeeting ? request.minutesUrl?.trim() : undefined,
          clientId: decisionEntryClientId(decisionId, i)
        })),
        at
      );
    }
    const mail = await notifyMove({ mail: options.mail, links, workflow, me, departments, membership }, c, move, item, {
      comment: request.comment?.trim() || undefined,
      fromStage: from,
      onBehalfOf: principals?.map((p) => p.title ?? p.email).join(', ')
    });
    return { moved: moved.map((m) => ({ list: m.list, id: m.id })), notified: mail.notified, mailFailures: mail.mailFailures };
  }

  /** The user's own earlier attempt moved the item (SharePoint acknowledged the Stage) but its log
   * entries never landed: finish that decision instead of calling it someone else's. */
  async function resume(request: DecisionRequest & { from: string }, current: ItemState, groups: GroupKey[]): Promise<DecisionResult | undefined> {
    const [c, repo, user] = await Promise.all([config(), stateRepo(), me()]);
    if (current.stage !== request.to || current.editor?.id !== user.id) return undefined;
    const check = checkTransition(c, {
      from: request.from,
      to: request.to,
      groups,
      comment: request.comment,
      meetingDate: request.meetingDate,
      minutesUrl: request.minutesUrl
    });
    if (!check.ok || !isLoggedDecision(check.transition)) return undefined;
    const unlogged = async (m: ItemState): Promise<boolean> => !(await entriesOf(m)).some((e) => e.approvedVersion === m.version && e.toStage === m.stage);
    if (!(await unlogged(current))) return { moved: [{ list: current.list, id: current.id }], notified: [], mailFailures: [] };
    const goals = current.list === 'Agreements' ? (await repo.goalsOf(current.id)).filter((g) => g.stage === request.to && g.editor?.id === user.id) : [];
    const pending = (await Promise.all(goals.map(async (g) => ((await unlogged(g)) ? g : undefined)))).filter((g): g is ItemState => g !== undefined);
    return record(c, check.transition, request.from, current, pending, request, now(), onBehalfOf(check.transition, await acting()));
  }

  return {
    async workflow() {
      const [w, m] = await Promise.all([workflow(), membership()]);
      return { ...w, membershipProblems: m.problems };
    },
    myGroups,
    myTasks,
    async taskCount() {
      return (await myTasks()).length;
    },
    async diff(target) {
      const [c, repo] = await Promise.all([config(), stateRepo()]);
      return itemDiffs(repo, c, target, (await membership()).membership, entriesOf, await substitutions());
    },
    async actionsFor(target) {
      const [repo, who] = await Promise.all([stateRepo(), acting()]);
      const state = await repo.state(target.list, target.id);
      return { stage: state.stage, etag: state.etag, transitions: await transitionsFor(state, who.groups) };
    },
    decide,
    async decideMany(requests) {
      // One after another: each is its own decision with its own ETag, and a refusal of one does
      // not stop the rest.
      const out = [];
      for (const request of requests) {
        try {
          const result = await decide(request);
          out.push({ target: request.target, ok: true, mailFailures: result.mailFailures });
        } catch (e) {
          out.push({ target: request.target, ok: false, message: e instanceof Error ? e.message : String(e) });
        }
      }
      return out;
    },
    async history(target) {
      const [c, repo, m] = await Promise.all([config(), stateRepo(), membership()]);
      return buildHistory({ repo, config: c, membership: m.membership, people: m.people, substitutions: await substitutions(), target, entriesOf });
    },
    async verification(targets) {
      const [c, repo, m] = await Promise.all([config(), stateRepo(), membership()]);
      return verifyTargets({ sp, config: c, repo, logRepo, membership: m.membership, substitutions: await substitutions() }, targets);
    },
    async approvedSpans(agreementId) {
      const [c, m, entries] = await Promise.all([config(), membership(), logRepo.forTarget('Agreements', agreementId)]);
      return approvedSpans(c, entries, m.membership, await substitutions());
    },
    async approvedSpansOf(agreementIds) {
      if (agreementIds.length === 0) return {};
      const [c, m, entries] = await Promise.all([config(), membership(), logRepo.forTargets('Agreements', agreementIds)]);
      return spansByAgreement(c, entries, m.membership, agreementIds, await substitutions());
    },
    async savedBy(target) {
      const [repo, user, m] = await Promise.all([stateRepo(), me(), membership()]);
      const other = (await repo.versions(target.list, target.id)).find((v) => v.editor !== undefined && v.editor.id !== user.id);
      if (other?.editor === undefined) return undefined;
      const known =
        other.editor.id !== undefined
          ? (m.people.get(other.editor.id) ?? (other.editor.title ? undefined : await repo.user(other.editor.id).catch(() => undefined)))
          : undefined;
      return known?.title ?? other.editor.title ?? (other.editor.email || undefined);
    },
    async stageFacts(targets) {
      const [c, repo, m] = await Promise.all([config(), stateRepo(), membership()]);
      const subs = await substitutions();
      const inspected = await inspectTargets({ sp, config: c, repo, logRepo, membership: m.membership, substitutions: subs }, targets);
      return Object.fromEntries(
        Object.entries(inspected).map(([k, v]) => {
          const fact = stageFact(c, v, m.membership, m.people, subs);
          // The agreement's entries are read anyway: its approved spans come with its fact.
          return [k, k.startsWith('Agreements:') ? { ...fact, approvedSpans: approvedSpans(c, v.entries, m.membership, subs) } : fact];
        })
      );
    },
    async returns(targets) {
      const [c, repo, m] = await Promise.all([config(), stateRepo(), membership()]);
      return returnsOf({ config: c, repo, logRepo, membership: m.membership, people: m.people, substitutions: await substitutions() }, targets);
    },
    async substitutes() {
      const [c, user, m, subs] = await Promise.all([config(), me(), membership(), substitutions()]);
      const overview = substitutionOverview({ config: c, user, membership: m.membership, people: m.people, substitutions: subs, now: now() });
      return substitutionRepo.missing ? { ...overview, listMissing: true } : overview;
    },
    async nameSubstitute(draft) {
      const [c, user, m, subs] = await Promise.all([config(), me(), membership(), substitutions()]);
      await nameSubstitute({ repo: substitutionRepo, config: c, user, membership: m.membership, people: m.people, substitutions: subs, now: now() }, draft);
      substitutionsP = undefined;
    },
    async endSubstitution(id) {
      const [c, user, m, subs] = await Promise.all([config(), me(), membership(), substitutions()]);
      await endSubstitution({ repo: substitutionRepo, config: c, user, membership: m.membership, people: m.people, substitutions: subs, now: now() }, id);
      substitutionsP = undefined;
    }
  };
}
