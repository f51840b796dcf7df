// The approval use cases the views see: Mine opgaver, decisions, history and verification.
import type { ApprovedSpan } from '../../domain/checkInAuthority';
import type {
  ApprovalDecision, ApprovalTargetList, AuthorityStatus, FieldChange, FieldDamage, GroupKey, ISODate, ISODateTime, MailFailure, StageCode, StageConfiguration, StageTransition
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
  /** Inside an agreement's history: the goal the step was about. */
  subject?: string;
}

export interface SiteWorkflow {
  config: StageConfiguration;
  /** Danish problems of the site's own configuration (the default is used meanwhile). */
  problems: string[];
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
}

/** How e-mails link to an item: the page, or a Teams deep link when the app runs in Teams. */
export interface DeepLinkOptions {
  pageUrl: string;
  teams?: { appId: string; entityId: string };
}
