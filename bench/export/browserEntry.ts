// Runs in the browser page of bench/export.bench.ts: builds and writes the .xlsx of N synthetic
// goals with the product's own export code (sheet model + exceljs), and reports the time.
import { writeGoalWorkbook } from '../../src/services/export/xlsxWriter';
import type { SheetLayout } from '../../src/services/export/goalSheets';
import type { ExportLabels } from '../../src/services/export/labels';
import { syntheticData } from './syntheticGoals';

declare global {
  interface Window {
    runExport(count: number, layout: SheetLayout, labels: ExportLabels): Promise<{ ms: number; bytes: number; head: string }>;
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
