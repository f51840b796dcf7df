// Lays a WorkbookModel out as an .xlsx with exceljs (MIT). exceljs is large, so only this module
// imports it, and only through import(): it loads into the 'xlsx-export' chunk on the first click.
import type { Workbook, Worksheet } from 'exceljs';
import {
  buildWorkbookModel,
  DANISH_DATE_FORMAT,
  fitWidths,
  MARK,
  type Cell,
  type ExportData,
  type SheetLayout,
  type SheetModel,
  type WorkbookModel
} from './goalSheets';
import type { ExportLabels } from './labels';

/** Excel's built-in Text format: what typing an apostrophe before a value gives. A cell in it is
 * text and stays text when edited, so a neutralised "=1+1" is never evaluated. */
export const TEXT_FORMAT = '@';

type ExcelModule = typeof import('exceljs');

async function loadExcel(): Promise<ExcelModule> {
  const mod = await import(/* webpackChunkName: 'xlsx-export' */ 'exceljs');
  // The browser build is a UMD bundle: webpack hands it over as the namespace's default export.
  return (mod as ExcelModule & { default?: ExcelModule }).default?.Workbook ? (mod as { default: ExcelModule }).default : mod;
}

function setCell(sheet: Worksheet, rowNumber: number, column: number, cell: Cell): void {
  if (cell === null) return;
  const target = sheet.getCell(rowNumber, column);
  switch (cell.t) {
    case 's':
      target.value = cell.v;
      if (cell.guard) target.numFmt = TEXT_FORMAT;
      break;
    case 'n':
      target.value = cell.v;
      break;
    case 'd':
      target.value = cell.v;
      target.numFmt = DANISH_DATE_FORMAT;
      break;
    case 'x':
      target.value = MARK;
      break;
  }
}

function addSheet(workbook: Workbook, model: SheetModel): void {
  // Header row frozen: the column names stay in view while scrolling 5,000 goals.
  const sheet = workbook.addWorksheet(model.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths = fitWidths(model);
  // Styles only where they matter (wrapped long texts, centred X marks): exceljs copies a column's
  // style into every cell and registers each one when writing, which costs a third of the time
  // for 5,000 goals if every column carries one.
  sheet.columns = model.columns.map((c, i) => ({
    header: c.header,
    width: widths[i],
    style: c.kind === 'long' ? { alignment: { wrapText: true, vertical: 'top' } } : c.kind === 'mark' ? { alignment: { horizontal: 'center' } } : undefined
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  model.rows.forEach((row, r) => {
    row.forEach((cell, c) => setCell(sheet, r + 2, c + 1, cell));
  });
  if (model.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + model.rows.length, column: model.columns.length } };
  }
  // Notes go below the table after an empty row, outside the auto-filter's range.
  (model.notes ?? []).forEach((note, i) => {
    const cell = sheet.getCell(model.rows.length + 3 + i, 1);
    cell.value = note;
    // A title in a note may start with "="; like every text cell it is never a formula.
    cell.numFmt = TEXT_FORMAT;
  });
}

/** The .xlsx bytes of the model. */
export async function writeXlsx(model: WorkbookModel): Promise<ArrayBuffer> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  workbook.creator = 'Udviklingsaftaler';
  workbook.created = new Date();
  for (const sheet of model.sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  // Node gives a Buffer (a view on a larger pool), the browser an ArrayBuffer: copy out exactly the bytes.
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : new Uint8Array(buffer as unknown as Uint8Array);
  return bytes.buffer;
}

/** Builds and writes in one step: the export services load this module (and exceljs with it) on demand. */
export function writeGoalWorkbook(data: ExportData, layout: SheetLayout, labels: ExportLabels): Promise<ArrayBuffer> {
  return writeXlsx(buildWorkbookModel(data, layout, labels));
}
