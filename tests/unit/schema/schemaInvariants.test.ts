import { describe, expect, it } from '@jest/globals';
import { ALBERTSLUND_STAGES, GOAL_TEXT_FIELDS, SKANDERBORG_STAGES } from '../../../src/domain';
import { SCHEMA as RUNTIME_SCHEMA, createSchema, listDef, type FieldDef, type ListKey } from '../../../src/data/schema';
// The installation's lists: the run-time schema and the lists only lazy chunks read (Substitutions).
import { FULL_SCHEMA as SCHEMA } from '../../../src/data/schema/fullSchema';

const URLS: Record<ListKey, string> = {
  Strategies: 'Lists/Strategies',
  Tracks: 'Lists/Tracks',
  Requirements: 'Lists/Requirements',
  Departments: 'Lists/Departments',
  Agreements: 'Lists/Agreements',
  Goals: 'Lists/Goals',
  ApprovalLog: 'Lists/ApprovalLog',
  Reminders: 'Lists/Reminders',
  Settings: 'Lists/Settings',
  CheckIns: 'Lists/CheckIns',
  Dialogues: 'Lists/Dialogues',
  Substitutions: 'Lists/Substitutions'
};

/** Names SharePoint lists already own; a custom field with one of them would clash. */
const RESERVED = [
  'ID',
  'Id',
  'Author',
  'Editor',
  'Created',
  'Modified',
  'ContentType',
  'ContentTypeId',
  'Attachments',
  'FileRef',
  'FileLeafRef',
  'GUID',
  'LinkTitle',
  '_UIVersionString',
  'Order'
];

const field = (key: ListKey, name: string): FieldDef | undefined => listDef(SCHEMA, key).fields.find((f) => f.name === name);

describe('schema: lists', () => {
  it('keeps the lists only lazy chunks read out of the run-time schema (the main bundle)', () => {
    expect(RUNTIME_SCHEMA.lists.map((l) => l.key)).toEqual(SCHEMA.lists.map((l) => l.key).filter((k) => k !== 'Substitutions'));
  });

  it('declares the twelve lists at their URLs, in an order where lookup targets come first', () => {
    expect(SCHEMA.lists.map((l) => [l.key, l.url])).toEqual(Object.entries(URLS));
    SCHEMA.lists.forEach((list, index) => {
      for (const f of list.fields) {
        if (f.type === 'Lookup' || f.type === 'LookupMulti') {
          const targetIndex = SCHEMA.lists.findIndex((l) => l.key === f.list);
          expect(targetIndex).toBeGreaterThanOrEqual(0);
          expect(targetIndex).toBeLessThanOrEqual(index);
        }
      }
    });
  });

  it('gives every list, field and group a Danish title and description', () => {
    for (const list of SCHEMA.lists) {
      expect(list.title.length).toBeGreaterThan(0);
      expect(list.description.length).toBeGreaterThan(0);
      for (const f of list.fields) {
        expect([list.key, f.name, f.displayName.length > 0, f.description.length > 0]).toEqual([list.key, f.name, true, true]);
      }
    }
    expect(SCHEMA.groups.map((g) => g.title)).toEqual([
      'Udviklingsaftaler - Læsere',
      'Udviklingsaftaler - Redaktører',
      'Udviklingsaftaler - Ledergruppe',
      'Udviklingsaftaler - Godkendere',
      'Udviklingsaftaler - Sekretariat'
    ]);
  });
});

describe('schema: fields', () => {
  it('has unique, valid, unreserved internal names per list', () => {
    for (const list of SCHEMA.lists) {
      const names = list.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) {
        expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]{0,31}$/);
        expect(RESERVED).not.toContain(name);
      }
      expect(names.filter((n) => n === 'Title')).toEqual(['Title']);
    }
  });

  it('has the field names of the product design (docs/schema.md)', () => {
    const names = (key: ListKey) => listDef(SCHEMA, key).fields.map((f) => f.name);
    expect(names('Strategies')).toEqual(expect.arrayContaining(['Year', 'Title', 'Vision', 'Intro', 'Deadlines']));
    expect(names('Tracks')).toEqual(expect.arrayContaining(['Strategy', 'Kind', 'Number', 'Title', 'Description']));
    expect(names('Requirements')).toEqual(expect.arrayContaining(['Strategy', 'Number', 'Title', 'Description', 'AppliesTo']));
    expect(names('Departments')).toEqual(expect.arrayContaining(['Title', 'Kind', 'Parent', 'Leader', 'Editors', 'Active']));
    expect(names('Agreements')).toEqual(
      expect.arrayContaining(['Department', 'Year', 'Title', 'Intro', 'CoreTask', 'Policies', 'Milestones', 'Stage', 'StageChangedAt'])
    );
    expect(names('Goals')).toEqual(
      expect.arrayContaining([
        'Agreement',
        'Department',
        'Year',
        'Number',
        'Title',
        'Purpose',
        'GoalStatement',
        'Activities',
        'Involved',
        'SharedWith',
        'FollowUpMethod',
        'CitizenImpact',
        'Horizon',
        'Tracks',
        'Policies',
        'Requirements',
        'TargetValue',
        'TargetUnit',
        'TargetDirection',
        'TargetBaseline',
        'ContinuesFrom',
        'Stage',
        'Outcome',
        'OutcomeNote',
        'Evidence',
        'SDGs',
        'CO2Effect',
        'ResourceEffect',
        'Barriers',
        'Responsible',
        'Timeline',
        'Funding',
        'AddedValues',
        'ClientId'
      ])
    );
    expect(names('ApprovalLog')).toEqual(
      expect.arrayContaining(['TargetList', 'TargetId', 'FromStage', 'ToStage', 'Decision', 'Comment', 'ApprovedVersion', 'Actor', 'At'])
    );
  });

  it("uses the domain's Danish labels as the goal columns' display names", () => {
    const goals = listDef(SCHEMA, 'Goals');
    for (const spec of GOAL_TEXT_FIELDS.filter((s) => s.field !== 'title')) {
      expect(goals.fields.some((f) => f.displayName === spec.label)).toBe(true);
    }
  });

  it('keeps single-line texts at 255 characters', () => {
    for (const list of SCHEMA.lists) {
      for (const f of list.fields) {
        if (f.type === 'Text') {
          expect(f.maxLength).toBe(255);
        }
      }
    }
  });

  it('offers the stage labels of both default configurations in the Stage columns', () => {
    const labels = [...SKANDERBORG_STAGES.stages, ...ALBERTSLUND_STAGES.stages].map((s) => s.label);
    for (const key of ['Agreements', 'Goals'] as const) {
      const stage = field(key, 'Stage');
      expect(stage?.type).toBe('Choice');
      if (stage?.type === 'Choice') {
        expect(stage.choices).toEqual(expect.arrayContaining(labels));
        expect(new Set(stage.choices).size).toBe(stage.choices.length);
      }
    }
    const onlyAlbertslund = createSchema([ALBERTSLUND_STAGES]);
    const stage = listDef(onlyAlbertslund, 'Goals').fields.find((f) => f.name === 'Stage');
    expect(stage?.type === 'Choice' && stage.choices).toEqual(ALBERTSLUND_STAGES.stages.map((s) => s.label));
  });

  it('stores the 17 SDGs as a multi-choice and the resource effect as 1-5', () => {
    const sdgs = field('Goals', 'SDGs');
    expect(sdgs?.type === 'MultiChoice' && sdgs.choices.length).toBe(17);
    expect(field('Goals', 'ResourceEffect')).toMatchObject({ type: 'Number', min: 1, max: 5, decimals: 0 });
  });
});

describe('schema: indexes', () => {
  it('indexes at most 20 columns per list', () => {
    for (const list of SCHEMA.lists) {
      expect(list.fields.filter((f) => f.indexed).length).toBeLessThanOrEqual(20);
    }
  });

  it('indexes Year, Department, Agreement and Stage wherever present, and ClientId everywhere', () => {
    for (const list of SCHEMA.lists) {
      for (const name of ['Year', 'Department', 'Agreement', 'Stage', 'ClientId']) {
        const f = list.fields.find((x) => x.name === name);
        if (f) {
          expect([list.key, name, f.indexed]).toEqual([list.key, name, true]);
        }
      }
      expect(list.fields.some((f) => f.name === 'ClientId')).toBe(true);
    }
    expect(field('Strategies', 'Year')).toMatchObject({ indexed: true, unique: true });
  });

  it('only makes indexed columns unique, and never indexes a multi-value column', () => {
    for (const list of SCHEMA.lists) {
      for (const f of list.fields) {
        if (f.unique) expect(f.indexed).toBe(true);
        if (f.indexed) expect(['LookupMulti', 'UserMulti', 'MultiChoice', 'Note']).not.toContain(f.type);
      }
    }
  });
});

describe('schema: views', () => {
  it('shows only known columns and sorts first on an indexed column (threshold-safe)', () => {
    for (const list of SCHEMA.lists) {
      expect(list.views.filter((v) => v.isDefault)).toHaveLength(1);
      for (const view of list.views) {
        for (const name of view.fields) {
          expect([list.key, view.title, name === 'LinkTitle' || list.fields.some((f) => f.name === name)]).toEqual([list.key, view.title, true]);
        }
        const first = /<FieldRef Name="([^"]+)"/.exec(view.query)?.[1];
        const firstField = list.fields.find((f) => f.name === first);
        expect([list.key, view.title, firstField?.indexed === true]).toEqual([list.key, view.title, true]);
      }
    }
  });
});
