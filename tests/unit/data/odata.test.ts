import { describe, expect, it } from '@jest/globals';
import { and, anyOf, eq, fieldPath, literal, or, startsWith, stringLiteral } from '../../../src/data/odata';

describe('OData literals', () => {
  it('doubles apostrophes in string literals', () => {
    expect(stringLiteral("Børn og unge's trivsel")).toBe("'Børn og unge''s trivsel'");
    expect(stringLiteral("''")).toBe("''''''");
  });

  it('cannot be used to inject a clause', () => {
    const f = eq('Title', "x' or Year eq 2020 or Title eq 'y");
    expect(f.text).toBe("Title eq 'x'' or Year eq 2020 or Title eq ''y'");
  });

  it('formats numbers, booleans, null and dates', () => {
    expect(literal(2023)).toBe('2023');
    expect(literal(true)).toBe('1');
    expect(literal(null)).toBe('null');
    expect(literal(new Date('2023-01-15T10:00:00Z'))).toBe("datetime'2023-01-15T10:00:00.000Z'");
    expect(() => literal(Number.NaN)).toThrow(RangeError);
  });

  it('rejects field paths that are not plain names', () => {
    expect(fieldPath('Department/Id')).toBe('Department/Id');
    expect(() => fieldPath('Title eq 1 or Id')).toThrow(RangeError);
  });
});

describe('filter builder', () => {
  it('parenthesises combined clauses and keeps the first clause first', () => {
    expect(and(eq('Year', 2023), eq('DepartmentId', 7)).text).toBe('(Year eq 2023) and (DepartmentId eq 7)');
    expect(or(eq('Stage', 'a'), eq('Stage', "b'")).text).toBe("(Stage eq 'a') or (Stage eq 'b''')");
    expect(anyOf('Id', [1]).text).toBe('Id eq 1');
    expect(startsWith('Title', "O'")).toEqual({ text: "startswith(Title,'O''')" });
  });

  it('refuses empty combinations', () => {
    expect(() => and()).toThrow(RangeError);
    expect(() => anyOf('Id', [])).toThrow(RangeError);
  });
});
