// Reminders list <-> ReminderRecord.
import type { NewReminderRecord, ReminderRecord } from '../../../domain';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import { dropUndefined } from './goalMapper';
import { field, lookupIds, orNull, requiredNum, requiredText, shapeOf, text } from './values';

export const REMINDERS = shapeOf('Reminders');
export const REMINDER = {
  title: field(REMINDERS, 'Title'),
  year: field(REMINDERS, 'Year'),
  recipient: field(REMINDERS, 'Recipient'),
  departments: field(REMINDERS, 'Departments'),
  day: field(REMINDERS, 'Day'),
  sentAt: field(REMINDERS, 'SentAt'),
  clientId: field(REMINDERS, 'ClientId')
} as const;

export type ReminderWrite = NewReminderRecord & { sentAt?: string };

export const reminderMapping: ListMapping<ReminderRecord, ReminderWrite> = {
  list: REMINDERS.list,
  select: REMINDERS.select,
  expand: REMINDERS.expand,
  lookupCount: REMINDERS.lookupCount,
  clientIdField: REMINDER.clientId,
  fromItem(raw: RawItem): ReminderRecord {
    return dropUndefined<ReminderRecord>({
      id: requiredNum(raw, 'Id'),
      subject: requiredText(raw, REMINDER.title),
      year: requiredNum(raw, REMINDER.year),
      // Stored lower-cased by the sender; compared lower-cased on read too (typed by hand in the list).
      recipient: requiredText(raw, REMINDER.recipient).toLowerCase(),
      departmentIds: lookupIds(raw, REMINDER.departments),
      day: requiredText(raw, REMINDER.day),
      sentAt: requiredText(raw, REMINDER.sentAt),
      clientId: text(raw, REMINDER.clientId)
    });
  },
  toFields(v): FieldValues {
    const out: FieldValues = {};
    if ('subject' in v) out[REMINDER.title] = orNull(v.subject);
    if ('year' in v) out[REMINDER.year] = orNull(v.year);
    if ('recipient' in v) out[REMINDER.recipient] = orNull(v.recipient);
    if ('departmentIds' in v) out[`${REMINDER.departments}Id`] = v.departmentIds ?? [];
    if ('day' in v) out[REMINDER.day] = orNull(v.day);
    if ('sentAt' in v) out[REMINDER.sentAt] = orNull(v.sentAt);
    if ('clientId' in v && v.clientId !== undefined) out[REMINDER.clientId] = v.clientId;
    return out;
  }
};
