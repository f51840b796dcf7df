// The AppServices the views use, over one SPFI built by the host (the web part over SPFx, the dev
// host over the emulator). Reads go through the view queries (one $batch each) and repositories;
// permissions come from SharePoint itself (group membership and effective permissions).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import { coveredYears, goalTemplateFor, groupsOf, MISSING_ID, type Department, type StageConfiguration } from '../domain';
// Repositories by file, not through the index: the index also exports sanitizeHtml, and DOMPurify
// has no place in the main bundle (nothing on the dashboard renders HTML).
import { AgreementRepository } from '../data/repositories/agreementRepository';
import { DepartmentRepository } from '../data/repositories/departmentRepository';
import { GoalRepository } from '../data/repositories/goalRepository';
import { DialogueRepository } from '../data/repositories/followUpRepositories';
import { StrategyRepository } from '../data/repositories/strategyRepository';
import { SCHEMA } from '../data/schema';
import { DataError } from '../data/errors';
import type { MembershipSnapshot } from './membership';
import { GOALS } from '../data/repositories/mappers/goalMapper';
import { departmentFolderName } from '../data/repositories/departmentFolder';
import '@pnp/sp/folders';

import { AGREEMENT } from '../data/repositories/mappers/agreementMapper';
import { compare } from '../data/odata';
import { listByUrl } from '../data/repositories/listByUrl';
import { isDataError } from '../data/errors/DataError';
import { createViewQueries } from './queries';
import { onFirstUse } from './onFirstUse';
import { lazyDocumentServices } from './documents/lazyDocumentServices';
import { lazyYearEndServices } from './yearEnd/lazyYearEndServices';
import { lazyOverviewServices } from './overview/lazyOverviewServices';
import { createExportServices } from './export/exportServices';
import { lazyStrategyAdminServices } from './strategyAdmin/lazyStrategyAdminServices';
import type { AppServices, CurrentUser, DepartmentViewData, UserPermissions } from './AppServices';
import { lazyApprovalServices } from './approvals/lazyApprovalServices';
import { lazyAgreementAuthoringServices } from './authoring/lazyAgreementAuthoringServices';
import { lazyCheckInServices } from './checkIns/lazyCheckInServices';
import { lazyFirstScreenServices } from './firstScreen/lazyFirstScreenServices';
import type { WordImportServices } from './wordImport/wordImportServices';
import type { DeepLinkOptions } from './approvals/approvalTypes';
import type { GraphClient } from '../data/graph/graphClient';
import type { MailSender } from './mail/mailSender';
import { lazyServices } from './lazyServices';

interface FolderPermissionRow {
  Name: string;
  ListItemAllFields?: { EffectiveBasePermissions?: { High: string | number; Low: string | number } };
}

export interface AppServicesOptions {
  stageConfiguration: StageConfiguration;
  /** The data site (and, in the dev host, the user): drafts in the browser are kept apart by it. */
  storageScope?: string;
  /** Where e-mails link to: the page URL, or the Teams app for Teams deep links. */
  approvalLinks?: DeepLinkOptions;
  /** Microsoft Graph (the web part: MSGraphClientV3; the dev host and tests: the emulator's endpoint). */
  graph: GraphClient;
}

/** A site not yet provisioned with the Dialogues list (issue 18) prints no dialogues, not an error. */
function noDialoguesList(e: unknown): [] {
  if (isDataError(e) && e.kind === 'notFound') return [];
  throw e;
}

export function createAppServices(sp: SPFI, options: AppServicesOptions): AppServices {
  const config = options.stageConfiguration;
  const queries = createViewQueries(sp, config);
  const departmentRepo = new DepartmentRepository(sp);
  const strategyRepo = new StrategyRepository(sp);
  const agreementRepo = new AgreementRepository(sp, config);
  const goalRepo = new GoalRepository(sp, config);
  const dialogueRepo = new DialogueRepository(sp);
  // Every e-mail (decisions, reminders) goes out through Graph's sendMail as the signed-in user.
  // Only decisions and reminders (lazy chunks themselves) send, so the sender loads with them.
  const mail = lazyServices<MailSender>(() => import(/* webpackChunkName: 'mail' */ './mail/mailSender').then((m) => m.createGraphMailSender(options.graph)));

  // Departments and the current user change rarely within a page view: read once, share the promise.
  let departmentsPromise: Promise<Department[]> | undefined;
  const departments = (): Promise<Department[]> => (departmentsPromise ??= departmentRepo.all());
  let userPromise: Promise<{ Id: number; LoginName: string; Title: string; Email: string }> | undefined;
  const siteUser = (): Promise<{ Id: number; LoginName: string; Title: string; Email: string }> => (userPromise ??= sp.web.currentUser());

  const userDepartmentIds = async (): Promise<number[]> => {
    const [user, all] = await Promise.all([siteUser(), departments()]);
    return all.filter((d) => d.leader?.id === user.Id || d.editors.some((e) => e.id === user.Id)).map((d) => d.id);
  };

  const strategyParts = async (year: number): Promise<Pick<DepartmentViewData, 'strategy' | 'tracks' | 'requirements'>> => {
    const parts = await strategyRepo.forYear(year);
    return { strategy: parts?.strategy, tracks: parts?.tracks ?? [], requirements: parts?.requirements ?? [] };
  };

  // The user's permissions on the web answer both the site check and "site owner": read once
  // (and again only after a failed read, so a retry after an outage asks SharePoint anew).
  const webPermissions = onFirstUse(() => sp.web.getCurrentUserEffectivePermissions());

  // One membership map per page view (Entra ID groups expanded through Graph): the user's own
  // groups here and the verification of others' decisions in the approval services.
  // Read after the first paint (permissions and approvals are secondary reads): its own chunk.
  const membership = onFirstUse((): Promise<MembershipSnapshot> => import(/* webpackChunkName: 'membership' */ './membership').then((m) => m.readMembership(sp, options.graph)));

  const approvals = lazyApprovalServices(sp, { defaultConfig: config, links: options.approvalLinks, membership, graph: options.graph, mail });

  const permissions = async (): Promise<UserPermissions> => {
    const goals = listByUrl(sp, GOALS.list);
    // Goals are written in their department's folder, whose own permissions decide (department
    // folders, src/data/provisioning/departmentFolders.ts): one read gives the user's effective
    // permissions on every department's folder (ListItem.EffectiveBasePermissions,
    // https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-csom/jj245955(v=office.15)).
    // The user's groups come from the membership map (Entra ID groups expanded), not currentUser/groups.
    const [m, onWeb, folders, ownDepartments, user] = await Promise.all([
      membership(),
      webPermissions(),
      goals.rootFolder.folders.select('Name', 'ListItemAllFields/EffectiveBasePermissions').expand('ListItemAllFields')<FolderPermissionRow[]>(),
      userDepartmentIds(),
      siteUser()
    ]);
    const isSiteOwner = sp.web.hasPermissions(onWeb, PermissionKind.ManageWeb);
    const onFolder = (departmentId: number, kind: PermissionKind): boolean => {
      const folder = folders.find((f) => f.Name.toLowerCase() === departmentFolderName(departmentId));
      const mask = folder?.ListItemAllFields?.EffectiveBasePermissions;
      return mask !== undefined && sp.web.hasPermissions({ High: Number(mask.High), Low: Number(mask.Low) }, kind);
    };
    return {
      groups: groupsOf(user.Id, m.membership),
      membershipProblems: m.problems,
      isSiteOwner,
      canCreateGoals: isSiteOwner ? folders.length > 0 : ownDepartments.some((d) => onFolder(d, PermissionKind.AddListItems)),
      // SharePoint must allow the edit in the department's folder, and the lists must name the user
      // for that department (its leader or one of its editors); a site owner may edit everywhere.
      canEditDepartment: (departmentId) => onFolder(departmentId, PermissionKind.EditListItems) && (isSiteOwner || ownDepartments.includes(departmentId))
    };
  };

  const services: AppServices = {
    stageConfiguration: config,
    withStageConfiguration: (other) => (JSON.stringify(other) === JSON.stringify(config) ? services : createAppServices(sp, { ...options, stageConfiguration: other })),
    documents: lazyDocumentServices(sp, config, (targets) => approvals.verification(targets)),
    storageScope: options.storageScope ?? 'default',
    overview: lazyOverviewServices(sp, config),
    exports: createExportServices(sp, config, {}, (targets) => approvals.verification(targets)),
    approvals,
    permissions,
    yearEnd: lazyYearEndServices(sp, config, { permissions, departments, mail }),
    strategyAdmin: lazyStrategyAdminServices(sp, config, { permissions }),
    authoring: lazyAgreementAuthoringServices(sp, config, { permissions, departments }),
    checkIns: lazyCheckInServices(sp, config, { permissions, departments, approvedSpans: (id) => approvals.approvedSpans(id), userId: async () => (await siteUser()).Id }),
    firstScreen: lazyFirstScreenServices(sp, config, {
      departments,
      ownDepartmentIds: userDepartmentIds,
      groups: async () => {
        const [m, user] = await Promise.all([membership(), siteUser()]);
        return groupsOf(user.Id, m.membership);
      },
      taskCount: () => approvals.taskCount()
    }),
    // The reader (mammoth) and the save path load with the import's view: one chunk for both.
    wordImport: lazyServices<WordImportServices>(() => import(/* webpackChunkName: 'word-import-view' */ './wordImport/wordImportServices').then((m) => m.createWordImportServices(sp, config))),
    async siteSetup() {
      const [lists, onWeb] = await Promise.all([
        sp.web.lists.select('RootFolder/ServerRelativeUrl').expand('RootFolder')<Array<{ RootFolder: { ServerRelativeUrl: string } }>>(),
        webPermissions()
      ]);
      const manageLists = sp.web.hasPermissions(onWeb, PermissionKind.ManageLists);
      const managePermissions = sp.web.hasPermissions(onWeb, PermissionKind.ManagePermissions);
      const urls = new Set(lists.map((l) => l.RootFolder.ServerRelativeUrl.toLowerCase().replace(/.*\/(lists\/[^/]+)$/, '$1')));
      const missingLists = SCHEMA.lists.filter((l) => !urls.has(l.url.toLowerCase())).map((l) => l.title);
      return { missingLists, canProvision: manageLists && managePermissions };
    },
    async provisionLists(onProgress) {
      // The provisioning is only needed once per site: it loads on demand into its own chunk.
      const { provision } = await import(/* webpackChunkName: 'provisioning' */ '../data/provisioning');
      await provision(sp, { onProgress: (step) => onProgress({ target: step.target, action: step.action }) });
      departmentsPromise = undefined;
    },
    async syncDepartmentAccess(departmentId) {
      const { StepRecorder, syncDepartmentFolders } = await import(/* webpackChunkName: 'provisioning' */ '../data/provisioning');
      const recorder = new StepRecorder();
      await syncDepartmentFolders(sp, recorder, { only: [departmentId] });
      return recorder.report().changes.length;
    },
    async currentUser(): Promise<CurrentUser> {
      const [user, own] = await Promise.all([siteUser(), userDepartmentIds()]);
      return { login: user.LoginName, displayName: user.Title, departmentId: own[0] };
    },
    listDepartments: departments,
    async listYears(): Promise<number[]> {
      // Strategies give the DUS years; agreements of the last 15 years add years without a DUS in
      // the lists (older agreements). Both reads go out together.
      const [strategies, agreements] = await Promise.all([
        strategyRepo.all(),
        agreementRepo.store.query({ filter: compare(AGREEMENT.year, 'ge', new Date().getFullYear() - 15), indexedField: AGREEMENT.year, select: ['Id', AGREEMENT.year, AGREEMENT.yearTo, `${AGREEMENT.department}Id`, 'Title', AGREEMENT.stage] })
      ]);
      const years = new Set<number>(agreements.map((a) => a.year));
      for (const item of [...strategies, ...agreements]) for (const y of coveredYears(item)) years.add(y);
      return Array.from(years).sort((a, b) => b - a);
    },
    async loadDepartmentView(departmentId, year) {
      const [view, all] = await Promise.all([queries.loadDepartmentView(departmentId, year), departments()]);
      const department = all.find((d) => d.id === departmentId) ?? (await departmentRepo.getById(departmentId));
      return {
        department,
        year,
        agreement: view.agreement,
        goals: view.goals,
        strategy: view.strategy?.strategy,
        tracks: view.strategy?.tracks ?? [],
        requirements: view.strategy?.requirements ?? [],
        latestCheckIns: view.latestCheckIns
      };
    },
    async loadAgreementDocument(agreementId) {
      const agreement = await agreementRepo.getById(agreementId);
      const [goals, parts, all, dialogues] = await Promise.all([goalRepo.forAgreement(agreementId), strategyParts(agreement.year), departments(), dialogueRepo.forAgreement(agreementId).catch(noDialoguesList)]);
      const department = all.find((d) => d.id === agreement.departmentId) ?? (await departmentRepo.getById(agreement.departmentId));
      return { department, departments: all, year: agreement.year, agreement, goals, dialogues, ...parts };
    },
    async loadGoalEditor(target) {
      const existing = 'goalId' in target ? await goalRepo.getById(target.goalId) : undefined;
      const agreement = existing?.agreementId === MISSING_ID
        // A goal whose agreement lookup is empty (damaged) opens read-only over its department's
        // agreement of the year, found by the goal's own department and year.
        ? await agreementRepo.forDepartmentYear(existing.departmentId, existing.year).then((a) => a ?? Promise.reject(new DataError('notFound', { detail: `Goal ${existing.id} has no agreement` })))
        : await agreementRepo.getById(existing ? existing.agreementId : (target as { agreementId: number }).agreementId);
      const [parts, all, previousYearGoals] = await Promise.all([
        strategyParts(agreement.year),
        departments(),
        goalRepo.forDepartmentYear(agreement.departmentId, agreement.year - 1)
      ]);
      return {
        agreement,
        strategy: parts.strategy,
        tracks: parts.tracks,
        requirements: parts.requirements,
        departments: all,
        previousYearGoals,
        existing: existing ? { goal: existing, etag: existing.etag } : undefined,
        template: goalTemplateFor(parts.strategy, parts.tracks)
      };
    },
    async saveGoal(goal, existing) {
      const saved = existing ? await goalRepo.update({ ...existing.goal, etag: existing.etag }, goal) : await goalRepo.create(goal);
      return { goal: saved, etag: saved.etag };
    },
    createAgreement: (departmentId, year) =>
      import(/* webpackChunkName: 'agreement-editor' */ './createAgreement').then((m) => m.createAgreement(sp, config, departments, departmentId, year))
  };
  return services;
}
