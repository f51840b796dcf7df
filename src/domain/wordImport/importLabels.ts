// The headings the import recognises, all taken from what the product already knows: the goal
// templates of the years (goalTemplates.ts), the goal and climate field labels (goalFields.ts), the
// document's own words (agreementOutline.ts), plus the wordings the seed documents use for the same
// question in other years ("Hvad vil vi opnå med forandringen?" in 2020, "Opfølgning på
// udviklingsmålet:" in 2019). One table, so the writer and the reader cannot drift apart silently:
// the round-trip test exports every seeded agreement and imports it again.
import { CLIMATE_TEXT_FIELDS, GOAL_TEXT_FIELDS, GOAL_CONTENT_LABELS, type ClimateTextField, type GoalTextField } from '../goalFields';
import { GOAL_TEMPLATES, OTHER_SECTION_LABELS, type GoalSectionField } from '../goalTemplates';
import { DOCUMENT_WORDS } from '../agreementOutline';

/** Where the text under a goal label goes. */
export type GoalLabelTarget =
  | { kind: 'field'; field: Exclude<GoalTextField, 'title'> | GoalSectionField }
  | { kind: 'title' }
  | { kind: 'target' }
  | { kind: 'horizon' }
  | { kind: 'requirements' }
  | { kind: 'outcome' }
  | { kind: 'tracks' };

export type AgreementLabelTarget = 'intro' | 'coreTask' | 'strategyRelation' | 'continuing' | 'policies' | 'budgetChanges' | 'milestones' | 'goals' | 'climate';

/** Lower case, no trailing colon or question mark, one space: "Hvem er involveret?:" = "hvem er involveret". */
export function labelKey(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/\s+/g, ' ')
    .replace(/[\s:?.]+$/g, '')
    .trim();
}

const GOAL_LABELS = new Map<string, GoalLabelTarget>();
const add = (label: string, target: GoalLabelTarget): void => {
  if (!GOAL_LABELS.has(labelKey(label))) GOAL_LABELS.set(labelKey(label), target);
};
// The template labels of every year first: they decide where a question's answer goes.
for (const template of Object.values(GOAL_TEMPLATES)) {
  for (const s of template.sections) {
    // "Mål" is the title in the question table and Albertslund's plan (the seeds store it so).
    if (labelKey(s.label) !== 'mål') add(s.label, { kind: 'field', field: s.field });
  }
  add(template.tracksLabel, { kind: 'tracks' });
}
add('Mål', { kind: 'title' });
add('Titel', { kind: 'title' });
for (const [field, label] of Object.entries(OTHER_SECTION_LABELS)) add(label, { kind: 'field', field: field as GoalSectionField });
for (const spec of GOAL_TEXT_FIELDS) if (spec.field !== 'title') add(spec.label, { kind: 'field', field: spec.field });
add(DOCUMENT_WORDS.target, { kind: 'target' });
add(GOAL_CONTENT_LABELS.horizon, { kind: 'horizon' });
add(DOCUMENT_WORDS.goalRequirements, { kind: 'requirements' });
add(DOCUMENT_WORDS.outcome, { kind: 'outcome' });
add(DOCUMENT_WORDS.outcomeNote, { kind: 'field', field: 'outcomeNote' });
// Other years' wording of the same questions (seed documents 000 and 004, Albertslund 002).
add('Hvad vil vi opnå med forandringen?', { kind: 'field', field: 'purpose' });
add('Hvordan følger vi op på virkning?', { kind: 'field', field: 'followUpMethod' });
add('Opfølgning på udviklingsmålet', { kind: 'field', field: 'followUpMethod' });
add('Opfølgning', { kind: 'field', field: 'outcomeNote' });

/** The goal field a label names, or undefined. */
export function goalLabel(text: string): GoalLabelTarget | undefined {
  return GOAL_LABELS.get(labelKey(text));
}

/** "Mål: Bedre anlægsstyring": a known label and the text after its colon on the same line. */
export function inlineGoalLabel(text: string): { target: GoalLabelTarget; rest: string } | undefined {
  const m = /^([^:]{2,80}):\s*(.*)$/s.exec(text.trim());
  if (!m) return undefined;
  const target = goalLabel(m[1]);
  return target ? { target, rest: m[2].trim() } : undefined;
}

const AGREEMENT_LABELS = new Map<string, AgreementLabelTarget>([
  [labelKey(DOCUMENT_WORDS.intro), 'intro'],
  [labelKey(DOCUMENT_WORDS.coreTask), 'coreTask'],
  [labelKey(DOCUMENT_WORDS.strategyRelation), 'strategyRelation'],
  [labelKey(DOCUMENT_WORDS.continuing), 'continuing'],
  [labelKey(DOCUMENT_WORDS.policies), 'policies'],
  [labelKey(DOCUMENT_WORDS.budgetChanges), 'budgetChanges'],
  [labelKey(DOCUMENT_WORDS.milestones), 'milestones'],
  [labelKey(DOCUMENT_WORDS.goals), 'goals'],
  [labelKey('Strategiske udviklingsmål'), 'goals'],
  [labelKey(DOCUMENT_WORDS.climate), 'climate']
]);

export function agreementLabel(text: string): AgreementLabelTarget | undefined {
  return AGREEMENT_LABELS.get(labelKey(text));
}

const CLIMATE_LABELS = new Map<string, ClimateTextField | 'sdgs'>([
  ...CLIMATE_TEXT_FIELDS.filter((s) => s.field !== 'sdgNote').map((s) => [labelKey(s.label), s.field] as [string, ClimateTextField]),
  [labelKey(DOCUMENT_WORDS.sdgs), 'sdgs']
]);

/** A climate annex row label ("Tidsplan (3.1.7)" reads as "Tidsplan"). */
export function climateLabel(text: string): ClimateTextField | 'sdgs' | undefined {
  return CLIMATE_LABELS.get(labelKey(text)) ?? CLIMATE_LABELS.get(labelKey(text.replace(/\s*\([\d., ]+\)\s*$/, '')));
}

/** "Ressourceeffekt – omstilling til cirkulær økonomi" */
export function isResourceEffectCaption(text: string): boolean {
  return labelKey(text) === labelKey(DOCUMENT_WORDS.resourceEffect);
}

/** Albertslund's follow-up words to the outcome they state (seed/albertslund/followup-2015.ts). */
export function outcomeFromWords(text: string): import('../types').OutcomeCode | undefined {
  const t = text.toLocaleLowerCase('da');
  if (/ikke nået|ikke opfyldt/.test(t)) return 'notAchieved';
  if (/delvis/.test(t)) return 'partlyAchieved';
  if (/videreføres/.test(t)) return 'continued';
  if (/irrelevant|bortfald/.test(t)) return 'dropped';
  if (/har ændret sig|ændret/.test(t)) return 'changed';
  if (/målet er nået|er opfyldt|nået/.test(t)) return 'achieved';
  return undefined;
}
