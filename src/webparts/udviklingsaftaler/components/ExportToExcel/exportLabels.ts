import type { ExportLabels } from '../../../../services/export/labels';

/** The workbook's words from the locale: one place, so the button, the tests and the benchmark
 * hand the writer the same labels (a new group is added here once). */
export function exportLabelsFrom(strings: IUdviklingsaftalerStrings): ExportLabels {
  return {
    ...strings.Overview.Workbook,
    Fields: strings.GoalFields,
    Resilience: strings.Resilience,
    ForeignEdit: strings.ForeignEdit,
    CheckIns: strings.FollowUpDuringYear.Workbook
  };
}
