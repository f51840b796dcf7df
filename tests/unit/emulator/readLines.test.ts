import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from '../../../emulator/store';

// The emulator's log is replayed in chunks (a log past ~512 MB cannot be one string): lines and
// multi-byte characters cut by a chunk's edge come out whole.
describe('readLines', () => {
  it('gives every line whole, across chunk edges and inside multi-byte characters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readlines-'));
    try {
      const lines = ['{"t":"item","title":"Sygefravær i økonomi"}', '', 'Åbent møde – æøå', 'sidste uden linjeskift'];
      const file = join(dir, 'state.log');
      writeFileSync(file, lines.join('\n'));
      for (const chunk of [1, 2, 3, 5, 7, 64]) expect([...readLines(file, chunk)]).toEqual(lines);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
