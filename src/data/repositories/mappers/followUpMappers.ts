// CheckIns and Dialogues lists <-> CheckIn and Dialogue (issue 18).
import type { CheckIn, Dialogue, NewCheckIn, NewDialogue } from '../../../domain';
import { CHECK_IN_STATUS_CHOICES, codeOf, storedLabel } from '../../schema';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import { dropUndefined } from './goalMapper';
import { field, lines, linesValue, lookupId, num, orNull, person, requiredNum, requiredText, shapeOf, text } from './values';

export const CHECK_INS = shapeOf('CheckIns');
export const CHECK_IN = {
  goal: field(CHECK_INS, 'Goal'),
  department: field(CHECK_INS, 'Department'),
  year: field(CHECK_INS, 'Year'),
  departmentYear: field(CHECK_INS, 'DepartmentYear'),
  status: field(CHECK_INS, 'Status'),
  note: field(CHECK_INS, 'Note'),
  measuredValue: field(CHECK_INS, 'MeasuredValue'),
  measuredAt: field(CHECK_INS, 'MeasuredAt'),
  clientId: field(CHECK_INS, 'ClientId')
} as const;

export const DIALOGUES = shapeOf('Dialogues');
export const DIALOGUE = {
  agreement: field(DIALOGUES, 'Agreement'),
  department: field(DIALOGUES, 'Department'),
  year: field(DIALOGUES, 'Year'),
  date: field(DIALOGUES, 'DialogueDate'),
  participants: field(DIALOGUES, 'Participants'),
  notes: field(DIALOGUES, 'Notes'),
  agreed: field(DIALOGUES, 'Agreed'),
  followUps: field(DIALOGUES, 'FollowUps'),
  clientId: field(DIALOGUES, 'ClientId')
} as const;

/**
 * yyyy-mm-dd of a date-only column. SharePoint keeps DateTime values in UTC and REST returns them
 * in UTC ("date and time values ... in UTC format", SPFieldDateTime.GetFieldValueAsText,
 * https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms465032(v=office.15)):
 * a date-only value comes back as the instant of midnight in the site's time zone (31 March on a
 * Danish site reads "2023-03-30T22:00:00Z"). Written as noon UTC (below), the day meant is the one
 * that instant falls in when moved 12 hours on, less a millisecond: right for every site time zone
 * from UTC-12 to UTC+11 and for a value kept as written (the emulator).
 */
export function dateOnly(raw: RawItem, name: string): string | undefined {
  const v = text(raw, name);
  if (v === undefined) return undefined;
  if (!v.includes('T')) return v.slice(0, 10);
  const instant = Date.parse(v);
  return Number.isNaN(instant) ? v.slice(0, 10) : new Date(instant + 12 * 3600000 - 1).toISOString().slice(0, 10);
}

/** The CheckIns list's DepartmentYear: the department's id and the year, "3:2023". */
export function departmentYearKey(departmentId: number, year: number): string {
  return `${departmentId}:${year}`;
}

/** A date-only value written as noon UTC: the same calendar day in every site time zone. */
export function dateOnlyValue(date: string | undefined): string | null {
  return date === undefined ? null : `${date}T12:00:00Z`;
}

// The author is read by id (no join): the timeline names the person from the site's users only
// when it shows them, and "deleted by its author within a day" compares ids.
const CHECK_IN_SELECT = [...CHECK_INS.select, 'AuthorId'];

export const checkInMapping: ListMapping<CheckIn, NewCheckIn> = {
  list: CHECK_INS.list,
  select: CHECK_IN_SELECT,
  expand: CHECK_INS.expand,
  lookupCount: CHECK_INS.lookupCount,
  clientIdField: CHECK_IN.clientId,
  fromItem(raw: RawItem): CheckIn {
    const authorId = num(raw, 'AuthorId');
    return dropUndefined<CheckIn>({
      id: requiredNum(raw, 'Id'),
      goalId: lookupId(raw, CHECK_IN.goal) ?? 0,
      departmentId: lookupId(raw, CHECK_IN.department) ?? 0,
      year: requiredNum(raw, CHECK_IN.year),
      // REST writes are not checked against a choice column's values (a value outside them is
      // stored, https://github.com/Aymkdn/SharepointPlus/issues/65), so an unknown label reads as
      // "udfordret": never a silent "på rette vej".
      status: codeOf(CHECK_IN_STATUS_CHOICES, requiredText(raw, CHECK_IN.status)) ?? 'challenged',
      note: text(raw, CHECK_IN.note),
      measuredValue: num(raw, CHECK_IN.measuredValue),
      measuredAt: dateOnly(raw, CHECK_IN.measuredAt),
      createdAt: requiredText(raw, 'Created'),
      author: authorId === undefined ? undefined : person(raw, 'Author'),
      clientId: text(raw, CHECK_IN.clientId)
    });
  },
  toFields(v): FieldValues {
    const out: FieldValues = {};
    if ('status' in v && v.status !== undefined) out.Title = storedLabel(CHECK_IN_STATUS_CHOICES, v.status);
    if ('goalId' in v) out[`${CHECK_IN.goal}Id`] = orNull(v.goalId);
    if ('departmentId' in v) out[`${CHECK_IN.department}Id`] = orNull(v.departmentId);
    if ('year' in v) out[CHECK_IN.year] = orNull(v.year);
    if (v.departmentId !== undefined && v.year !== undefined) out[CHECK_IN.departmentYear] = departmentYearKey(v.departmentId, v.year);
    if ('status' in v) out[CHECK_IN.status] = v.status === undefined ? null : CHECK_IN_STATUS_CHOICES[v.status];
    if ('note' in v) out[CHECK_IN.note] = orNull(v.note);
    if ('measuredValue' in v) out[CHECK_IN.measuredValue] = orNull(v.measuredValue);
    if ('measuredAt' in v) out[CHECK_IN.measuredAt] = dateOnlyValue(v.measuredAt);
    if ('clientId' in v && v.clientId !== undefined) out[CHECK_IN.clientId] = v.clientId;
    return out;
  }
};

export const dialogueMapping: ListMapping<Dialogue, NewDialogue> = {
  list: DIALOGUES.list,
  select: DIALOGUES.select,
  expand: DIALOGUES.expand,
  lookupCount: DIALOGUES.lookupCount,
  clientIdField: DIALOGUE.clientId,
  fromItem(raw: RawItem): Dialogue {
    return dropUndefined<Dialogue>({
      id: requiredNum(raw, 'Id'),
      agreementId: lookupId(raw, DIALOGUE.agreement) ?? 0,
      departmentId: lookupId(raw, DIALOGUE.department) ?? 0,
      year: requiredNum(raw, DIALOGUE.year),
      title: requiredText(raw, 'Title'),
      date: dateOnly(raw, DIALOGUE.date) ?? '',
      participants: lines(raw, DIALOGUE.participants),
      notes: text(raw, DIALOGUE.notes),
      agreed: text(raw, DIALOGUE.agreed),
      followUps: lines(raw, DIALOGUE.followUps),
      clientId: text(raw, DIALOGUE.clientId)
    });
  },
  toFields(v): FieldValues {
    const out: FieldValues = {};
    if ('title' in v) out.Title = orNull(v.title);
    if ('agreementId' in v) out[`${DIALOGUE.agreement}Id`] = orNull(v.agreementId);
    if ('departmentId' in v) out[`${DIALOGUE.department}Id`] = orNull(v.departmentId);
    if ('year' in v) out[DIALOGUE.year] = orNull(v.year);
    if ('date' in v) out[DIALOGUE.date] = dateOnlyValue(v.date);
    if ('participants' in v) out[DIALOGUE.participants] = linesValue(v.participants ?? []);
    if ('notes' in v) out[DIALOGUE.notes] = orNull(v.notes);
    if ('agreed' in v) out[DIALOGUE.agreed] = orNull(v.agreed);
    if ('followUps' in v) out[DIALOGUE.followUps] = linesValue(v.followUps ?? []);
    if ('clientId' in v && v.clientId !== undefined) out[DIALOGUE.clientId] = v.clientId;
    return out;
  }
};
