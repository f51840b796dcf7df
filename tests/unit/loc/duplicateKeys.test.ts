// A key written twice in one group of a locale file silently takes the later value (a JavaScript
// object literal): a merge once put the agreement editor's "Saved" into the goal editor's group.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOC = join(__dirname, '../../../src/webparts/udviklingsaftaler/loc');

/** Keys repeated inside one object literal, found by indentation (the files are written one key a line). */
function repeatedKeys(source: string): string[] {
  const stack: Array<Set<string>> = [new Set()];
  const repeated: string[] = [];
  for (const line of source.split('\n')) {
    const key = /^\s*([A-Za-z_$][\w$]*)\s*:/.exec(line)?.[1];
    if (key !== undefined) {
      const scope = stack[stack.length - 1];
      if (scope.has(key)) repeated.push(`${key} (line: ${line.trim().slice(0, 60)})`);
      scope.add(key);
    }
    for (const ch of line.replace(/'(?:[^'\\]|\\.)*'/g, '')) {
      if (ch === '{') stack.push(new Set());
      if (ch === '}' && stack.length > 1) stack.pop();
    }
  }
  return repeated;
}

describe.each(['da-dk.js', 'en-us.js'])('%s', (file) => {
  it('has no key twice in one group', () => {
    expect(repeatedKeys(readFileSync(join(LOC, file), 'utf8'))).toEqual([]);
  });
});
