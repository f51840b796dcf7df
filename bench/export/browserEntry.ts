// Runs in the browser page of bench/export.bench.ts: builds and writes the .xlsx of N synthetic
// goals with the product's own export code (sheet model + exceljs), and reports the time.
import { writeGoalWorkbook } from '../../src/services/export/xlsxWriter';
import { buildWorkbookModel, type SheetLayout } from '../../src/services/export/goalSheets';
import type { ExportLabels } from '../../src/services/export/labels';
import { syntheticData } from './syntheticGoals';

declare global {
  interface Window {
    runExport(count: number, layout: SheetLayout, labels: ExportLabels): Promise<{ ms: number; bytes: number; head: string }>;
    prepareFloor(count: number, layout: SheetLayout, labels: ExportLabels): Promise<number>;
    runFloor(): Promise<{ ms: number; bytes: number; head: string }>;
  }
}

window.runExport = async (count, layout, labels) => {
  const data = syntheticData(count);
  const start = performance.now();
  const bytes = await writeGoalWorkbook(data, layout, labels);
  const ms = performance.now() - start;
  const head = String.fromCharCode(...new Uint8Array(bytes).slice(0, 2));
  return { ms, bytes: bytes.byteLength, head };
};

// The floor (issue 21): the same cells, sheet by sheet, written by the same library with nothing
// else (no styles, widths, number formats, filters or frozen rows). The cells come from the
// product's sheet model, built beforehand, so the floor writes exactly the values ours wrote.
type Sheet = { name: string; rows: unknown[][] };
let floorSheets: Sheet[] = [];

async function excel(): Promise<typeof import('exceljs')> {
  const mod = await import('exceljs');
  return (
    (mod as unknown as { default?: typeof import('exceljs') }).default?.Workbook ? (mod as unknown as { default: typeof import('exceljs') }).default : mod
  ) as typeof import('exceljs');
}

window.prepareFloor = async (count, layout, labels) => {
  const model = buildWorkbookModel(syntheticData(count), layout, labels);
  floorSheets = model.sheets.map((sheet) => ({
    name: sheet.name,
    rows: [
      sheet.columns.map((c) => c.header),
      ...sheet.rows.map((row) => row.map((cell) => (cell === null ? null : cell.t === 'x' ? 'X' : cell.v))),
      ...(sheet.notes ?? []).map((n) => [n])
    ]
  }));
  return floorSheets.reduce((n, s) => n + s.rows.length, 0);
};

window.runFloor = async () => {
  const ExcelJS = await excel();
  const start = performance.now();
  const book = new ExcelJS.Workbook();
  for (const sheet of floorSheets) book.addWorksheet(sheet.name).addRows(sheet.rows);
  const bytes = await book.xlsx.writeBuffer();
  const ms = performance.now() - start;
  const head = String.fromCharCode(...new Uint8Array(bytes as ArrayBuffer).slice(0, 2));
  return { ms, bytes: (bytes as ArrayBuffer).byteLength, head };
};
