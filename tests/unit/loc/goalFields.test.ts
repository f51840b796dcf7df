import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GOAL_CONTENT_LABELS, GOAL_FIELD_LABELS } from '../../../src/domain';
import { loadLocale } from '../../helpers/locales';

// "Baggrund og formål" is written once in the code (src/domain/goalFields.ts) and once in each
// locale file (GoalFields); the editor, the DUS form, the conflict dialog, the workbook, the
// schema's display names and the document all read one of the two.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("the goal fields' labels", () => {
  it('are the same in Danish in the UI as in the code', () => {
    const ui = loadLocale('da-dk').GoalFields;
    for (const [field, label] of Object.entries(GOAL_FIELD_LABELS)) expect([field, ui[field as keyof typeof ui]]).toEqual([field, label]);
    for (const [field, label] of Object.entries(GOAL_CONTENT_LABELS))
      expect([field, label]).toEqual([field, GOAL_FIELD_LABELS[field as keyof typeof GOAL_FIELD_LABELS]]);
  });

  it('have an English label for every Danish one', () => {
    expect(Object.keys(loadLocale('en-us').GoalFields).sort()).toEqual(Object.keys(loadLocale('da-dk').GoalFields).sort());
  });

  it('are written once in the sources', () => {
    const files = sources(join(__dirname, '..', '..', '..', 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    const multiWord = Object.values(GOAL_FIELD_LABELS).filter((label) => label.includes(' '));
    expect(multiWord.length).toBeGreaterThan(4);
    for (const label of multiWord) {
      const at = files.filter((f) => f.text.includes(`'${label}'`)).map((f) => f.path.replace(/^.*\/src\//, 'src/'));
      expect([label, at]).toEqual([label, ['src/domain/goalFields.ts']]);
    }
  });
});
