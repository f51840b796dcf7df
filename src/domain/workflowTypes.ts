// Workflow types: the approval log entry and the stage configuration (stages are data, one
// configuration per municipality). Re-exported by types.ts.
import type { ISODate, ISODateTime, PersonRef, StageCode } from './types';

// ---------------------------------------------------------------- Approval log

export type ApprovalTargetList = 'Agreements' | 'Goals';

/** submitted: sent on by the editors; approved; consulted: a hearing recorded as "behandlet";
 * returned: sent back with a comment; followUpStarted: the year-end follow-up is opened;
 * completed: follow-up closed. */
export type ApprovalDecision = 'submitted' | 'approved' | 'consulted' | 'returned' | 'followUpStarted' | 'completed';

export interface NewApprovalLogEntry {
  targetList: ApprovalTargetList;
  targetId: number;
  fromStage: StageCode;
  toStage: StageCode;
  decision: ApprovalDecision;
  comment?: string;
  /** The item version label (e.g. "4.0") the decision was made on; an edit after it makes the
   * approval stale. */
  approvedVersion?: string;
  /** For a consultation: the meeting date and a link to the minutes. */
  meetingDate?: ISODate;
  minutesUrl?: string;
  clientId?: string;
}
export interface ApprovalLogEntry extends NewApprovalLogEntry {
  id: number;
  /** Written by the client (the Actor column): a claim, never trusted. An entry whose actor is
   * not its author is a forgery and counts for nothing. */
  actor: PersonRef;
  /** Written by the client (the At column): shown, never trusted for order or authority. */
  at: ISODateTime;
  /** Created By: set by SharePoint from the signed-in caller; the client cannot choose it. */
  author: PersonRef;
  /** Created: set by SharePoint when the entry was added. */
  created: ISODateTime;
  /** True when the entry was changed after it was added (another Modified By, or Modified after
   * Created): the log is add-only, so only a site collection administrator could have, and an
   * amended decision is not a decision. */
  amended?: boolean;
}

// ---------------------------------------------------------------- Stage configuration

/** The SharePoint groups the schema provisions; transitions name which may make them. `leaders`
 * is the leader group (Ledergruppe): department leaders, who decide the first review together. */
export type GroupKey = 'readers' | 'editors' | 'leaders' | 'approvers' | 'secretariat';

/** draft: editable work in progress; review: waits for an approval; consultation: a hearing
 * (recorded, not approved); approved; followUp: year-end outcomes; closed. */
export type StageKind = 'draft' | 'review' | 'consultation' | 'approved' | 'followUp' | 'closed';

export interface StageDefinition {
  code: StageCode;
  /** Danish label shown in the UI and stored in the Stage choice column. */
  label: string;
  kind: StageKind;
  /** True when the content of goals and agreement may not be edited in this stage. The year-end
   * outcome fields follow outcomeRules instead: they are edited in a followUp stage. */
  locksEditing: boolean;
  /** Who decides in this stage, as a sentence names them ("ledergruppen", "direktionen"): "Venter
   * på ledergruppen", "Godkendt af direktionen". Without it the deciding groups' names are used. */
  decidedBy?: string;
}

export interface StageTransition {
  from: StageCode;
  to: StageCode;
  /** Danish label of the action button, e.g. "Send til ledergruppen". */
  label: string;
  decision: ApprovalDecision;
  /** Groups whose members may make the transition. */
  allowedGroups: GroupKey[];
  requiresComment: boolean;
  /** A consultation records its meeting date and minutes link. */
  requiresMeeting: boolean;
  /** Checks before an agreement is sent on (domain/sendChecks.ts): 'warn' lists the problems and
   * lets the move go; 'block' refuses it until they are fixed. Absent: no checks. */
  checks?: 'block' | 'warn';
}

export interface StageConfiguration {
  /** Stable key, e.g. 'skanderborg'. */
  key: string;
  title: string;
  initialStage: StageCode;
  stages: StageDefinition[];
  transitions: StageTransition[];
}
