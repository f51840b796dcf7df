// The record of sent reminders. Reads start on the indexed Day column: one day holds at most one
// item per leader, far below the list view threshold.
import type { SPFI } from '@pnp/sp';
import type { ISODate, ReminderRecord } from '../../domain';
import { eq } from '../odata';
import { ListStore, type Versioned } from './listStore';
import { REMINDER, reminderMapping, type ReminderWrite } from './mappers/reminderMapper';

export class ReminderRepository {
  public readonly store: ListStore<ReminderRecord, ReminderWrite>;

  public constructor(sp: SPFI) {
    this.store = new ListStore(sp, reminderMapping);
  }

  /** Reminders sent on `day`, oldest first (by item id: SharePoint hands ids out in order). */
  public async onDay(day: ISODate): Promise<Array<Versioned<ReminderRecord>>> {
    const found = await this.store.query({ filter: eq(REMINDER.day, day), indexedField: REMINDER.day });
    return found.sort((a, b) => a.id - b.id);
  }

  public create(record: ReminderWrite): Promise<Versioned<ReminderRecord>> {
    return this.store.create(record);
  }

  public remove(record: Versioned<ReminderRecord>): Promise<void> {
    return this.store.remove(record);
  }
}
