import { evaluate, filterPaths, FilterSyntaxError, leadingClause, parseFilter } from '../../../emulator/odata/filter';
import { Faults } from '../../../emulator/faults';

const item: Record<string, unknown> = {
  Title: "Borgernes 'stemme'",
  Year: 2023,
  Stage: 'Kladde',
  Due: '2023-02-15T00:00:00Z',
  Purpose: null,
  'Department/Id': 4,
  'Tracks/Id': [1, 3]
};
const matches = (filter: string): boolean => evaluate(parseFilter(filter), (path) => item[path]);

describe("the emulator's $filter grammar", () => {
  it.each([
    ['Year eq 2023', true],
    ['Year ne 2023', false],
    ['Year gt 2022 and Year lt 2024', true],
    ["Year ge 2024 or Stage eq 'Kladde'", true],
    ["not (Stage eq 'Kladde')", false],
    ["Title eq 'Borgernes ''stemme'''", true],
    ["substringof('STEMME', Title)", true],
    ["startswith(Title, 'Borg')", true],
    ['Purpose eq null', true],
    ['Purpose ne null', false],
    ["Due lt datetime'2023-03-01T00:00:00Z'", true],
    ['Department/Id eq 4', true],
    ['Tracks/Id eq 3', true],
    ['Tracks/Id eq 2', false],
    ['(Year eq 2020 or Year eq 2023) and Department/Id eq 4', true]
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('refuses malformed filters with a syntax error', () => {
    for (const bad of ['Year eq', "Title eq 'open", 'Year ~ 3', 'Year eq 2023 extra', "substringof(Title, 'x')"]) {
      expect(() => parseFilter(bad)).toThrow(FilterSyntaxError);
    }
  });

  it('names the leading clause and every path, for the threshold check', () => {
    const tree = parseFilter("Year eq 2023 and (Stage eq 'Kladde' or Title ne 'x')");
    expect(leadingClause(tree)).toMatchObject({ kind: 'compare', path: 'Year' });
    expect(filterPaths(tree)).toEqual(['Year', 'Stage', 'Title']);
  });
});

describe('emulator faults', () => {
  it('answers the next N requests with the configured error, then passes', () => {
    const faults = new Faults({ nextErrors: 2, errorStatus: 503, retryAfterSeconds: 4 });
    expect(faults.decide()).toEqual({ kind: 'error', status: 503, retryAfter: '4' });
    expect(faults.decide()).toMatchObject({ kind: 'error' });
    expect(faults.decide()).toEqual({ kind: 'pass' });
  });

  it('applies rates with the given random source, and refuses rates outside 0..1', () => {
    const values = [0.05, 0.5];
    const faults = new Faults({ dropRate: 0.1 }, () => values.shift() ?? 1);
    expect(faults.decide()).toEqual({ kind: 'drop' });
    expect(faults.decide()).toEqual({ kind: 'pass' });
    expect(() => new Faults({ errorRate: 1.5 })).toThrow('between 0 and 1');
  });

  it('gives latency fixed or within a range', () => {
    expect(new Faults({ latencyMs: 120 }).latency()).toBe(120);
    const ranged = new Faults({ latencyRangeMs: [50, 150] }, () => 0.5).latency();
    expect(ranged).toBe(100);
  });
});
