// The agreement's own sections as the department writes them (issue 16): which fields they are,
// their Danish labels, validation at each field, the three-way merge behind the conflict dialog and
// the Danish date grammar of "Aftalens tilblivelse". Imported by path: only the lazy
// 'agreement-editor' chunk and the tests use it, so it stays out of the main bundle.
import type { AgreementSection, BudgetChange, Milestone, NewAgreement, Track } from './types';
import { lengthMessage } from './fieldLimits';
import { sameGoalValue } from './goalMerge';
import { type FieldMessage, type ValidationResult, isISODate, toResult } from './validationResult';

/** The fields of the agreement editor, in the page's (and the document's) order. */
export const AGREEMENT_CONTENT_KEYS = [
  'intro',
  'strategyRelation',
  'coreTask',
  'policies',
  'budgetChanges',
  'continuing',
  'sections',
  'milestones'
] as const;

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

function pushLength(messages: FieldMessage<AgreementContentField>[], field: AgreementContentField, value: string | undefined, kind: 'singleLine' | 'multiLine', label: string): void {
  const message = lengthMessage(label, value, kind);
  if (message) messages.push({ field, code: 'tooLong', message });
}

/** Messages per field, Danish, naming the field and the row. `tracks` are the year's tracks: a
 * budget change may only relate to those (a hand-made id of another year is refused). */
export function validateAgreementContent(content: AgreementContent, tracks: ReadonlyArray<Pick<Track, 'id'>>): ValidationResult<AgreementContentField> {
  const messages: FieldMessage<AgreementContentField>[] = [];
  const label = AGREEMENT_CONTENT_LABELS;
  for (const key of ['intro', 'strategyRelation', 'coreTask', 'continuing'] as const) pushLength(messages, key, content[key], 'multiLine', label[key]);
  content.policies.forEach((policy, i) => {
    if (policy.trim() === '') messages.push({ field: 'policies', code: 'required', message: `»${label.policies}«: politik nr. ${i + 1} har intet navn.` });
    pushLength(messages, 'policies', policy, 'singleLine', `${label.policies}, nr. ${i + 1}`);
  });
  content.budgetChanges.forEach((change: BudgetChange, i) => {
    const row = `»${label.budgetChanges}«, nr. ${i + 1}`;
    if (change.text.trim() === '') messages.push({ field: 'budgetChanges', code: 'required', message: `${row}: beskrivelsen skal udfyldes.` });
    if (change.trackIds.some((id) => !tracks.some((t) => t.id === id))) {
      messages.push({ field: 'budgetChanges', code: 'invalid', message: `${row}: et af sporene hører ikke til årets DUS.` });
    }
  });
  // The list field holds all budget changes as JSON: its limit is the note column's.
  pushLength(messages, 'budgetChanges', JSON.stringify(content.budgetChanges), 'multiLine', label.budgetChanges);
  content.sections.forEach((section: AgreementSection, i) => {
    const row = `»${label.sections}«, afsnit ${i + 1}`;
    if (section.heading.trim() === '') messages.push({ field: 'sections', code: 'required', message: `${row}: overskriften skal udfyldes.` });
    // A heading without text yet is allowed: the year's DUS names sections a new agreement starts
    // with, to be written over time; the document leaves an empty section out (agreementOutline).
    pushLength(messages, 'sections', section.heading, 'singleLine', `${row}, overskrift`);
  });
  pushLength(messages, 'sections', JSON.stringify(content.sections), 'multiLine', label.sections);
  content.milestones.forEach((m: Milestone, i) => {
    const row = `»${label.milestones}«, trin ${i + 1}`;
    if (m.title.trim() === '') messages.push({ field: 'milestones', code: 'required', message: `${row}: beskrivelsen skal udfyldes.` });
    if (m.date !== undefined && !isISODate(m.date)) messages.push({ field: 'milestones', code: 'invalid', message: `${row}: datoen er ikke gyldig. Skriv dd-mm-åååå.` });
    if (m.endDate !== undefined && !isISODate(m.endDate)) messages.push({ field: 'milestones', code: 'invalid', message: `${row}: slutdatoen er ikke gyldig. Skriv dd-mm-åååå.` });
    if (m.endDate !== undefined && m.date === undefined) messages.push({ field: 'milestones', code: 'required', message: `${row}: en periode skal have en startdato.` });
    if (m.date && m.endDate && m.endDate < m.date) messages.push({ field: 'milestones', code: 'invalid', message: `${row}: slutdatoen ligger før startdatoen.` });
  });
  pushLength(messages, 'milestones', JSON.stringify(content.milestones), 'multiLine', label.milestones);
  return toResult(messages);
}
