// What an import writes: the agreement's content and each goal as the lists take them, from the
// assembled import and the names resolved against the site. Pure, so the review can show exactly
// what "Gem" will send and the tests can check it without a site.
import type { AgreementContent } from '../agreementContent';
import type { NewGoal, Track } from '../types';
import type { ImportedAgreement, ImportedGoal, ResolvedGoal } from './assemble';

const normal = (s: string): string =>
  s
    .toLocaleLowerCase('da')
    .replace(/[^a-z0-9æøå]+/g, ' ')
    .trim();

/** The agreement's content fields (agreementContent.ts) as the document gives them. */
export function agreementContentOf(imported: ImportedAgreement, tracks: readonly Track[]): AgreementContent {
  return {
    intro: imported.intro,
    strategyRelation: imported.strategyRelation,
    coreTask: imported.coreTask,
    policies: [...imported.policies],
    budgetChanges: imported.budgetChanges.map((b) => ({
      text: b.text,
      trackIds: b.trackTitles.map((t) => tracks.find((x) => normal(x.title) === normal(t))?.id).filter((id): id is number => id !== undefined)
    })),
    continuing: imported.continuing,
    sections: imported.sections.map((s) => ({ ...s })),
    milestones: imported.milestones.map((m) => ({ ...m }))
  };
}

export interface GoalDraftContext {
  agreementId: number;
  departmentId: number;
  year: number;
  stage: string;
  clientId: string;
}

/** The goal as created (or, on a later import, the fields updated). */
export function goalDraftOf(goal: ImportedGoal, resolved: ResolvedGoal, context: GoalDraftContext): NewGoal {
  return {
    agreementId: context.agreementId,
    departmentId: context.departmentId,
    year: context.year,
    number: goal.number,
    title: goal.title,
    purpose: goal.purpose,
    goalStatement: goal.goalStatement,
    activities: goal.activities,
    involved: goal.involved,
    followUpMethod: goal.followUpMethod,
    citizenImpact: goal.citizenImpact,
    horizon: goal.horizon,
    sharedWithDepartmentIds: resolved.sharedWithDepartmentIds,
    trackIds: resolved.trackIds,
    policies: resolved.policies,
    requirementIds: resolved.requirementIds,
    target: goal.target,
    stage: context.stage,
    outcome: goal.outcome,
    outcomeNote: goal.outcomeNote,
    evidence: goal.evidence.map((e) => ({ ...e })),
    climate: goal.climate,
    clientId: context.clientId
  };
}
