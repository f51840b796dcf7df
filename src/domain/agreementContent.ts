// The agreement's own sections as the department writes them (issue 16): which fields they are,
// their Danish labels, validation at each field, the three-way merge behind the conflict dialog and
// the Danish date grammar of "Aftalens tilblivelse". Imported by path: only the lazy
// 'agreement-editor' chunk and the tests use it, so it stays out of the main bundle.
import type { AgreementSection, BudgetChange, Milestone, NewAgreement, Track } from './types';
import { lengthProblem } from './fieldLimits';
import { sameGoalValue } from './goalMerge';
import { milestoneProblems } from './agreementValidation';
import { type FieldProblem, type ValidationResult, problem, toResult } from './validationResult';

/** The fields of the agreement editor, in the page's (and the document's) order. */
export const AGREEMENT_CONTENT_KEYS = ['intro', 'strategyRelation', 'coreTask', 'policies', 'budgetChanges', 'continuing', 'sections', 'milestones'] as const;

export type AgreementContentKey = (typeof AGREEMENT_CONTENT_KEYS)[number];

export type AgreementContent = Required<Pick<NewAgreement, 'policies' | 'milestones' | 'budgetChanges' | 'sections'>> &
  Pick<NewAgreement, 'intro' | 'coreTask' | 'continuing' | 'strategyRelation'>;

/** Danish labels: the seed documents' headings. */
export const AGREEMENT_CONTENT_LABELS: Readonly<Record<AgreementContentKey, string>> = {
  intro: 'Indledning',
  strategyRelation: 'Relation til DUS (pejlemærker)',
  coreTask: 'Kerneopgave',
  policies: 'Byrådets politikker',
  budgetChanges: 'Årets budgetændringer',
  continuing: 'Fra sidste års aftale fortsætter',
  sections: 'Øvrige afsnit',
  milestones: 'Aftalens tilblivelse'
};

export function contentOf(agreement: NewAgreement): AgreementContent {
  return {
    intro: agreement.intro,
    strategyRelation: agreement.strategyRelation,
    coreTask: agreement.coreTask,
    policies: [...agreement.policies],
    budgetChanges: (agreement.budgetChanges ?? []).map((b) => ({ text: b.text, trackIds: [...b.trackIds] })),
    continuing: agreement.continuing,
    sections: (agreement.sections ?? []).map((s) => ({ ...s })),
    milestones: agreement.milestones.map((m) => ({ ...m }))
  };
}

/** The same value for the user: '' and absent and [] are one. */
export const sameContentValue = sameGoalValue;

export interface AgreementFieldConflict {
  key: AgreementContentKey;
  mine: unknown;
  theirs: unknown;
}

export interface AgreementMerge {
  merged: AgreementContent;
  conflicts: AgreementFieldConflict[];
}

/** Fields only one side changed are taken from that side; the rest are conflicts (theirs held). */
export function mergeAgreementContent(base: AgreementContent, mine: AgreementContent, theirs: AgreementContent): AgreementMerge {
  const merged: AgreementContent = { ...theirs };
  const conflicts: AgreementFieldConflict[] = [];
  for (const key of AGREEMENT_CONTENT_KEYS) {
    if (sameContentValue(mine[key], base[key]) || sameContentValue(mine[key], theirs[key])) continue;
    if (sameContentValue(theirs[key], base[key])) (merged as Record<string, unknown>)[key] = mine[key];
    else conflicts.push({ key, mine: mine[key], theirs: theirs[key] });
  }
  return { merged, conflicts };
}

export function resolveAgreementContent(merge: AgreementMerge, keepMine: ReadonlySet<AgreementContentKey>): AgreementContent {
  const resolved: AgreementContent = { ...merge.merged };
  for (const c of merge.conflicts) if (keepMine.has(c.key)) (resolved as Record<string, unknown>)[c.key] = c.mine;
  return resolved;
}

/** Only the fields that differ from `saved`, so a save writes nothing the user did not touch. */
export function contentChanges(saved: AgreementContent, next: AgreementContent): Partial<AgreementContent> {
  const out: Partial<AgreementContent> = {};
  for (const key of AGREEMENT_CONTENT_KEYS) if (!sameContentValue(saved[key], next[key])) (out as Record<string, unknown>)[key] = next[key];
  return out;
}

export { dateInputText, parseDanishDate, type DateParse } from './danishDate';

// ---------------------------------------------------------------- Validation

export type AgreementContentField = AgreementContentKey;

type Problems = FieldProblem<AgreementContentField>[];

function pushLength(problems: Problems, field: AgreementContentField, value: string | undefined, kind: 'singleLine' | 'multiLine', row?: number): void {
  const tooLong = lengthProblem(value, kind);
  if (tooLong) problems.push(problem(field, tooLong.code, row === undefined ? tooLong.params : { ...tooLong.params, row }));
}

/** Problems per field, with the row (from 1) where a list holds several. `tracks` are the year's
 * tracks: a budget change may only relate to those (a hand-made id of another year is refused). */
export function validateAgreementContent(content: AgreementContent, tracks: ReadonlyArray<Pick<Track, 'id'>>): ValidationResult<AgreementContentField> {
  const problems: Problems = [];
  for (const key of ['intro', 'strategyRelation', 'coreTask', 'continuing'] as const) pushLength(problems, key, content[key], 'multiLine');
  content.policies.forEach((policy, i) => {
    if (policy.trim() === '') problems.push(problem('policies', 'policyUnnamed', { row: i + 1 }));
    pushLength(problems, 'policies', policy, 'singleLine', i + 1);
  });
  content.budgetChanges.forEach((change: BudgetChange, i) => {
    if (change.text.trim() === '') problems.push(problem('budgetChanges', 'rowTextRequired', { row: i + 1 }));
    if (change.trackIds.some((id) => !tracks.some((t) => t.id === id))) problems.push(problem('budgetChanges', 'budgetChangeForeignTrack', { row: i + 1 }));
  });
  // The list field holds all budget changes as JSON: its limit is the note column's.
  pushLength(problems, 'budgetChanges', JSON.stringify(content.budgetChanges), 'multiLine');
  content.sections.forEach((section: AgreementSection, i) => {
    if (section.heading.trim() === '') problems.push(problem('sections', 'sectionHeadingRequired', { row: i + 1 }));
    // A heading without text yet is allowed: the year's DUS names sections a new agreement starts
    // with, to be written over time; the document leaves an empty section out (agreementOutline).
    pushLength(problems, 'sections', section.heading, 'singleLine', i + 1);
  });
  pushLength(problems, 'sections', JSON.stringify(content.sections), 'multiLine');
  content.milestones.forEach((m: Milestone, i) => problems.push(...milestoneProblems(m, i + 1)));
  pushLength(problems, 'milestones', JSON.stringify(content.milestones), 'multiLine');
  return toResult(problems);
}
