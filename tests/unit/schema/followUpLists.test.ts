// Issue 18: the CheckIns and Dialogues lists as the schema declares them.
import { describe, expect, it } from '@jest/globals';
import { CHECK_IN_STATUS_CHOICES, SCHEMA, listDef, type ListKey } from '../../../src/data/schema';

const indexed = (key: ListKey, name: string): boolean | undefined => listDef(SCHEMA, key).fields.find((f) => f.name === name)?.indexed;

describe('schema: follow-up lists', () => {
  it('indexes the check-ins on Goal, Department and Year (the first clause of every query)', () => {
    expect([indexed('CheckIns', 'Goal'), indexed('CheckIns', 'Department'), indexed('CheckIns', 'Year'), indexed('CheckIns', 'ClientId')]).toEqual([
      true,
      true,
      true,
      true
    ]);
    expect([indexed('Dialogues', 'Agreement'), indexed('Dialogues', 'Department'), indexed('Dialogues', 'Year')]).toEqual([true, true, true]);
  });

  it('stores the five statuses as stable literals', () => {
    const status = listDef(SCHEMA, 'CheckIns').fields.find((f) => f.name === 'Status');
    expect(status).toMatchObject({ type: 'Choice', required: true, choices: ['onTrack', 'challenged', 'behind', 'achieved', 'paused'] });
    expect(CHECK_IN_STATUS_CHOICES).toEqual({ onTrack: 'onTrack', challenged: 'challenged', behind: 'behind', achieved: 'achieved', paused: 'paused' });
  });

  it('gives check-ins the permissions of Goals and the department folders', () => {
    const goals = listDef(SCHEMA, 'Goals');
    expect(listDef(SCHEMA, 'CheckIns').permissions).toEqual(goals.permissions);
    expect(listDef(SCHEMA, 'CheckIns').folderPerDepartment).toBe(true);
  });

  it('lets only the board and the secretariat write contract dialogues: no department folders, leaders read', () => {
    expect(listDef(SCHEMA, 'Dialogues').permissions).toEqual({
      readers: 'read',
      editors: 'read',
      leaders: 'read',
      approvers: 'contribute',
      secretariat: 'contribute'
    });
    expect(listDef(SCHEMA, 'Dialogues').folderPerDepartment).toBeUndefined();
  });

  it('types the measured value as a number and its date as a date-only column', () => {
    const fields = listDef(SCHEMA, 'CheckIns').fields;
    expect(fields.find((f) => f.name === 'MeasuredValue')?.type).toBe('Number');
    expect(fields.find((f) => f.name === 'MeasuredAt')).toMatchObject({ type: 'DateTime', dateOnly: true });
  });
});
