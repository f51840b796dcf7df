import { describe, expect, it } from '@jest/globals';
import { DEFAULT_STAGE_CONFIGURATIONS, isDamaged, MISSING_ID, type NewGoal } from '../../../src/domain';
import { requirementMapping, strategyMapping, trackMapping } from '../../../src/data/repositories/mappers/strategyMappers';
import { goalMapping, GOALS } from '../../../src/data/repositories/mappers/goalMapper';
import { agreementMapping } from '../../../src/data/repositories/mappers/agreementMapper';
import { departmentMapping } from '../../../src/data/repositories/mappers/departmentMapper';
import { approvalLogMapping } from '../../../src/data/repositories/mappers/approvalLogMapper';
import { LOOKUP_THRESHOLD } from '../../../src/data/schema';

const config = DEFAULT_STAGE_CONFIGURATIONS[0];

/** What SharePoint hands back for written fields: lookups as <Name>Id, plus Id and metadata. */
function echo(fields: Record<string, unknown>, id: number): Record<string, unknown> {
  return { ...fields, Id: id, 'odata.etag': '"1"' };
}

describe('goal mapping', () => {
  const goal: NewGoal = {
    agreementId: 3,
    departmentId: 7,
    year: 2023,
    number: 2,
    title: "Børn og unge's trivsel",
    purpose: 'Formål',
    activities: 'Aktiviteter',
    sharedWithDepartmentIds: [8, 9],
    horizon: 'multiYear',
    trackIds: [1, 2],
    policies: ['Den økonomiske politik', 'Digitaliseringsstrategien'],
    requirementIds: [5],
    target: { value: 2.8, unit: 'pct.', direction: 'atMost', baseline: 2.8, baselineYear: 2021 },
    continuesFromId: 11,
    stage: 'leaderGroup',
    outcome: 'partlyAchieved',
    outcomeNote: 'Delvist',
    evidence: [{ text: 'Rapport', delivered: true }],
    climate: { sdgs: [7, 13], co2Effect: 'Lav', resourceEffect: 3, responsible: 'Teknik' },
    clientId: '0f8fad5b-d9cb-469f-a165-70867728950e'
  };

  it('round-trips every domain field through the list columns', () => {
    const mapping = goalMapping(config);
    const fields = mapping.toFields(goal);
    expect(fields.Stage).toBe('Ledergruppe');
    expect(fields.SharedWithId).toEqual([8, 9]);
    expect(fields.Policies).toBe('Den økonomiske politik\nDigitaliseringsstrategien');
    expect(mapping.fromItem(echo(fields, 42))).toEqual({ ...goal, id: 42 });
  });

  it('writes only the fields of a patch, and clears what is cleared', () => {
    const fields = goalMapping(config).toFields({ purpose: undefined, title: 'Ny' });
    expect(fields).toEqual({ Purpose: null, Title: 'Ny' });
  });

  it('keeps a stage label the configuration does not know, rather than guessing', () => {
    const raw = echo(goalMapping(config).toFields(goal), 1);
    raw.Stage = 'Ukendt fase';
    expect(goalMapping(config).fromItem(raw).stage).toBe('Ukendt fase');
  });

  it('reads a goal with broken Evidence JSON, marked damaged (a code, not text), the rest intact', () => {
    const raw = echo(goalMapping(config).toFields(goal), 1);
    raw.Evidence = '{not json';
    const read = goalMapping(config).fromItem(raw);
    expect(read.damage).toEqual([{ field: 'evidence', code: 'unreadable' }]);
    expect(read.evidence).toEqual([]);
    expect(read.title).toBe(goal.title);
    expect(read.purpose).toBe('Formål');
    expect(isDamaged(read)).toBe(true);
  });

  it.each([
    ['an object', '{"text":"Rapport"}'],
    ['an array of the wrong things', '[1, "Rapport", null]'],
    ['JSON null', 'null']
  ])('marks Evidence holding %s as unreadable', (_what, stored) => {
    const raw = echo(goalMapping(config).toFields(goal), 1);
    raw.Evidence = stored;
    expect(goalMapping(config).fromItem(raw).damage).toEqual([{ field: 'evidence', code: 'unreadable' }]);
  });

  it('reads a goal whose required lookups are empty (its agreement deleted), marked missing', () => {
    const raw = echo(goalMapping(config).toFields(goal), 1);
    raw.AgreementId = null;
    delete raw.DepartmentId;
    const read = goalMapping(config).fromItem(raw);
    expect(read.damage).toEqual([
      { field: 'agreementId', code: 'missing' },
      { field: 'departmentId', code: 'missing' }
    ]);
    expect(read.agreementId).toBe(MISSING_ID);
    expect(read.year).toBe(2023);
  });

  it('gives an undamaged goal no damage key at all', () => {
    expect('damage' in goalMapping(config).fromItem(echo(goalMapping(config).toFields(goal), 1))).toBe(false);
  });

  it('selects from the schema within the lookup budget', () => {
    expect(GOALS.select).toContain('TracksId');
    expect(GOALS.lookupCount).toBeLessThanOrEqual(LOOKUP_THRESHOLD);
  });
});

describe('other mappings', () => {
  it('round-trips an agreement with milestones', () => {
    const mapping = agreementMapping(config);
    const agreement = {
      departmentId: 7,
      year: 2023,
      title: 'Udviklingsaftale 2023',
      policies: [],
      milestones: [{ title: 'LMU', date: '2023-01-10' }],
      stage: 'draft'
    };
    expect(mapping.fromItem(echo(mapping.toFields(agreement), 5))).toEqual({ ...agreement, id: 5 });
  });

  it('reads an agreement with unreadable Milestones, marked damaged, and a strategy with unreadable Deadlines', () => {
    const mapping = agreementMapping(config);
    const raw = echo(mapping.toFields({ departmentId: 7, year: 2023, title: 'Aftale', policies: [], milestones: [], stage: 'draft' }), 5);
    raw.Milestones = '[{"date":"2023-01-10"}]';
    const agreement = mapping.fromItem(raw);
    expect(agreement.damage).toEqual([{ field: 'milestones', code: 'unreadable' }]);
    expect(agreement.title).toBe('Aftale');
    const strategyRaw = echo(strategyMapping.toFields({ year: 2023, title: 'DUS 2023', deadlines: [], minimumGoalContent: [] }), 2);
    strategyRaw.Deadlines = '[{"title": "Afleveres til direktionen", ';
    const strategy = strategyMapping.fromItem(strategyRaw);
    expect(strategy.damage).toEqual([{ field: 'deadlines', code: 'unreadable' }]);
    expect(strategy.deadlines).toEqual([]);
    expect(strategy.title).toBe('DUS 2023');
  });

  it('reads people expanded and writes them by id', () => {
    const fields = departmentMapping.toFields({
      title: 'Staben',
      kind: 'staff',
      editors: [{ email: 'a@k.dk', id: 4 }],
      active: true,
      leader: { email: 'b@k.dk', id: 5 }
    });
    expect(fields).toMatchObject({ LeaderId: 5, EditorsId: [4] });
    const dept = departmentMapping.fromItem({
      Id: 1,
      'odata.etag': '"1"',
      Title: 'Staben',
      Kind: fields.Kind,
      Active: true,
      Leader: { Id: 5, Title: 'Leder', EMail: 'b@k.dk' },
      Editors: [{ Id: 4, Title: 'Red', EMail: 'a@k.dk' }]
    });
    expect(dept.leader).toEqual({ id: 5, email: 'b@k.dk', title: 'Leder' });
    expect(dept.editors).toEqual([{ id: 4, email: 'a@k.dk', title: 'Red' }]);
    expect(() => departmentMapping.toFields({ leader: { email: 'x@k.dk' } })).toThrow(expect.objectContaining({ kind: 'validation' }));
  });

  it('reads a department, a track and a requirement with an unknown choice or an empty required value, marked damaged (issue #15.6)', () => {
    const dept = departmentMapping.fromItem({ Id: 3, 'odata.etag': '"1"', Title: 'Kultur', Kind: 'Forvaltning', Active: true });
    expect([dept.title, dept.kind, dept.damage]).toEqual(['Kultur', 'department', [{ field: 'kind', code: 'unreadable' }]]);
    expect(departmentMapping.fromItem({ Id: 4, 'odata.etag': '"1"', Title: 'Tom', Kind: null }).damage).toEqual([{ field: 'kind', code: 'missing' }]);
    const track = trackMapping.fromItem({ Id: 5, 'odata.etag': '"1"', Title: 'Spor', Kind: 'Spoor', StrategyId: null, Number: 2 });
    expect([track.kind, track.strategyId, track.number, track.damage]).toEqual([
      'track',
      MISSING_ID,
      2,
      [
        { field: 'strategyId', code: 'missing' },
        { field: 'kind', code: 'unreadable' }
      ]
    ]);
    const requirement = requirementMapping.fromItem({ Id: 6, 'odata.etag': '"1"', Title: 'Krav', StrategyId: 1, Number: null, AppliesTo: 'alle' });
    expect([requirement.appliesTo, requirement.number, requirement.damage]).toEqual([
      'agreement',
      MISSING_ID,
      [
        { field: 'number', code: 'missing' },
        { field: 'appliesTo', code: 'unreadable' }
      ]
    ]);
    // Whole items carry no damage key.
    expect('damage' in trackMapping.fromItem({ Id: 7, 'odata.etag': '"1"', Title: 'Spor', Kind: 'Track', StrategyId: 1 })).toBe(false);
  });

  it('refuses an approval log entry without its actor', () => {
    const fields = approvalLogMapping.toFields({
      targetList: 'Goals',
      targetId: 3,
      fromStage: 'draft',
      toStage: 'leaderGroup',
      decision: 'submitted',
      at: '2023-01-01T10:00:00Z'
    });
    expect(() => approvalLogMapping.fromItem(echo(fields, 1))).toThrow(expect.objectContaining({ kind: 'validation' }));
    const stored = { ...echo(fields, 1), ActorId: 4, Actor: { Id: 4, Title: 'Chef', EMail: 'c@k.dk' } };
    // Without what SharePoint sets (Author, Created) an entry is incomplete too.
    expect(() => approvalLogMapping.fromItem(stored)).toThrow(expect.objectContaining({ kind: 'validation' }));
    const server = { Author: { Id: 4, Title: 'Chef', EMail: 'c@k.dk' }, Editor: { Id: 4 }, Created: '2023-01-01T10:00:01Z', Modified: '2023-01-01T10:00:01Z' };
    const entry = approvalLogMapping.fromItem({ ...stored, ...server });
    expect([entry.actor.email, entry.author.id, entry.created, entry.amended]).toEqual(['c@k.dk', 4, '2023-01-01T10:00:01Z', undefined]);
    // Changed after it was added: by someone else, or later than it was created.
    expect(approvalLogMapping.fromItem({ ...stored, ...server, Editor: { Id: 1 } }).amended).toBe(true);
    expect(approvalLogMapping.fromItem({ ...stored, ...server, Modified: '2023-02-01T10:00:00Z' }).amended).toBe(true);
  });
});
