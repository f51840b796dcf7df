// The agreement as a document, laid out like the seed documents (Udviklingsaftale 2020 and 2023):
// title, introduction, the year's DUS, core task, policies, "Aftalens tilblivelse", each goal with
// its "Udgangspunkt for målet" table and its fields, and the climate annex ("Mål vedr.
// Klimainsatsen"). The Dokument view and the .docx generator both render this outline, so the
// printed page and the Word file say the same. The document's language is Danish, as the
// agreement's own text is, whatever the UI language.
import type { Agreement, Department, Goal, GoalTarget, Requirement, Strategy, Track } from './types';
import type { Dialogue } from './checkIns';
import { CLIMATE_TEXT_FIELDS, GOAL_CONTENT_LABELS, GOAL_FIELD_LABELS, type ClimateTextField, type GoalTextField } from './goalFields';
import { ALL_SECTION_FIELDS, goalTemplateFor, sectionLabel, sectionsInOrder, type GoalSectionField, type GoalTemplate } from './goalTemplates';
import { HORIZON_LABELS, TARGET_DIRECTION_LABELS } from './labels';
import { outcomeLabel } from './outcomes';
import { sdgLabel } from './sdgs';
import { byGoalNumber } from './coverage';
import { trackMatrix, type MatrixColumn } from './trackMatrix';
import { danishList, milestoneWhen, textBlocks, type TextBlock } from './documentText';
import { danishDateText } from './danishDateFormat';

export interface AgreementOutlineInput {
  agreement: Agreement;
  department: Department;
  /** All departments, to name the partners of shared goals. */
  departments: Department[];
  goals: Goal[];
  strategy: Strategy | undefined;
  tracks: Track[];
  requirements: Requirement[];
  /** The Danish label of the agreement's stage, from the municipality's stage configuration. */
  stageLabel?: string;
  /** The board's contract dialogues on the agreement (issue 18). */
  dialogues?: Dialogue[];
}

export interface OutlineField {
  label: string;
  blocks: TextBlock[];
}

export interface OutlineTrackTable {
  caption: string;
  columns: Array<Pick<MatrixColumn, 'key' | 'kind' | 'title' | 'number'>>;
  /** One per column: true where the document has an X. */
  marks: boolean[];
}

export interface GoalOutline {
  goalId: number;
  /** "3. Sygefravær i staben"; the title alone when the goal has no number. */
  heading: string;
  title: string;
  /** "Fællesmål med HR staben", when the goal is shared. */
  sharedWith?: string;
  /** Absent when the goal marks nothing (a year without tracks): no empty table is printed. */
  trackTable?: OutlineTrackTable;
  fields: OutlineField[];
}

export interface ResourceEffectTable {
  caption: string;
  rowLabel: string;
  /** 1..5, with true at the marked value. */
  marks: boolean[];
}

export interface ClimateOutline {
  goalId: number;
  title: string;
  sharedWith?: string;
  /** One per filled CLIMATE_TEXT_FIELDS entry, "Verdensmål" (numbers and Danish names) in place of
   * its note; rows with nothing written are left out. */
  rows: OutlineField[];
  sdgs: string[];
  /** Absent when no effect is marked: no empty scale is printed. */
  resourceEffect?: ResourceEffectTable;
}

export interface OutlineSection {
  heading: string;
  blocks: TextBlock[];
}

export interface MilestoneTable {
  caption: string;
  columns: [string, string];
  rows: Array<[string, string]>;
}

export interface AgreementOutline {
  title: string;
  /** "Staben Økonomi, Innovation og IT · 2020" */
  subtitle: string;
  meta: string[];
  /** What could not be read of the agreement and its goals (issue #15.6), in the reader's words:
   * the Word file says it below the status, as the Dokument view does above the document. */
  notes?: string[];
  sections: OutlineSection[];
  milestones?: MilestoneTable;
  /** One section per contract dialogue, in meeting order (issue 18). */
  dialogues: OutlineSection[];
  goalsHeading: string;
  goals: GoalOutline[];
  climateHeading: string;
  climate: ClimateOutline[];
}

/** Headings and fixed wording of the document (the seed documents' own words). */
export const DOCUMENT_WORDS = {
  intro: 'Indledning',
  strategyTracks: 'Udviklingsspor',
  strategyThemes: 'Tværgående temaer',
  requirements: 'Krav til kontrakter og aftaler',
  coreTask: 'Kerneopgave',
  strategyRelation: 'Relation til DUS',
  budgetChanges: 'Årets budgetændringer',
  continuing: 'Fra sidste års aftale fortsætter',
  policies: 'Byrådets politikker',
  policiesLead: 'Aftaleholderen arbejder inden for følgende politikker:',
  milestones: 'Aftalens tilblivelse',
  dialogue: 'Kontraktdialog',
  dialogueParticipants: 'Deltagere',
  dialogueNotes: 'Referat',
  dialogueAgreed: 'Aftalt',
  dialogueFollowUps: 'Opfølgningspunkter',
  milestoneColumns: ['Tilblivelse', 'Tidsrum'] as [string, string],
  goals: 'Udviklingsmål',
  other: 'Andet',
  sharedWith: GOAL_FIELD_LABELS.sharedWithDepartmentIds,
  target: 'Målsætning',
  baseline: 'udgangspunkt',
  goalRequirements: 'Krav fra DUS, som målet opfylder',
  outcome: 'Opfølgning (årets status)',
  outcomeNote: GOAL_FIELD_LABELS.outcomeNote,
  evidence: 'Dokumentation',
  evidenceDelivered: 'leveret',
  climate: 'Mål vedr. Klimainsatsen',
  sdgs: 'Verdensmål',
  resourceEffect: 'Ressourceeffekt – omstilling til cirkulær økonomi',
  resourceEffectRow: 'Vurdering af effekt ift. at nedbringe ressourceforbruget, 1 (lav effekt) – 5 (høj effekt)',
  stage: 'Status'
} as const;

/** Fields that make a goal a goal of the template (a climate-only goal has none of them). */
const TEMPLATE_FIELDS = ALL_SECTION_FIELDS.filter((f): f is GoalTextField & GoalSectionField => f !== 'evidence');

function isClimateOnly(goal: Goal): boolean {
  return goal.climate !== undefined && goal.target === undefined && goal.horizon === undefined && TEMPLATE_FIELDS.every((f) => (goal[f] ?? '').trim() === '');
}

/** "Højst 2,8 pct. (udgangspunkt 2,8 pct. i 2021): max. 2,8 pct. sygefravær …". */
export function targetText(target: GoalTarget): string {
  const number = (n: number): string => `${String(n).replace('.', ',')} ${target.unit}`.trim();
  const baseline =
    target.baseline !== undefined
      ? ` (${DOCUMENT_WORDS.baseline} ${number(target.baseline)}${target.baselineYear !== undefined ? ` i ${target.baselineYear}` : ''})`
      : target.baselineYear !== undefined
        ? ` (${DOCUMENT_WORDS.baseline} ${target.baselineYear})`
        : '';
  const base = `${TARGET_DIRECTION_LABELS[target.direction]} ${number(target.value)}${baseline}`;
  return target.note ? `${base}: ${target.note}` : base;
}

function sharedWithText(goal: Goal, ownerId: number, departments: Department[]): string | undefined {
  // A goal of another department shown here (a fællesmål naming this one) names its owner too.
  const ids = [goal.departmentId, ...goal.sharedWithDepartmentIds].filter((id, i, all) => id !== ownerId && all.indexOf(id) === i);
  if (ids.length === 0) return undefined;
  const names = ids.map((id) => departments.find((d) => d.id === id)?.title ?? `#${id}`);
  return `${DOCUMENT_WORDS.sharedWith} ${danishList(names)}`;
}

function goalTrackTable(goal: Goal, tracks: Track[], template: GoalTemplate): OutlineTrackTable | undefined {
  // As the seed tables: the year's numbered tracks (or focus areas); a cross-cutting theme only
  // when the goal marks it; then the goal's policies, or an empty "Andet" column.
  const shown = tracks.filter((t) => t.kind !== 'theme' || goal.trackIds.includes(t.id));
  const matrix = trackMatrix([goal], shown);
  const columns = matrix.columns.map(({ key, kind, title, number }) => ({ key, kind, title, number }));
  const marks = [...(matrix.rows[0]?.marks ?? [])];
  if (!marks.some(Boolean)) return undefined;
  if (!columns.some((c) => c.kind === 'policy')) {
    columns.push({ key: 'policy:andet', kind: 'policy', title: DOCUMENT_WORDS.other, number: undefined });
    marks.push(false);
  }
  return { caption: template.tracksLabel, columns, marks };
}

/** The goal's fields under the year's template headings, in the template's order, then the fields
 * the template does not print (nothing stored is hidden), then target, requirements and outcome. */
function goalFields(goal: Goal, template: GoalTemplate, requirements: Requirement[]): OutlineField[] {
  const fields: OutlineField[] = [];
  const plain = (label: string, value: string): void => {
    fields.push({ label, blocks: [{ kind: 'paragraph', text: value }] });
  };
  const { printed, others } = sectionsInOrder(template);
  for (const field of [...printed, ...others]) {
    if (field === 'evidence') {
      if (goal.evidence.length > 0) {
        fields.push({
          label: sectionLabel(template, field),
          blocks: [
            { kind: 'list', items: goal.evidence.map((e) => ({ text: e.delivered ? `${e.text} (${DOCUMENT_WORDS.evidenceDelivered})` : e.text, level: 0 })) }
          ]
        });
      }
      continue;
    }
    const blocks = textBlocks(goal[field]);
    if (blocks.length > 0) fields.push({ label: sectionLabel(template, field), blocks });
    // The 2023 documents state the target with the goal and the horizon after the citizen impact.
    if (field === 'goalStatement' && goal.target) plain(DOCUMENT_WORDS.target, targetText(goal.target));
    if (field === 'citizenImpact' && goal.horizon) plain(GOAL_CONTENT_LABELS.horizon, HORIZON_LABELS[goal.horizon]);
  }
  const covered = requirements.filter((r) => goal.requirementIds.includes(r.id)).sort((a, b) => a.number - b.number);
  if (covered.length > 0) {
    fields.push({
      label: DOCUMENT_WORDS.goalRequirements,
      blocks: [{ kind: 'list', items: covered.map((r) => ({ text: `${r.number}. ${r.title}`, level: 0 })) }]
    });
  }
  if (goal.outcome) plain(DOCUMENT_WORDS.outcome, outcomeLabel(goal.outcome));
  const note = textBlocks(goal.outcomeNote);
  if (note.length > 0) fields.push({ label: DOCUMENT_WORDS.outcomeNote, blocks: note });
  return fields;
}

/** The climate annex of a goal with the document's Danish labels (the read view passes its own). */
export function climateOutline(goal: Goal, ownerId: number, departments: Department[], labels: ClimateLabels = DOCUMENT_CLIMATE_LABELS): ClimateOutline {
  const climate = goal.climate ?? { sdgs: [] };
  const sdgs = [...climate.sdgs].sort((a, b) => a - b).map(labels.sdg);
  const rows: OutlineField[] = CLIMATE_TEXT_FIELDS.map((spec) =>
    spec.field === 'sdgNote'
      ? {
          label: labels.sdgs,
          blocks: [...(sdgs.length > 0 ? [{ kind: 'list' as const, items: sdgs.map((text) => ({ text, level: 0 })) }] : []), ...textBlocks(climate.sdgNote)]
        }
      : { label: labels.field(spec.field, spec.label), blocks: textBlocks(climate[spec.field]) }
  ).filter((row) => row.blocks.length > 0);
  return {
    goalId: goal.id,
    title: goal.title,
    sharedWith: sharedWithText(goal, ownerId, departments),
    rows,
    sdgs,
    resourceEffect:
      climate.resourceEffect === undefined
        ? undefined
        : {
            caption: labels.resourceEffect,
            rowLabel: labels.resourceEffectRow,
            marks: [1, 2, 3, 4, 5].map((n) => climate.resourceEffect === n)
          }
  };
}

/** The words of the climate annex: the document's Danish ones, or the UI language's in the read view. */
export interface ClimateLabels {
  field(field: ClimateTextField, documentLabel: string): string;
  sdgs: string;
  sdg(sdgNumber: number): string;
  resourceEffect: string;
  resourceEffectRow: string;
}

const DOCUMENT_CLIMATE_LABELS: ClimateLabels = {
  field: (_field, documentLabel) => documentLabel,
  sdgs: DOCUMENT_WORDS.sdgs,
  sdg: sdgLabel,
  resourceEffect: DOCUMENT_WORDS.resourceEffect,
  resourceEffectRow: DOCUMENT_WORDS.resourceEffectRow
};

function strategyBlocks(tracks: Track[], requirements: Requirement[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const numbered = tracks.filter((t) => t.kind !== 'theme').sort((a, b) => (a.number ?? 0) - (b.number ?? 0) || a.id - b.id);
  const themes = tracks.filter((t) => t.kind === 'theme').sort((a, b) => a.id - b.id);
  const list = (heading: string, items: string[]): void => {
    if (items.length === 0) return;
    blocks.push({ kind: 'paragraph', text: `${heading}:` }, { kind: 'list', items: items.map((text) => ({ text, level: 0 })) });
  };
  list(
    DOCUMENT_WORDS.strategyTracks,
    numbered.map((t) => (t.number !== undefined ? `${t.number}. ${t.title}` : t.title))
  );
  list(
    DOCUMENT_WORDS.strategyThemes,
    themes.map((t) => t.title)
  );
  list(
    DOCUMENT_WORDS.requirements,
    [...requirements].sort((a, b) => a.number - b.number).map((r) => `${r.number}. ${r.title}`)
  );
  return blocks;
}

/** As 2020's "Justering af demografimodeller (Vores relation til folkestyret, udførelse)". */
function budgetChangeBlocks(agreement: Agreement, tracks: Track[]): TextBlock[] {
  const items = (agreement.budgetChanges ?? [])
    .filter((b) => b.text.trim() !== '')
    .map((b) => {
      const names = b.trackIds.map((id) => tracks.find((t) => t.id === id)?.title).filter((n): n is string => !!n);
      return { text: names.length > 0 ? `${b.text.trim()} (${names.join(', ')})` : b.text.trim(), level: 0 };
    });
  return items.length > 0 ? [{ kind: 'list', items }] : [];
}

export function agreementOutline(input: AgreementOutlineInput): AgreementOutline {
  const { agreement, department, departments, strategy, tracks, requirements } = input;
  const year = agreement.year;
  const yearLabel = agreement.yearTo && agreement.yearTo !== year ? `${year}-${agreement.yearTo}` : String(year);
  const sections: OutlineSection[] = [];
  const section = (heading: string, blocks: TextBlock[]): void => {
    if (blocks.length > 0) sections.push({ heading, blocks });
  };
  section(DOCUMENT_WORDS.intro, textBlocks(agreement.intro));
  if (strategy) section(strategy.title, strategyBlocks(tracks, requirements));
  section(DOCUMENT_WORDS.strategyRelation, textBlocks(agreement.strategyRelation));
  section(DOCUMENT_WORDS.coreTask, textBlocks(agreement.coreTask));
  if (agreement.policies.length > 0) {
    section(DOCUMENT_WORDS.policies, [
      { kind: 'paragraph', text: DOCUMENT_WORDS.policiesLead },
      { kind: 'list', items: agreement.policies.map((text) => ({ text, level: 0 })) }
    ]);
  }
  section(DOCUMENT_WORDS.budgetChanges, budgetChangeBlocks(agreement, tracks));
  section(DOCUMENT_WORDS.continuing, textBlocks(agreement.continuing));
  // The department's own sections under their own headings; an empty one is left out as above.
  for (const own of agreement.sections ?? []) section(own.heading.trim(), textBlocks(own.body));
  const ordered = [...input.goals].sort(byGoalNumber);
  // The year's goal template gives the headings of the goal fields and of the tracks table.
  const template = goalTemplateFor(strategy, tracks);
  return {
    title: agreement.title,
    subtitle: `${department.title} · ${yearLabel}`,
    meta: input.stageLabel ? [`${DOCUMENT_WORDS.stage}: ${input.stageLabel}`] : [],
    sections,
    milestones:
      agreement.milestones.length > 0
        ? { caption: DOCUMENT_WORDS.milestones, columns: DOCUMENT_WORDS.milestoneColumns, rows: agreement.milestones.map((m) => [m.title, milestoneWhen(m)]) }
        : undefined,
    dialogues: [...(input.dialogues ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id)).map(dialogueSection),
    goalsHeading: DOCUMENT_WORDS.goals,
    goals: ordered
      .filter((g) => !isClimateOnly(g))
      .map((goal) => ({
        goalId: goal.id,
        heading: goal.number !== undefined ? `${goal.number}. ${goal.title}` : goal.title,
        title: goal.title,
        sharedWith: sharedWithText(goal, agreement.departmentId, departments),
        trackTable: goalTrackTable(goal, tracks, template),
        fields: goalFields(goal, template, requirements)
      })),
    climateHeading: DOCUMENT_WORDS.climate,
    climate: ordered.filter((g) => g.climate !== undefined).map((g) => climateOutline(g, agreement.departmentId, departments))
  };
}

/** "Kontraktdialog 18. april 2023: Kontraktdialog forår 2023" with participants, minutes, what was
 * agreed and the follow-up points. */
function dialogueSection(d: Dialogue): OutlineSection {
  const day = danishDateText(d.date);
  const blocks: TextBlock[] = [];
  const list = (label: string, items: string[]): void => {
    if (items.length === 0) return;
    blocks.push({ kind: 'paragraph', text: `${label}:` }, { kind: 'list', items: items.map((text) => ({ text, level: 0 })) });
  };
  const text = (label: string, value: string | undefined): void => {
    const body = textBlocks(value);
    if (body.length > 0) blocks.push({ kind: 'paragraph', text: `${label}:` }, ...body);
  };
  list(DOCUMENT_WORDS.dialogueParticipants, d.participants);
  text(DOCUMENT_WORDS.dialogueNotes, d.notes);
  text(DOCUMENT_WORDS.dialogueAgreed, d.agreed);
  list(DOCUMENT_WORDS.dialogueFollowUps, d.followUps);
  return { heading: `${DOCUMENT_WORDS.dialogue} ${day}: ${d.title}`, blocks };
}
