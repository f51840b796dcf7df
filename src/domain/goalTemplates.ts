// The goal template of a year: which fields a goal has, in which order, under which heading. The
// seeds change their template over the years: Skanderborg 2019-2020 asks questions in a table
// ("Hvilken forandring vil vi opnå?", "Hvordan gør vi det?"), 2023 writes sections ("Baggrund og
// formål", "Forventede virkninger for borgeren"), Albertslund's plan has a goal and its
// "Dokumentation". The strategy names its template (Strategies.GoalTemplate), so the labels are data
// of the year, written here once and read by the editor, the document and validation alike.
import type { GoalContentField, Strategy, Track } from './types';
import { GOAL_CONTENT_LABELS, GOAL_FIELD_LABELS, type GoalTextField } from './goalFields';

export type GoalTemplateKey = 'questions' | 'sections' | 'evidence';

/** A template section: a text field of the goal, or the Albertslund-style evidence list. */
export type GoalSectionField = Exclude<GoalTextField, 'title' | 'outcomeNote'> | 'evidence';

export interface GoalTemplateSection {
  field: GoalSectionField;
  /** The heading as the year's documents print it. */
  label: string;
}

export interface GoalTemplate {
  key: GoalTemplateKey;
  /** Name of the template, for the DUS administration. */
  name: string;
  /** Heading of the goal's title: "Mål" in the question table, "Titel" elsewhere. */
  titleLabel: string;
  /** Heading of the tracks table. */
  tracksLabel: string;
  sections: readonly GoalTemplateSection[];
}

export const GOAL_TEMPLATES: Readonly<Record<GoalTemplateKey, GoalTemplate>> = {
  questions: {
    key: 'questions',
    name: 'Spørgsmål i skema (Skanderborg 2019-2020)',
    titleLabel: 'Mål',
    tracksLabel: 'Udgangspunkt for målet',
    sections: [
      { field: 'purpose', label: 'Hvilken forandring vil vi opnå?' },
      { field: 'activities', label: 'Hvordan gør vi det?' },
      { field: 'involved', label: GOAL_CONTENT_LABELS.involved },
      { field: 'followUpMethod', label: 'Hvordan følger vi op på virkningen?' }
    ]
  },
  sections: {
    key: 'sections',
    name: 'Afsnit med virkning for borgeren (Skanderborg 2023)',
    titleLabel: GOAL_FIELD_LABELS.title,
    tracksLabel: 'Udgangspunkt for målet',
    sections: [
      // Skanderborg 2023's headings are the fields' own labels (goalFields.ts).
      { field: 'purpose', label: GOAL_CONTENT_LABELS.purpose },
      { field: 'goalStatement', label: GOAL_CONTENT_LABELS.goalStatement },
      { field: 'citizenImpact', label: GOAL_CONTENT_LABELS.citizenImpact },
      { field: 'activities', label: GOAL_CONTENT_LABELS.activities },
      { field: 'followUpMethod', label: 'Opfølgning på udviklingsmålet og virkning' }
    ]
  },
  evidence: {
    key: 'evidence',
    name: 'Mål med dokumentation (Albertslund)',
    titleLabel: 'Titel',
    tracksLabel: 'Indsatsområde',
    sections: [
      { field: 'goalStatement', label: 'Mål' },
      { field: 'evidence', label: 'Dokumentation' }
    ]
  }
};

/** Headings for fields a template does not print, so nothing stored is ever hidden. */
export const OTHER_SECTION_LABELS: Readonly<Record<GoalSectionField, string>> = {
  purpose: GOAL_CONTENT_LABELS.purpose,
  goalStatement: GOAL_CONTENT_LABELS.goalStatement,
  citizenImpact: GOAL_CONTENT_LABELS.citizenImpact,
  activities: GOAL_CONTENT_LABELS.activities,
  involved: GOAL_CONTENT_LABELS.involved,
  followUpMethod: GOAL_CONTENT_LABELS.followUpMethod,
  evidence: 'Dokumentation'
};

/** Every section field in the order "Øvrige felter" lists them: derived from the exhaustive record
 * above, so a new section field cannot be forgotten here. */
export const ALL_SECTION_FIELDS: readonly GoalSectionField[] = Object.keys(OTHER_SECTION_LABELS) as GoalSectionField[];

/**
 * The template of a year: the strategy's own choice; for a strategy that names none (older data),
 * focus areas mean Albertslund's plan, a demand for citizen impact the 2023 sections, else the
 * question table. Without a strategy the 2023 sections (the newest) apply.
 */
export function goalTemplateFor(
  strategy: Pick<Strategy, 'goalTemplate' | 'minimumGoalContent'> | undefined,
  tracks: readonly Pick<Track, 'kind'>[] = []
): GoalTemplate {
  if (strategy?.goalTemplate) return GOAL_TEMPLATES[strategy.goalTemplate];
  if (tracks.length > 0 && tracks.every((t) => t.kind === 'focusArea')) return GOAL_TEMPLATES.evidence;
  if (!strategy || strategy.minimumGoalContent.includes('citizenImpact')) return GOAL_TEMPLATES.sections;
  return GOAL_TEMPLATES.questions;
}

/** The label of a field in a template, or its general label when the template does not print it. */
export function sectionLabel(template: GoalTemplate, field: GoalSectionField): string {
  return template.sections.find((s) => s.field === field)?.label ?? OTHER_SECTION_LABELS[field];
}

/** The template's fields first, in its order; then the rest (shown under "Øvrige felter"). */
export function sectionsInOrder(template: GoalTemplate): { printed: GoalSectionField[]; others: GoalSectionField[] } {
  const printed = template.sections.map((s) => s.field);
  return { printed, others: ALL_SECTION_FIELDS.filter((f) => !printed.includes(f)) };
}

/** Minimum-content fields are asked for whatever the template prints (validation reads the strategy). */
export function isMinimumContent(strategy: Pick<Strategy, 'minimumGoalContent'> | undefined, field: GoalSectionField): boolean {
  return !!strategy && field !== 'evidence' && strategy.minimumGoalContent.includes(field as GoalContentField);
}
