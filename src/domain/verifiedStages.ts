// Goals per stage as the approval log backs them (the Overblik's chart): a goal counts in its
// stage only when its Stage is verified; otherwise it is counted apart under its stage with the
// reason ("Godkendt (Ikke verificeret)"), so a forged "Godkendt" never swells the approved bar.
import type { AuthorityStatus } from './authority';
import type { StageCode } from './types';
import type { StageConfiguration } from './workflowTypes';

export interface VerifiedStageCount {
  stage: StageCode;
  status: AuthorityStatus;
  goals: number;
}

const STATUS_ORDER: readonly AuthorityStatus[] = ['verified', 'unverified', 'staleAfterApproval', 'foreignEdit'];

/** `verification` by target key ("Goals:12"). Stages in the configuration's order, each with its
 * verified count first; a stage or status without goals is left out. A goal whose status is
 * missing from `verification` (not checked) is not counted. */
export function verifiedStageCounts(config: StageConfiguration, goals: ReadonlyArray<{ id: number; stage: StageCode }>, verification: Readonly<Record<string, AuthorityStatus>>): VerifiedStageCount[] {
  const out: VerifiedStageCount[] = [];
  for (const s of config.stages) {
    const inStage = goals.filter((g) => g.stage === s.code);
    for (const status of STATUS_ORDER) {
      const count = inStage.filter((g) => verification[`Goals:${g.id}`] === status).length;
      if (count > 0) out.push({ stage: s.code, status, goals: count });
    }
  }
  return out;
}
