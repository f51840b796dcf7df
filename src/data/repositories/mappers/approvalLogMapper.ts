// ApprovalLog list <-> ApprovalLogEntry. Append-only: the mapping writes new entries; the actor
// is the current user, set by the repository.
import type { ApprovalLogEntry, NewApprovalLogEntry } from '../../../domain';
import { codeOf, DECISION_CHOICES, TARGET_LIST_CHOICES } from '../../schema';
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

export const approvalLogMapping: ListMapping<ApprovalLogEntry, NewApprovalLogEntry & { actorId?: number; at?: string }> = {
  list: APPROVAL_LOG.list,
  select: APPROVAL_LOG.select,
  expand: APPROVAL_LOG.expand,
  lookupCount: APPROVAL_LOG.lookupCount,
  clientIdField: LOG.clientId,
  fromItem(raw: RawItem): ApprovalLogEntry {
    const targetList = codeOf(TARGET_LIST_CHOICES, requiredText(raw, LOG.targetList));
    const decision = codeOf(DECISION_CHOICES, requiredText(raw, LOG.decision));
    const actor = person(raw, LOG.actor);
    if (targetList === undefined || decision === undefined || actor === undefined) {
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
      clientId: text(raw, LOG.clientId)
    });
  },
  toFields(v): FieldValues {
    const out: FieldValues = {};
    if (v.targetList !== undefined && v.decision !== undefined) out[LOG.title] = `${DECISION_CHOICES[v.decision]}: ${v.targetList} ${String(v.targetId)}`;
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
