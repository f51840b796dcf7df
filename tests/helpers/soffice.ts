// LibreOffice (a different program than the one that wrote the file) reads an .xlsx back: every
// sheet converted to CSV with `soffice --headless`. CI installs it from Debian
// (libreoffice-calc-nogui); without it the tests that need it fail with this message.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function sofficePath(): string {
  const candidates = [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('LibreOffice (soffice) is not installed: install the Debian package libreoffice-calc-nogui (CI does), or set SOFFICE_PATH.');
  }
  return found;
}

/** Every sheet of the workbook as CSV text, by sheet name. */
export async function xlsxToCsvSheets(bytes: ArrayBuffer | Uint8Array, sheetNames: string[]): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-soffice-'));
  const file = join(dir, 'export.xlsx');
  writeFileSync(file, Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)));
  // Field separator 44 (,), text delimiter 34 ("), UTF-8 (76), from line 1; the 12th token -1
  // writes every sheet to <name>-<Sheet>.csv (LibreOffice 7.2+). Formulas would be exported as
  // their results, which is what shows whether a cell was evaluated. Its own profile directory
  // lets parallel runs coexist.
  await run(
    sofficePath(),
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      file
    ],
    { timeout: 120000 }
  );
  const out: Record<string, string> = {};
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv'));
  for (const name of sheetNames) {
    const match = files.find((f) => f === `export-${name}.csv`);
    if (!match) throw new Error(`LibreOffice wrote no CSV for sheet "${name}" (found: ${files.join(', ')})`);
    out[name] = readFileSync(join(dir, match), 'utf8');
  }
  return out;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
