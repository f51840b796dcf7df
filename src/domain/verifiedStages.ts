// Items per stage as the approval log backs them (the Overblik's goals chart and its count of
// agreements per stage): an item counts in its stage only when its Stage is verified; otherwise it
// is counted apart under its stage with the reason ("Godkendt (Ikke verificeret)"), so a forged
// "Godkendt" never swells the approved count.
import type { AuthorityStatus } from './authority';
import type { StageCode } from './types';
import type { StageConfiguration } from './workflowTypes';

export interface VerifiedStageCount {
  stage: StageCode;
  status: AuthorityStatus;
  count: number;
}

const STATUS_ORDER: readonly AuthorityStatus[] = ['verified', 'unverified', 'staleAfterApproval', 'foreignEdit'];

/** `verification` by target key ("Goals:12"). Stages in the configuration's order, each with its
 * verified count first; a stage or status without items is left out. An item whose status is
 * missing from `verification` (not checked) is not counted. */
export function verifiedStageCounts(
  config: StageConfiguration,
  list: 'Agreements' | 'Goals',
  items: ReadonlyArray<{ id: number; stage: StageCode }>,
  verification: Readonly<Record<string, AuthorityStatus>>
): VerifiedStageCount[] {
  const out: VerifiedStageCount[] = [];
  for (const s of config.stages) {
    const inStage = items.filter((i) => i.stage === s.code);
    for (const status of STATUS_ORDER) {
      const count = inStage.filter((i) => verification[`${list}:${i.id}`] === status).length;
      if (count > 0) out.push({ stage: s.code, status, count });
    }
  }
  return out;
}

export type StatusWords = Readonly<Record<Exclude<AuthorityStatus, 'verified'>, string>>;

/** "Godkendt", or "Godkendt (Ikke verificeret)" for a count the log does not back. */
export function countLabel(c: VerifiedStageCount, words: StatusWords, label: (code: StageCode) => string): string {
  return c.status === 'verified' ? label(c.stage) : `${label(c.stage)} (${words[c.status]})`;
}
