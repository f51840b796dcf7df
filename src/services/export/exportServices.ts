// Excel export of a year's goals (all departments, or one department with its shared goals). This
// module is in the main bundle and stays small: the reads, the workbook building and the writer
// (exceljs) load together into the 'xlsx-export' chunk on the first click.
import type { SPFI } from '@pnp/sp';
import type { AuthorityStatus, StageConfiguration } from '../../domain';
import type { BatchOptions } from '../../data/repositories/batch';
import type { ApprovalTarget } from '../approvals/approvalTypes';
import type { SheetLayout } from './goalSheets';
import type { ExportLabels } from './labels';

export type { SheetLayout } from './goalSheets';
export type { ExportLabels } from './labels';

export interface ExportRequest {
  year: number;
  /** One department's goals (own and shared); every department's when absent. */
  departmentId?: number;
  layout: SheetLayout;
  labels: ExportLabels;
}

export interface ExportFile {
  /** e.g. "Udviklingsmål 2023.xlsx" */
  fileName: string;
  bytes: ArrayBuffer;
}

export interface ExportServices {
  /** Loads the goals and writes the .xlsx. `fileName` is the name without extension. */
  exportGoals(request: ExportRequest & { fileName: string }): Promise<ExportFile>;
}

/** The approval log's word on stages, by target key (the approval services' verification). */
export type VerifyTargets = (targets: ApprovalTarget[]) => Promise<Record<string, AuthorityStatus>>;

export function createExportServices(sp: SPFI, config: StageConfiguration, batchOptions: BatchOptions = {}, verify?: VerifyTargets): ExportServices {
  return {
    async exportGoals(request) {
      const [{ loadExportData }, writer] = await Promise.all([
        import(/* webpackChunkName: 'xlsx-export' */ './exportData'),
        import(/* webpackChunkName: 'xlsx-export' */ './xlsxWriter')
      ]);
      const data = await loadExportData(sp, config, request.year, request.departmentId, batchOptions);
      // Every stage the workbook writes (the summary's agreements, the goals' Stage column) as the
      // approval log backs it: a forged "Godkendt" says so.
      const targets: ApprovalTarget[] = [
        ...data.agreements.map((a) => ({ list: 'Agreements' as const, id: a.id })),
        ...data.goals.map((g) => ({ list: 'Goals' as const, id: g.id }))
      ];
      const verification = verify !== undefined && targets.length > 0 ? await verify(targets) : undefined;
      const bytes = await writer.writeGoalWorkbook({ ...data, today: new Date(), verification }, request.layout, request.labels);
      return { fileName: `${request.fileName}.xlsx`, bytes };
    }
  };
}
