// What the views need from the data, as use cases. The web part and the dev host each build one
// implementation over their own @pnp/sp instance and hand it down through React context, so
// components never see PnPjs, URLs or OData.
import type {
  Agreement,
  CheckIn,
  Department,
  Dialogue,
  GroupKey,
  Goal,
  GoalTemplate,
  NewGoal,
  Requirement,
  StageConfiguration,
  Strategy,
  Track
} from '../domain';
import type { DocumentServices } from './documents/documentServices';
import type { YearEndServices } from './yearEnd/yearEndServices';
import type { OverviewServices } from './overview/overviewServices';
import type { ExportServices } from './export/exportServices';
import type { StrategyAdminServices } from './strategyAdmin/strategyAdminServices';
import type { ApprovalServices } from './approvals/approvalTypes';
import type { AgreementAuthoringServices } from './authoring/agreementAuthoringServices';
import type { CheckInServices } from './checkIns/checkInServices';
import type { FirstScreenServices } from './firstScreen/firstScreenServices';
import type { WordImportServices } from './wordImport/wordImportServices';

export interface DepartmentViewData {
  department: Department;
  year: number;
  agreement: Agreement | undefined;
  /** The agreement's goals plus shared goals (fællesmål) of other departments naming this one. */
  goals: Goal[];
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
  /** The year's check-ins on the own goals (issue 18); the goal's status is the latest one the
   * approval log backs (the agreement's StageFact.approvedSpans, read after the view). */
  checkIns: CheckIn[];
}

/** Everything the Dokument view prints: one agreement with its goals and the year's DUS. */
export interface AgreementDocumentData extends Omit<DepartmentViewData, 'checkIns'> {
  agreement: Agreement;
  /** All departments, to name the partners of shared goals. */
  departments: Department[];
  /** The board's contract dialogues on the agreement (issue 18). */
  dialogues: Dialogue[];
}

export interface CurrentUser {
  login: string;
  displayName: string;
  /** The department the user leads or edits, when the lists say so. */
  departmentId?: number;
}

/** What the current user may do, from SharePoint (effective permissions and group membership),
 * never guessed in the browser: the UI offers only what the server will accept. */
export interface UserPermissions {
  /** Direct members and members through an Entra ID group alike. */
  groups: GroupKey[];
  /** Danish: Entra ID groups whose members could not be read (their members lack the group's
   * actions and their decisions show as not verified until this is fixed). */
  membershipProblems?: string[];
  isSiteOwner: boolean;
  /** May add items to Goals and Agreements (editors of the site). */
  canCreateGoals: boolean;
  /** May edit goals of this department (site editors, or listed as the department's editor/leader). */
  canEditDepartment(departmentId: number): boolean;
}

/** A goal as loaded for editing: the item and the ETag the save must send (never '*'). */
export interface EditableGoal {
  goal: Goal;
  etag: string;
}

export interface GoalEditorData {
  agreement: Agreement;
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
  departments: Department[];
  /** Last year's goals of the department, for "Fortsætter fra sidste års aftale". */
  previousYearGoals: Goal[];
  /** Absent when creating a new goal. */
  existing: EditableGoal | undefined;
  /** The year's goal template: headings and order of the sections. */
  template: GoalTemplate;
}

/** Whether the site holds the product's lists, and whether this user may create them. */
export interface SiteSetup {
  /** Display titles of the lists the site lacks; empty when it is ready. */
  missingLists: string[];
  /** Site owners (manage lists and permissions) may run the provisioning from the page. */
  canProvision: boolean;
}

export interface ProvisioningProgress {
  /** e.g. "Goals/Stage" */
  target: string;
  action: 'created' | 'updated' | 'removed' | 'unchanged';
}

/** The site check with the site's own stage configuration (undefined: none could be read). */
export type SiteCheck = SiteSetup & { stageConfiguration: StageConfiguration | undefined };

export interface AppServices {
  siteSetup(): Promise<SiteSetup>;
  /** The site's own stage configuration (Settings list), or the property pane's when it has none
   * or a broken one: what every view needs before it renders. Read once per page view, apart
   * from the approval services' chunk and without waiting for group membership (issue 21). */
  siteConfiguration(): Promise<StageConfiguration>;
  /** Creates or completes the lists, groups and permissions (the provisioning, loaded on demand). */
  provisionLists(onProgress: (step: ProvisioningProgress) => void): Promise<void>;
  /** Makes the department's folders in Agreements and Goals follow the Departments list: Contribute
   * for its leader and editors, none for people removed (site owners only: it needs
   * ManagePermissions). Returns how many permissions changed. */
  syncDepartmentAccess(departmentId: number): Promise<number>;
  stageConfiguration: StageConfiguration;
  /** The same services over another stage configuration: the site's own, kept by the secretariat
   * in the Settings list, replaces the property pane's for the whole app. */
  withStageConfiguration(config: StageConfiguration): AppServices;
  /** Separates what the browser keeps (drafts of typing) per data site and user. */
  storageScope: string;
  currentUser(): Promise<CurrentUser>;
  permissions(): Promise<UserPermissions>;
  listDepartments(): Promise<Department[]>;
  /** Years that have a strategy (DUS) or an agreement, newest first. */
  listYears(): Promise<number[]>;
  loadDepartmentView(departmentId: number, year: number): Promise<DepartmentViewData>;
  /** The department view the host started reading at boot (firstReads.ts), when its answer is in and
   * not yet asked for: taking it counts as that read's first ask. The view's first render then shows
   * the data, not its loading state (issue 21). Only the hosts' first-reads services have it. */
  takeFirstDepartmentView?(departmentId: number, year: number): DepartmentViewData | undefined;
  /** The site check and the site's stage configuration the host started at boot, when both are in
   * and the check was not yet asked for (taking it counts as its first ask): the app's first render
   * then shows the view, not a hidden view that a second render shows (issue 21). The configuration
   * is undefined when it could not be read. Only the hosts' first-reads services have it. */
  takeFirstSiteCheck?(): SiteCheck | undefined;
  loadAgreementDocument(agreementId: number): Promise<AgreementDocumentData>;
  /** For a new goal pass the agreement id; for an existing goal its id. */
  loadGoalEditor(target: { agreementId: number } | { goalId: number }): Promise<GoalEditorData>;
  /**
   * Creates (no `existing`) or updates a goal. Updates send `existing.etag`; when someone else
   * saved in between, non-conflicting fields are merged and a DataError of kind 'conflict' with
   * the per-field values (mine, theirs) is thrown for the rest. Creates are idempotent (ClientId).
   */
  saveGoal(goal: NewGoal, existing: EditableGoal | undefined): Promise<EditableGoal>;
  /** The agreement documents as .docx (one agreement, or a year's for the council). */
  documents: DocumentServices;
  /** "Opret årets aftale": the department's agreement for the year, in the first stage. Idempotent:
   * an agreement that exists already is returned instead of a second one. */
  createAgreement(departmentId: number, year: number): Promise<Agreement>;
  /** Follow-up, carry-over, lineage, outcome summaries and reminders (src/services/yearEnd). */
  yearEnd: YearEndServices;
  /** Overblik: all departments of a year at once. */
  overview: OverviewServices;
  /** Excel export of a year's goals. */
  exports: ExportServices;
  /** The DUS administration: read by everyone, written by the secretariat (src/services/strategyAdmin). */
  strategyAdmin: StrategyAdminServices;
  /** Approval stages, Mine opgaver, decisions, history and verification (src/services/approvals). */
  approvals: ApprovalServices;
  /** Writing the agreement's own sections (src/services/authoring, loaded with the editor). */
  authoring: AgreementAuthoringServices;
  /** Check-ins per goal during the year (src/services/checkIns, issue 18). */
  checkIns: CheckInServices;
  /** Where a user lands when the page is opened without a route (src/services/firstScreen). */
  firstScreen: FirstScreenServices;
  /** "Importér fra Word" (src/services/wordImport, issue 19, loaded on demand with mammoth). */
  wordImport: WordImportServices;
}
