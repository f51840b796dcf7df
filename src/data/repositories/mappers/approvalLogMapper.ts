// ApprovalLog list <-> ApprovalLogEntry. Append-only: the mapping writes new entries; the actor
// is the current user, set by the repository. Reads also take what SharePoint itself sets on every
// item (Author = Created By, Created, Editor, Modified: "Created By / Modified By are set by the
// server from the current user", see the SP.ListItem fields Author/Editor on Microsoft Learn,
// https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest):
// authority rests on those, never on the client-written Actor and At.
import type { ApprovalLogEntry, NewApprovalLogEntry } from '../../../domain';
import { codeOf, DECISION_CHOICES, storedLabel, TARGET_LIST_CHOICES } from '../../schema';
import { DataError } from '../../errors/DataError';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import { dropUndefined } from './goalMapper';
import { field, isoDate, orNull, person, requiredNum, requiredText, shapeOf, text } from './values';
import { fromUrlValue, toUrlValue } from './urlValue';

export const APPROVAL_LOG = shapeOf('ApprovalLog');
export const LOG = {
  title: field(APPROVAL_LOG, 'Title'),
  targetList: field(APPROVAL_LOG, 'TargetList'),
  targetId: field(APPROVAL_LOG, 'TargetId'),
  fromStage: field(APPROVAL_LOG, 'FromStage'),
  toStage: field(APPROVAL_LOG, 'ToStage'),
  decision: field(APPROVAL_LOG, 'Decision'),
  comment: field(APPROVAL_LOG, 'Comment'),
  approvedVersion: field(APPROVAL_LOG, 'ApprovedVersion'),
  meetingDate: field(APPROVAL_LOG, 'MeetingDate'),
  minutesUrl: field(APPROVAL_LOG, 'MinutesUrl'),
  actor: field(APPROVAL_LOG, 'Actor'),
  at: field(APPROVAL_LOG, 'At'),
  clientId: field(APPROVAL_LOG, 'ClientId')
} as const;

/** Author and Editor with the user's id, name, e-mail and login (two joins). */
const SERVER_SET = ['Author/Id', 'Author/Title', 'Author/EMail', 'Author/Name', 'Editor/Id'];

function authorOf(raw: RawItem): ApprovalLogEntry['author'] | undefined {
  const a = raw.Author as { Id?: number; Title?: string; EMail?: string } | null | undefined;
  const id = a?.Id ?? (typeof raw.AuthorId === 'number' ? raw.AuthorId : undefined);
  return id === undefined ? undefined : { id, title: a?.Title, email: a?.EMail ?? '' };
}

/** Changed after it was added: a different Modified By, or a Modified later than Created. */
function amended(raw: RawItem, authorId: number): boolean {
  const editor = (raw.Editor as { Id?: number } | null | undefined)?.Id ?? (typeof raw.EditorId === 'number' ? raw.EditorId : undefined);
  const created = typeof raw.Created === 'string' ? Date.parse(raw.Created) : NaN;
  const modified = typeof raw.Modified === 'string' ? Date.parse(raw.Modified) : NaN;
  return (editor !== undefined && editor !== authorId) || (Number.isFinite(created) && Number.isFinite(modified) && modified > created);
}

export const approvalLogMapping: ListMapping<ApprovalLogEntry, NewApprovalLogEntry & { actorId?: number; at?: string }> = {
  list: APPROVAL_LOG.list,
  select: [...APPROVAL_LOG.select, ...SERVER_SET],
  expand: [...APPROVAL_LOG.expand, 'Author', 'Editor'],
  lookupCount: APPROVAL_LOG.lookupCount + 2,
  clientIdField: LOG.clientId,
  fromItem(raw: RawItem): ApprovalLogEntry {
    const targetList = codeOf(TARGET_LIST_CHOICES, requiredText(raw, LOG.targetList));
    const decision = codeOf(DECISION_CHOICES, requiredText(raw, LOG.decision));
    const actor = person(raw, LOG.actor);
    const author = authorOf(raw);
    const created = typeof raw.Created === 'string' ? raw.Created : undefined;
    if (targetList === undefined || decision === undefined || actor === undefined || author === undefined || created === undefined) {
      throw new DataError('validation', { detail: `Approval log entry ${String(raw.Id)} is incomplete` });
    }
    return dropUndefined<ApprovalLogEntry>({
      id: requiredNum(raw, 'Id'),
      targetList,
      targetId: requiredNum(raw, LOG.targetId),
      fromStage: requiredText(raw, LOG.fromStage),
      toStage: requiredText(raw, LOG.toStage),
      decision,
      comment: text(raw, LOG.comment),
      approvedVersion: text(raw, LOG.approvedVersion),
      meetingDate: isoDate(raw, LOG.meetingDate),
      minutesUrl: fromUrlValue(raw[LOG.minutesUrl]),
      actor,
      at: requiredText(raw, LOG.at),
      author,
      created,
      amended: amended(raw, author.id as number) || undefined,
      clientId: text(raw, LOG.clientId)
    });
  },
  toFields(v): FieldValues {
    const out: FieldValues = {};
    if (v.targetList !== undefined && v.decision !== undefined)
      out[LOG.title] = `${storedLabel(DECISION_CHOICES, v.decision)}: ${v.targetList} ${String(v.targetId)}`;
    if ('targetList' in v && v.targetList !== undefined) out[LOG.targetList] = TARGET_LIST_CHOICES[v.targetList];
    if ('targetId' in v) out[LOG.targetId] = orNull(v.targetId);
    if ('fromStage' in v) out[LOG.fromStage] = orNull(v.fromStage);
    if ('toStage' in v) out[LOG.toStage] = orNull(v.toStage);
    if ('decision' in v && v.decision !== undefined) out[LOG.decision] = DECISION_CHOICES[v.decision];
    if ('comment' in v) out[LOG.comment] = orNull(v.comment);
    if ('approvedVersion' in v) out[LOG.approvedVersion] = orNull(v.approvedVersion);
    if ('meetingDate' in v) out[LOG.meetingDate] = orNull(v.meetingDate);
    if ('minutesUrl' in v) out[LOG.minutesUrl] = toUrlValue(v.minutesUrl);
    if ('actorId' in v) out[`${LOG.actor}Id`] = orNull(v.actorId);
    if ('at' in v) out[LOG.at] = orNull(v.at);
    if ('clientId' in v && v.clientId !== undefined) out[LOG.clientId] = v.clientId;
    return out;
  }
};
