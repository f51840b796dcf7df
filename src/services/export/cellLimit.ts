// Excel's limits on what a workbook may hold. "Total number of characters that a cell can contain:
// 32,767 characters" (Microsoft, Excel specifications and limits,
// https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
// A SharePoint Note column holds up to 63,999 characters, so a goal text can be longer: it is cut
// at the limit with a visible marker, and the summary sheet says which cells were cut. Nothing
// is cut silently and the list keeps the whole text.
import type { Cell, SheetModel, WorkbookModel } from './goalSheets';
import type { ExportResilienceLabels } from './labels';

export const EXCEL_CELL_LIMIT = 32767;

export interface CutCell {
  sheet: string;
  /** The row as Excel numbers it (the header is row 1). */
  row: number;
  /** The column letter, A, B, … AA. */
  column: string;
  header: string;
  length: number;
}

/** A, B, … Z, AA, AB …: Excel's name of the 1-based column. */
export function columnLetter(index: number): string {
  let n = index;
  let name = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** The text cut so that it and the marker fit the limit, never in the middle of a surrogate pair. */
export function cutText(text: string, marker: string): string {
  let end = EXCEL_CELL_LIMIT - marker.length;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + marker;
}

function limitSheet(sheet: SheetModel, marker: string, cut: CutCell[]): SheetModel {
  const rows = sheet.rows.map((row, r) =>
    row.map((cell, c): Cell => {
      if (cell === null || cell.t !== 's' || cell.v.length <= EXCEL_CELL_LIMIT) return cell;
      cut.push({ sheet: sheet.name, row: r + 2, column: columnLetter(c + 1), header: sheet.columns[c]?.header ?? '', length: cell.v.length });
      return { ...cell, v: cutText(cell.v, marker) };
    })
  );
  return { ...sheet, rows };
}

/** Every text cell within Excel's limit; the cut cells named in the first (summary) sheet's notes,
 * after the notes already there (e.g. the damaged items). */
export function fitCellLimit(model: WorkbookModel, labels: ExportResilienceLabels): WorkbookModel {
  const cut: CutCell[] = [];
  const sheets = model.sheets.map((sheet) => limitSheet(sheet, labels.CellMarker, cut));
  if (cut.length === 0 || sheets.length === 0) return { sheets };
  const fill = (template: string, ...values: Array<string | number>): string =>
    template.replace(/\{(\d)\}/g, (m, i: string) => (values[Number(i)] === undefined ? m : String(values[Number(i)])));
  const notes = cut.map((c) => fill(labels.CellCut, c.sheet, c.row, c.column, c.header, c.length.toLocaleString('da-DK')));
  const [summary, ...rest] = sheets;
  return { sheets: [{ ...summary, notes: [...(summary.notes ?? []), ...notes] }, ...rest] };
}
