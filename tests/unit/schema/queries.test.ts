import { describe, expect, it } from '@jest/globals';
import {
  LOOKUP_THRESHOLD,
  QUERY_SHAPES,
  SCHEMA,
  buildQuery,
  codeOf,
  listDef,
  lookupBudgetViolations,
  queryFor,
  sdgFromChoice,
  sdgToChoice,
  OUTCOME_CHOICES,
  DECISION_CHOICES
} from '../../../src/data/schema';
import type { ListDef } from '../../../src/data/schema';

describe('query shapes and the 12-lookup budget', () => {
  it('keeps every list and every shape within 12 lookups', () => {
    expect(lookupBudgetViolations(SCHEMA)).toEqual([]);
    for (const list of SCHEMA.lists) {
      for (const name of Object.keys(QUERY_SHAPES)) {
        expect(queryFor(SCHEMA, list.key, name).lookupCount).toBeLessThanOrEqual(LOOKUP_THRESHOLD);
      }
    }
  });

  it('reads Goals with all lookups expanded in 8 joins (6 lookups + Author + Editor)', () => {
    const q = queryFor(SCHEMA, 'Goals', 'display');
    expect(q.lookupCount).toBe(8);
    expect(q.expand).toEqual(['Agreement', 'Department', 'SharedWith', 'Tracks', 'Requirements', 'ContinuesFrom', 'Author', 'Editor']);
    expect(q.select).toEqual(
      expect.arrayContaining(['Id', 'Title', 'Agreement/Id', 'Agreement/Title', 'Tracks/Title', 'Author/Title', 'OData__UIVersionString'])
    );
  });

  it('reads lookups as <Name>Id without a join in the items shape', () => {
    const q = queryFor(SCHEMA, 'Goals', 'items');
    expect(q.select).toEqual(expect.arrayContaining(['AgreementId', 'DepartmentId', 'TracksId', 'SharedWithId', 'ContinuesFromId', 'Stage', 'ClientId']));
    expect(q.expand).toEqual(['Author', 'Editor']);
    expect(q.lookupCount).toBe(2);
  });

  it('expands people to Title and EMail', () => {
    const q = queryFor(SCHEMA, 'Departments', 'display');
    expect(q.select).toEqual(expect.arrayContaining(['Leader/EMail', 'Editors/EMail', 'Parent/Title']));
  });

  it('detects a shape over the budget', () => {
    const goals = listDef(SCHEMA, 'Goals');
    const extra = Array.from({ length: 5 }, (_, i) => ({
      type: 'Lookup' as const,
      name: `Extra${i}`,
      displayName: 'x',
      description: 'x',
      list: 'Tracks' as const,
      showField: 'Title'
    }));
    const wide: ListDef = { ...goals, fields: [...goals.fields, ...extra] };
    expect(buildQuery(wide, QUERY_SHAPES.display).lookupCount).toBe(13);
    expect(lookupBudgetViolations({ ...SCHEMA, lists: [wide] })).toEqual(['Goals/display: 13 lookups']);
  });

  it('limits a shape to named fields', () => {
    const q = buildQuery(listDef(SCHEMA, 'Goals'), { expandLookups: true, withAuthors: false, fields: ['Title', 'Tracks'] });
    expect(q.select).toEqual(['Id', 'Title', 'Tracks/Id', 'Tracks/Title', 'Created', 'Modified', 'OData__UIVersionString']);
    expect(q.lookupCount).toBe(1);
  });
});

describe('choice maps', () => {
  it('translates stored values and codes both ways', () => {
    expect(sdgToChoice(13)).toBe('sdg13');
    expect(sdgFromChoice('sdg7')).toBe(7);
    // What a goal saved before schema version 2 holds (ADR 0010).
    expect(sdgFromChoice('7. Bæredygtig energi')).toBe(7);
    expect(sdgFromChoice('Klima')).toBeUndefined();
    expect(() => sdgToChoice(0)).toThrow(RangeError);
    expect(codeOf(OUTCOME_CHOICES, 'partlyAchieved')).toBe('partlyAchieved');
    expect(codeOf(OUTCOME_CHOICES, 'Delvist nået')).toBe('partlyAchieved');
    expect(codeOf(DECISION_CHOICES, 'consulted')).toBe('consulted');
    expect(codeOf(DECISION_CHOICES, 'Behandlet')).toBe('consulted');
    expect(codeOf(DECISION_CHOICES, 'Ukendt')).toBeUndefined();
  });
});

describe('columns read on demand', () => {
  it("keeps ImportBase out of the views' $select and reads it where a query names it", () => {
    for (const key of ['Agreements', 'Goals'] as const) {
      const list = listDef(SCHEMA, key);
      expect(buildQuery(list, { expandLookups: true, withAuthors: false }).select).not.toContain('ImportBase');
      expect(buildQuery(list, { expandLookups: false, withAuthors: true, fields: ['ImportBase'] }).select).toContain('ImportBase');
    }
  });
});
