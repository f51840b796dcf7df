// The AppServices the views use, over one SPFI built by the host (the web part over SPFx, the dev
// host over the emulator). Wiring only: the use cases live in their modules (siteServices,
// dashboardServices, and the lazy chunks), which reach SharePoint through repositories.
import type { SPFI } from '@pnp/sp';
import type { Department, StageConfiguration } from '../domain';
import { DepartmentRepository } from '../data/repositories/departmentRepository';
import type { MembershipSnapshot } from './membership';
import { onFirstUse } from './onFirstUse';
import { loadWorkflow } from './approvals/workflowSettings';
import { SettingsRepository } from '../data/repositories/settingsRepository';
import { createSiteServices } from './siteServices';
import { createDashboardServices } from './dashboardServices';
import { lazyDocumentServices } from './documents/lazyDocumentServices';
import { lazyYearEndServices } from './yearEnd/lazyYearEndServices';
import { lazyOverviewServices } from './overview/lazyOverviewServices';
import { createExportServices } from './export/exportServices';
import { lazyStrategyAdminServices } from './strategyAdmin/lazyStrategyAdminServices';
import type { AppServices } from './AppServices';
import { lazyApprovalServices } from './approvals/lazyApprovalServices';
import { lazyAgreementAuthoringServices } from './authoring/lazyAgreementAuthoringServices';
import { lazyCheckInServices } from './checkIns/lazyCheckInServices';
import { lazyFirstScreenServices } from './firstScreen/lazyFirstScreenServices';
import type { WordImportServices } from './wordImport/wordImportServices';
import type { DeepLinkOptions } from './approvals/approvalTypes';
import type { GraphClient } from '../data/graph/graphClient';
import type { MailSender } from './mail/mailSender';
import { lazyServices } from './lazyServices';

export interface AppServicesOptions {
  stageConfiguration: StageConfiguration;
  /** The data site (and, in the dev host, the user): drafts in the browser are kept apart by it. */
  storageScope?: string;
  /** Where e-mails link to: the page URL, or the Teams app for Teams deep links. */
  approvalLinks?: DeepLinkOptions;
  /** Microsoft Graph (the web part: MSGraphClientV3; the dev host and tests: the emulator's endpoint). */
  graph: GraphClient;
}

export function createAppServices(sp: SPFI, options: AppServicesOptions): AppServices {
  const config = options.stageConfiguration;
  const departmentRepo = new DepartmentRepository(sp);
  // Every e-mail (decisions, reminders) goes out through Graph's sendMail as the signed-in user.
  // Only decisions and reminders (lazy chunks themselves) send, so the sender loads with them.
  const mail = lazyServices<MailSender>(() => import(/* webpackChunkName: 'mail' */ './mail/mailSender').then((m) => m.createGraphMailSender(options.graph)));

  // Departments change rarely within a page view: read once, share the promise.
  let departmentsPromise: Promise<Department[]> | undefined;
  const departments = (): Promise<Department[]> => (departmentsPromise ??= departmentRepo.all());

  // One membership map per page view (Entra ID groups expanded through Graph): the user's own
  // groups here and the verification of others' decisions in the approval services.
  // Read after the first paint (permissions and approvals are secondary reads): its own chunk.
  const membership = onFirstUse((): Promise<MembershipSnapshot> =>
    import(/* webpackChunkName: 'membership' */ './membership').then((m) => m.readMembership(sp, options.graph))
  );

  // The site's own workflow settings (Settings list), read once per page view: every view waits
  // for its stage configuration, so the read is in this bundle, not the approvals' chunk.
  const workflow = onFirstUse(() => loadWorkflow(new SettingsRepository(sp), config));

  const { services: site, facts } = createSiteServices(sp, {
    departments,
    departmentsChanged: () => {
      departmentsPromise = undefined;
    },
    membership
  });
  const { permissions } = site;
  const approvals = lazyApprovalServices(sp, { defaultConfig: config, links: options.approvalLinks, workflow, membership, graph: options.graph, mail });

  const services: AppServices = {
    ...site,
    siteConfiguration: async () => (await workflow()).config,
    ...createDashboardServices(sp, config, departments),
    stageConfiguration: config,
    withStageConfiguration: (other) =>
      JSON.stringify(other) === JSON.stringify(config) ? services : createAppServices(sp, { ...options, stageConfiguration: other }),
    documents: lazyDocumentServices(sp, config, (targets) => approvals.verification(targets)),
    storageScope: options.storageScope ?? 'default',
    overview: lazyOverviewServices(sp, config, approvals),
    exports: createExportServices(sp, config, {}, (targets) => approvals.verification(targets)),
    approvals,
    yearEnd: lazyYearEndServices(sp, config, { permissions, departments, mail }),
    strategyAdmin: lazyStrategyAdminServices(sp, config, { permissions }),
    authoring: lazyAgreementAuthoringServices(sp, config, { permissions, departments }),
    checkIns: lazyCheckInServices(sp, config, { permissions, departments, approvedSpans: (id) => approvals.approvedSpans(id), userId: facts.userId }),
    firstScreen: lazyFirstScreenServices(sp, config, {
      departments,
      ownDepartmentIds: facts.ownDepartmentIds,
      groups: facts.groups,
      taskCount: () => approvals.taskCount()
    }),
    // The reader (mammoth) and the save path load with the import's view: one chunk for both.
    wordImport: lazyServices<WordImportServices>(() =>
      import(/* webpackChunkName: 'word-import-view' */ './wordImport/wordImportServices').then((m) => m.createWordImportServices(sp, config))
    ),
    listDepartments: departments
  };
  return services;
}
