// A stage past an approval (follow-up, closed) is bound to the version that was approved: the
// editors may move the item on (Stage is workflow) and record the year's outcome in the follow-up,
// but a change of content after the approved version makes it "Ændret efter godkendelse", even
// when it was made in the same request that moved the item to follow-up (issue #15.2). Pure: the
// versions are read by the services, the field sets come from the list schema.
import type { StageConfiguration } from './workflowTypes';
import { stageByLabel } from './stageMachine';
import { diffVersions, type DiffField } from './versionDiff';

export interface VersionSnapshot {
  /** e.g. "4.0" */
  label: string;
  /** Field values by internal name, as SharePoint's /versions returns them. */
  values: Readonly<Record<string, unknown>>;
}

export interface ApprovalBinding {
  /** The item's versions, any order (the current one included). */
  versions: readonly VersionSnapshot[];
  /** The content columns: a change to any of them after the approval is an edit. */
  contentFields: readonly DiffField[];
  /** Of those, the year-end outcome columns, allowed to change while the item is in follow-up. */
  yearEndKeys: readonly string[];
}

const versionNumber = (label: string): number => Number.parseFloat(label);

/** True when the content changed after `approvedVersion`; undefined when that version is not in
 * the history (it cannot be shown unchanged). */
export function changedAfterApproval(config: StageConfiguration, approvedVersion: string, binding: ApprovalBinding): boolean | undefined {
  const ordered = [...binding.versions].sort((a, b) => versionNumber(a.label) - versionNumber(b.label));
  const start = ordered.findIndex((v) => v.label === approvedVersion);
  if (start < 0) return undefined;
  const inFollowUp = (v: VersionSnapshot): boolean => {
    const stage = v.values.Stage;
    return typeof stage === 'string' && stageByLabel(config, stage)?.kind === 'followUp';
  };
  for (let i = start + 1; i < ordered.length; i++) {
    const before = ordered[i - 1];
    const after = ordered[i];
    // A change that takes the item into, or makes it within, the follow-up may record the outcome.
    const yearEndAllowed = inFollowUp(before) || inFollowUp(after);
    const changes = diffVersions(binding.contentFields, before.values, after.values);
    if (changes.some((c) => !(yearEndAllowed && binding.yearEndKeys.includes(c.key)))) return true;
  }
  return false;
}
