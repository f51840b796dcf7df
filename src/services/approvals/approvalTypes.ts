// The approval use cases the views see: Mine opgaver, decisions, history and verification.
import type { ApprovedSpan } from '../../domain/checkInAuthority';
import type { StageConfigurationProblem } from '../../domain/stageMachine';
import type {
  ApprovalDecision,
  ApprovalTargetList,
  AuthorityStatus,
  FieldChange,
  FieldDamage,
  GroupKey,
  ISODate,
  ISODateTime,
  MailFailure,
  StageCode,
  StageConfiguration,
  StageTransition
} from '../../domain';

export interface ApprovalTarget {
  list: ApprovalTargetList;
  id: number;
}

export const targetKey = (t: ApprovalTarget): string => `${t.list}:${t.id}`;

/** Something waiting for a decision by one of the user's groups. An agreement task moves the
 * agreement with its goals in the same stage; a goal task (a goal returned and resubmitted alone)
 * moves that goal. */
export interface ApprovalTask {
  target: ApprovalTarget;
  title: string;
  departmentId: number;
  departmentTitle: string;
  year: number;
  agreementId: number;
  stage: StageCode;
  stageLabel: string;
  /** When it entered the stage (its last change). */
  waitingSince: ISODateTime;
  /** The ETag the decision is made on (If-Match). */
  etag: string;
  version: string;
  goals: Array<{ id: number; title: string; number?: number }>;
  transitions: StageTransition[];
  /** What could not be read of the item (domain/damage.ts); absent when intact. */
  damage?: FieldDamage[];
  /** A draft sent back: who, when, from which stage and why (the editors' queue). */
  returned?: ReturnNote;
  /** The comment given with the move into this stage (the decider's card). */
  moveNote?: MoveNote;
  /** The queue is the user's only as a substitute: the member(s) it is decided for. */
  onBehalfOf?: string;
}

/** The "Stedfortræder" panel (decision 0009). Dates are yyyy-mm-dd (Danish days). */
export interface SubstituteOverview {
  /** The deciding groups the user is a member of (what they may name a substitute for). */
  groups: GroupKey[];
  /** Who may be named: the people SharePoint lets write a decision, the user left out. */
  candidates: Array<{ id: number; name: string }>;
  /** The user's own substitutions that run now or lie ahead. */
  mine: Array<{ id: number; substitute: string; group: GroupKey; from: ISODate; to: ISODate }>;
  /** Whom the user stands in for today. */
  actingFor: Array<{ group: GroupKey; principal: string; from: ISODate; to: ISODate }>;
  today: ISODate;
  /** The site has no Substitutions list yet: the owner runs the set-up again (Opret lister). */
  listMissing?: boolean;
}

export interface SubstituteDraft {
  substituteId?: number;
  group?: GroupKey;
  from?: ISODate;
  to?: ISODate;
}

/** A return the editor cannot miss (issue #17.1): from the log entry's Author and Created. */
export interface ReturnNote {
  target: ApprovalTarget;
  title: string;
  by: string;
  at: ISODateTime;
  fromStage: StageCode;
  fromStageLabel: string;
  comment: string;
}

/** The facts behind the words of a stage (issue #17.5): "Venter på ledergruppen (sendt 6. dec.
 * af Rasmus Lund)", "Godkendt af direktionen 3. dec. 2019". Only for a verified stage. */
export interface StageFact {
  status: AuthorityStatus;
  /** queue: waiting for a decision; decided: a decision put it in an approved stage. */
  kind?: 'queue' | 'decided';
  /** For a queue, who decides next; for a decision, who decided (the stage's decidedBy or the groups). */
  deciders?: { text?: string; groups: GroupKey[] };
  decision?: ApprovalDecision;
  at?: ISODateTime;
  /** Who sent it into the queue, or who recorded the decision. */
  by?: string;
  /** For an agreement: when the log shows it approved, from the entries the status was judged
   * on (issue 18: the department view's latest check-ins are checked against them, no extra read). */
  approvedSpans?: ApprovedSpan[];
}

/** The comment given with the move into the current stage, by the version's Editor. */
export interface MoveNote {
  by: string;
  at: ISODateTime;
  comment: string;
}

export interface ItemDiff {
  target: ApprovalTarget;
  title: string;
  /** The version last decided on; absent when no decision was made yet (nothing to compare). */
  baseVersion?: string;
  currentVersion: string;
  changes: FieldChange[];
}

export interface DecisionRequest {
  target: ApprovalTarget;
  to: StageCode;
  comment?: string;
  meetingDate?: ISODate;
  minutesUrl?: string;
  /** The stage and ETag the user saw; without them the item is read now. */
  from?: StageCode;
  etag?: string;
}

export interface DecisionResult {
  /** Every item the decision moved (an agreement's goals included). */
  moved: ApprovalTarget[];
  /** Who was told by e-mail. */
  notified: string[];
  /** Who should have been told and was not, and why (the decision stands regardless). */
  mailFailures: MailFailure[];
}

export interface DecideManyOutcome {
  target: ApprovalTarget;
  ok: boolean;
  /** Danish, for the user. */
  message?: string;
  /** For a decision that was stored: the e-mails that were not sent. */
  mailFailures?: MailFailure[];
}

export type HistoryEventKind = 'decision' | 'stageChange';

/** One step of an item's history: an authoritative decision from the ApprovalLog, or a Stage
 * change from version history (an editor's submission), told apart by `kind`. */
export interface HistoryEvent {
  kind: HistoryEventKind;
  target: ApprovalTarget;
  at: ISODateTime;
  actor: string;
  fromStageLabel: string;
  toStageLabel: string;
  decision?: ApprovalDecision;
  comment?: string;
  meetingDate?: ISODate;
  minutesUrl?: string;
  version?: string;
  /** False when the log entry is not backed by membership of the allowed group. */
  valid: boolean;
  /** A substitute's decision: the member it was made for ("på vegne af", decision 0009). */
  onBehalfOf?: string;
  /** Inside an agreement's history: the goal the step was about. */
  subject?: string;
}

/** What is wrong with the site's own settings (the default is used meanwhile), as codes the UI
 * words in the user's language. */
export type WorkflowProblem = { code: 'configurationUnusable'; fallback: string; problems: StageConfigurationProblem[] } | { code: 'notificationsSetting' };

export interface SiteWorkflow {
  config: StageConfiguration;
  problems: WorkflowProblem[];
  notificationsEnabled: boolean;
  /** Danish: Entra ID groups in the deciding groups whose members could not be read. */
  membershipProblems?: string[];
}

export interface ApprovalServices {
  workflow(): Promise<SiteWorkflow>;
  myGroups(): Promise<GroupKey[]>;
  /** Oldest first. */
  myTasks(): Promise<ApprovalTask[]>;
  taskCount(): Promise<number>;
  diff(target: ApprovalTarget): Promise<ItemDiff[]>;
  /** The moves this user may make on the item now (for StageActions). */
  actionsFor(target: ApprovalTarget): Promise<{ stage: StageCode; etag: string; transitions: StageTransition[] }>;
  decide(request: DecisionRequest): Promise<DecisionResult>;
  decideMany(requests: DecisionRequest[]): Promise<DecideManyOutcome[]>;
  history(target: ApprovalTarget): Promise<HistoryEvent[]>;
  verification(targets: ApprovalTarget[]): Promise<Record<string, AuthorityStatus>>;
  /** When the approval log shows the agreement approved (issue 18: check-ins are checked
   * against it). */
  approvedSpans(agreementId: number): Promise<ApprovedSpan[]>;
  /** The same for many agreements (Overblik's check-ins), keyed by agreement id; one read of
   * the log per 40 agreements. */
  approvedSpansOf(agreementIds: readonly number[]): Promise<Record<number, ApprovedSpan[]>>;
  /** Who saved the item in between (issue #17.6): the Editor of its newest version not made by
   * this user (the data layer's merge may have saved this user's other changes on top). */
  savedBy(target: ApprovalTarget): Promise<string | undefined>;
  /** verification() with the facts its words need (who sent it, who decided, when). */
  stageFacts(targets: ApprovalTarget[]): Promise<Record<string, StageFact>>;
  /** The returned drafts among `targets` (keyed by targetKey), with who, when, from where and why. */
  returns(targets: ApprovalTarget[]): Promise<Record<string, ReturnNote>>;
  /** The user's substitutions, as member and as substitute (issue #17.3). */
  substitutes(): Promise<SubstituteOverview>;
  /** Names a substitute (refused with a validation DataError when substitutionProblems finds any). */
  nameSubstitute(draft: SubstituteDraft): Promise<void>;
  /** Ends one of the user's own running or coming substitutions. */
  endSubstitution(id: number): Promise<void>;
}

/** How e-mails link to an item: the page, or a Teams deep link when the app runs in Teams. */
export interface DeepLinkOptions {
  pageUrl: string;
  teams?: { appId: string; entityId: string };
}
