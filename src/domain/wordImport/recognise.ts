// Recognition: from a Word document's blocks to a mapping of parts. Every block of the document
// becomes a part with a destination (an agreement field, a free section, a field of a goal, the
// climate annex, or "structure" for headings and labels), so nothing is dropped silently and the
// review can list where every part went and let the user move or skip it. assemble.ts builds the
// agreement and goals from the parts; moving a paragraph is changing its destination.
//
// Formats recognised (all from the seeds and the product's own .docx writer):
// - headings per goal ("1. Titel", "2.3 Anlægsstyring") with the field labels as sub-headings or
//   bold paragraphs (2023 sections, the product's export);
// - the 2019-2020 question table: rows of [label, answer], "Mål: ..." as the title row, and the
//   "Udgangspunkt for målet" row of column titles followed by a row of X marks;
// - Albertslund's "Mål: ..." / "Dokumentation:" / "Opfølgning: ..." paragraphs under focus-area
//   headings, several goals under one heading.
// Text that none of these claim stays in the agreement as a free section under its heading.
import type { ClimateTextField, GoalTextField } from '../goalFields';
import { DOCUMENT_WORDS } from '../agreementOutline';
import { blocksToStoredText, plainText, type DocBlock, type DocCell } from './documentModel';
import { agreementLabel, climateLabel, goalLabel, inlineGoalLabel, isResourceEffectCaption, labelKey, type GoalLabelTarget } from './importLabels';

export type GoalPartField = 'title' | Exclude<GoalTextField, 'title'> | 'evidence' | 'target' | 'horizon' | 'requirements' | 'outcome' | 'sharedWith';

export type AgreementPartField = 'title' | 'intro' | 'coreTask' | 'strategyRelation' | 'continuing' | 'policies' | 'budgetChanges' | 'milestones';

export type ClimatePartField = ClimateTextField | 'sdgs' | 'resourceEffect';

export type PartDestination =
  | { kind: 'agreement'; field: AgreementPartField }
  | { kind: 'section'; section: number }
  | { kind: 'goal'; goal: number; field: GoalPartField }
  | { kind: 'climate'; goal: number; field: ClimatePartField }
  /** A heading or label: it places what follows; `role` says which. */
  | { kind: 'structure'; role: 'documentMeta' | 'sectionHeading' | 'goalHeading' | 'label' | 'tracks' | 'strategy'; goal?: number }
  | { kind: 'skipped' };

export interface ImportPart {
  /** Position in the document (0-based, in reading order); stable for the same file. */
  index: number;
  /** What the document says, one line per paragraph, for the review's left column. */
  source: string;
  /** The text as it is stored when the part goes to a text field ("- " bullets). */
  text: string;
  destination: PartDestination;
}

export interface TrackTable {
  columns: string[];
  marks: boolean[];
}

export interface GoalSkeleton {
  /** Number as printed ("3." or the last part of "2.3"), absent when the document has none. */
  number?: number;
  /** The heading the goal stands under, when its title came from a "Mål" row or paragraph. */
  heading?: string;
  /** The goal's heading as printed, number included ("1. Understøtte ..."). */
  headingText?: string;
  /** A focus area or track named by the heading the goals stand under (Albertslund). */
  groupHeading?: string;
  tracks?: TrackTable;
  skip: boolean;
}

export interface ImportMapping {
  /** The document title as printed. */
  title: string;
  year?: number;
  yearTo?: number;
  /** The department the document names (the subtitle, or "for X" in the title). */
  departmentName?: string;
  sections: Array<{ heading: string }>;
  goals: GoalSkeleton[];
  parts: ImportPart[];
}

const STRATEGY_LEADS = new Set([DOCUMENT_WORDS.strategyTracks, DOCUMENT_WORDS.strategyThemes, DOCUMENT_WORDS.requirements].map(labelKey));
const NUMBERED = /^(\d+)(?:\.(\d+))?\.?\s+(.+)$/;
const YEARS = /\b((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\b/;

/** "Udviklingsaftale 2023 for Staben X" -> the years and "Staben X"; the writer's subtitle "X · 2023" too. */
export function titleFacts(title: string, subtitle?: string): { year?: number; yearTo?: number; departmentName?: string } {
  const sub = subtitle ? /^(.+?)\s+·\s+((?:19|20)\d\d)(?:-((?:19|20)\d\d))?$/.exec(subtitle.trim()) : null;
  const years = YEARS.exec(title) ?? (sub ? YEARS.exec(sub[2] + (sub[3] ? `-${sub[3]}` : '')) : null);
  const year = years ? Number(years[1]) : undefined;
  const yearTo = years?.[2] ? Number(years[2]) : undefined;
  let departmentName = sub?.[1].trim();
  if (!departmentName) {
    const m = /\bfor\s+(.+?)(?:\s+(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*$/i.exec(title);
    if (m) departmentName = m[1].replace(/^(?:(?:19|20)\d\d\s+for\s+)/, '').trim();
  }
  return { year, yearTo: yearTo !== year ? yearTo : undefined, departmentName };
}

const isX = (cell: DocCell): boolean => /^[xX✓✔]$/.test(plainText(cell.blocks).trim());
const cellText = (cell: DocCell): string => plainText(cell.blocks).trim();
/** A row as the review shows it: its cells' text, without the empty cells merged across the end. */
const rowText = (row: DocCell[]): string => {
  const texts = row.map(cellText);
  while (texts.length > 1 && texts[texts.length - 1] === '') texts.pop();
  return texts.join(' | ');
};

/** A tracks table: a header row of column titles (after an optional "Udgangspunkt for målet" cell)
 * and a row of X marks under them. */
function readTrackRows(rows: DocCell[][], start: number): { table: TrackTable; used: number } | undefined {
  const header = rows[start];
  const marksRow = rows[start + 1];
  if (!header || !marksRow) return undefined;
  const headerTexts = header.map(cellText);
  const leading = goalLabel(headerTexts[0] ?? '')?.kind === 'tracks' ? 1 : 0;
  // Cells merged across the unused width of the table come as empty trailing cells: not columns.
  let width = headerTexts.length;
  while (width > leading && headerTexts[width - 1] === '') width--;
  const columns = headerTexts.slice(leading, width);
  const marks = marksRow.slice(leading, width).map((c) => isX(c));
  const marksOnly = marksRow.every((c) => cellText(c) === '' || isX(c));
  if (columns.length === 0 || !marksOnly || columns.some((c) => c === '')) return undefined;
  return { table: { columns, marks }, used: 2 };
}

interface State {
  mapping: ImportMapping;
  index: number;
  mode: 'front' | 'goals' | 'climate';
  /** Where body text goes now. */
  target: PartDestination;
  goal: number | undefined;
  goalLevel: number;
  /** Whether the current goal's title came from a "Mål" label (a second one starts a new goal). */
  titleFromLabel: boolean;
  /** Whether the current goal has any field text yet. */
  goalHasContent: boolean;
  groupHeading: string | undefined;
  /** The bold caption before a table ("Udgangspunkt for målet", the resource effect). */
  caption: 'tracks' | 'resourceEffect' | undefined;
  subtitle: string | undefined;
}

function push(s: State, source: string, text: string, destination: PartDestination): void {
  s.mapping.parts.push({ index: s.index++, source, text, destination });
}

function startGoal(s: State, heading: { number?: number; title: string; level: number; source: string } | undefined): number {
  const goal = s.mapping.goals.length;
  s.mapping.goals.push({ number: heading?.number, headingText: heading?.source, groupHeading: heading ? undefined : s.groupHeading, skip: false });
  s.goal = goal;
  s.goalLevel = heading?.level ?? s.goalLevel;
  s.titleFromLabel = false;
  s.goalHasContent = false;
  if (heading) push(s, heading.source, heading.title, { kind: 'goal', goal, field: 'title' });
  return goal;
}

/** A label's text goes to the goal: title, a field, or a structure marker. */
function labelDestination(goal: number, target: GoalLabelTarget): PartDestination {
  switch (target.kind) {
    case 'title':
      return { kind: 'goal', goal, field: 'title' };
    case 'field':
      return { kind: 'goal', goal, field: target.field };
    case 'tracks':
      return { kind: 'structure', role: 'tracks', goal };
    default:
      return { kind: 'goal', goal, field: target.kind };
  }
}

/** "Mål" starts a new goal when the current one already has its title from a label or any text. */
function applyTitleLabel(s: State, source: string, title: string): void {
  if (s.goal === undefined || s.titleFromLabel || s.goalHasContent) startGoal(s, undefined);
  const goal = s.goal as number;
  // The heading's title gives way to the "Mål" text; the heading stays as the goal's heading.
  for (const p of s.mapping.parts) {
    if (p.destination.kind === 'goal' && p.destination.goal === goal && p.destination.field === 'title') {
      p.destination = { kind: 'structure', role: 'goalHeading', goal };
      s.mapping.goals[goal].heading = p.text;
      s.mapping.goals[goal].groupHeading = p.text;
    }
  }
  s.titleFromLabel = true;
  s.target = { kind: 'goal', goal, field: 'title' };
  if (title !== '') push(s, source, title, { kind: 'goal', goal, field: 'title' });
}

function applyGoalLabel(s: State, source: string, target: GoalLabelTarget, rest: string): void {
  if (target.kind === 'title') return applyTitleLabel(s, source, rest);
  const goal = s.goal ?? startGoal(s, undefined);
  if (target.kind === 'tracks') {
    s.caption = 'tracks';
    push(s, source, '', { kind: 'structure', role: 'tracks', goal });
    return;
  }
  push(s, source, '', { kind: 'structure', role: 'label', goal });
  s.target = labelDestination(goal, target);
  if (rest !== '') {
    push(s, rest, rest, s.target);
    s.goalHasContent = true;
  }
}

function handleHeading(s: State, block: { level: number; text: string }): void {
  const text = block.text.trim();
  const agreement = agreementLabel(text);
  const inGoal = s.goal !== undefined && s.mode !== 'front' && block.level > s.goalLevel;
  const goalTarget = goalLabel(text);
  // Inside a goal, a deeper heading that is a field label is a label ("Udviklingsmål" under "2. X").
  // A "Mål" sub-heading under the goal's own heading is the evidence template's goal statement
  // (the writer prints it so); as a row or paragraph it is the title (question table, Albertslund).
  if (inGoal && goalTarget && s.mode === 'goals') {
    return applyGoalLabel(s, text, goalTarget.kind === 'title' && labelKey(text) === 'mål' ? { kind: 'field', field: 'goalStatement' } : goalTarget, '');
  }
  if (agreement === 'goals' || agreement === 'climate') {
    s.mode = agreement;
    s.goal = undefined;
    s.groupHeading = undefined;
    s.goalLevel = block.level;
    push(s, text, '', { kind: 'structure', role: 'sectionHeading' });
    return;
  }
  if (agreement) {
    s.mode = 'front';
    s.goal = undefined;
    push(s, text, '', { kind: 'structure', role: 'sectionHeading' });
    s.target = { kind: 'agreement', field: agreement };
    return;
  }
  if (/\bDUS\b|udviklingsstrategi|udviklingsspor/i.test(text) && s.mode === 'front') {
    // The year's DUS as the document repeats it: the product has it already (the strategy).
    push(s, text, '', { kind: 'structure', role: 'strategy' });
    s.target = { kind: 'structure', role: 'strategy' };
    return;
  }
  if (s.mode === 'climate') {
    const goal = startGoal(s, undefined);
    s.mapping.parts.push({ index: s.index++, source: text, text, destination: { kind: 'goal', goal, field: 'title' } });
    s.target = { kind: 'climate', goal, field: 'description' };
    return;
  }
  const numbered = NUMBERED.exec(text);
  if (s.mode === 'goals' || numbered) {
    // A goal heading; Albertslund's focus-area headings are told apart later, when a "Mål:"
    // paragraph follows before any field (applyTitleLabel keeps the heading as the group).
    s.mode = 'goals';
    const number = numbered ? Number(numbered[2] ?? numbered[1]) : undefined;
    s.groupHeading = numbered ? numbered[3].trim() : text;
    s.goalLevel = block.level;
    startGoal(s, { number, title: numbered ? numbered[3].trim() : text, level: block.level, source: text });
    s.target = { kind: 'goal', goal: s.goal as number, field: 'purpose' };
    return;
  }
  // Anything else: a free section of the agreement under the document's own heading.
  const section = s.mapping.sections.length;
  s.mapping.sections.push({ heading: text });
  // Goals that follow under it ("Mål: ...") stand in this group (Albertslund's focus areas).
  s.groupHeading = text;
  s.goal = undefined;
  push(s, text, '', { kind: 'structure', role: 'sectionHeading' });
  s.target = { kind: 'section', section };
}

function handleClimateTable(s: State, rows: DocCell[][], goal: number): void {
  for (const row of rows) {
    const label = cellText(row[0] ?? { blocks: [] });
    const field = climateLabel(label);
    const body = row.slice(1).flatMap((c) => c.blocks);
    const text = blocksToStoredText(body);
    if (field) {
      push(s, label, '', { kind: 'structure', role: 'label', goal });
      if (text !== '') push(s, plainText(body), text, { kind: 'climate', goal, field });
    } else {
      push(s, plainText(row.flatMap((c) => c.blocks)), blocksToStoredText(row.flatMap((c) => c.blocks)), {
        kind: 'section',
        section: sectionFor(s, DOCUMENT_CLIMATE)
      });
    }
  }
}

const DOCUMENT_CLIMATE = 'Klimabilag';

function sectionFor(s: State, heading: string): number {
  const existing = s.mapping.sections.findIndex((x) => x.heading === heading);
  if (existing >= 0) return existing;
  s.mapping.sections.push({ heading });
  return s.mapping.sections.length - 1;
}

function handleTable(s: State, rows: DocCell[][]): void {
  const caption = s.caption;
  s.caption = undefined;
  if (caption === 'resourceEffect' && s.goal !== undefined) {
    const marked = rows[1]?.findIndex((c, i) => i > 0 && isX(c)) ?? -1;
    push(s, plainText(rows.flatMap((r) => r.flatMap((c) => c.blocks))), marked > 0 ? String(marked) : '', {
      kind: 'climate',
      goal: s.goal,
      field: 'resourceEffect'
    });
    return;
  }
  if (s.mode === 'climate' && s.goal !== undefined) return handleClimateTable(s, rows, s.goal);
  if (caption === 'tracks' && s.goal !== undefined) {
    const read = readTrackRows(rows, 0);
    if (read) {
      s.mapping.goals[s.goal].tracks = read.table;
      push(s, plainText(rows.flatMap((r) => r.flatMap((c) => c.blocks))), '', { kind: 'structure', role: 'tracks', goal: s.goal });
      return;
    }
  }
  if (s.target.kind === 'agreement' && s.target.field === 'milestones') {
    for (const row of rows) push(s, rowText(row), row.map(cellText).join('\t'), { kind: 'agreement', field: 'milestones' });
    return;
  }
  // A question table: each row a label and its answer, the tracks rows inside it.
  const questionRows = rows.filter((r) => r.length >= 1 && (goalLabel(cellText(r[0])) !== undefined || inlineGoalLabel(cellText(r[0])) !== undefined)).length;
  if (questionRows === 0) {
    push(s, plainText(rows.flatMap((r) => r.flatMap((c) => c.blocks))), blocksToStoredText([{ kind: 'table', rows }]), s.target);
    return;
  }
  if (s.mode === 'front') s.mode = 'goals';
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const first = cellText(row[0] ?? { blocks: [] });
    const label = goalLabel(first);
    if (label?.kind === 'tracks') {
      const read = readTrackRows(rows, i);
      const goal = s.goal ?? startGoal(s, undefined);
      if (read) {
        s.mapping.goals[goal].tracks = read.table;
        push(s, [rows[i], rows[i + 1]].map(rowText).join('\n'), '', { kind: 'structure', role: 'tracks', goal });
        i += read.used - 1;
        continue;
      }
    }
    const body = row.slice(1).flatMap((c) => c.blocks);
    const inline = label ? undefined : inlineGoalLabel(first);
    if (label || inline) {
      const rest = inline ? inline.rest : '';
      const bodyText = blocksToStoredText(body);
      const target = (label ?? inline?.target) as GoalLabelTarget;
      applyGoalLabel(s, first, target, target.kind === 'title' ? [rest, plainText(body)].filter((x) => x).join(' ') : rest);
      if (target.kind !== 'title' && bodyText !== '') {
        push(s, plainText(body), bodyText, s.target);
        s.goalHasContent = true;
      }
      continue;
    }
    push(s, rowText(row), blocksToStoredText(row.flatMap((c) => c.blocks)), s.target);
  }
}

/** Parts of a document in reading order, each with where it goes. */
export function recognise(blocks: readonly DocBlock[]): ImportMapping {
  const mapping: ImportMapping = { title: '', sections: [], goals: [], parts: [] };
  const s: State = {
    mapping,
    index: 0,
    mode: 'front',
    target: { kind: 'agreement', field: 'intro' },
    goal: undefined,
    goalLevel: 1,
    titleFromLabel: false,
    goalHasContent: false,
    groupHeading: undefined,
    caption: undefined,
    subtitle: undefined
  };
  let i = 0;
  // The title: Word's Title style, else the first heading or paragraph; the writer's subtitle
  // ("Department · 2023") and "Status: ..." line follow it.
  while (i < blocks.length && blocks[i].kind !== 'table' && (blocks[i] as { text: string }).text.trim() === '') i++;
  const first = blocks[i];
  if (first && first.kind !== 'table' && first.kind !== 'listItem') {
    mapping.title = first.text.trim();
    push(s, mapping.title, mapping.title, { kind: 'agreement', field: 'title' });
    i++;
    const next = blocks[i];
    if (next && next.kind === 'paragraph' && / · (?:19|20)\d\d/.test(next.text)) {
      s.subtitle = next.text.trim();
      push(s, s.subtitle, '', { kind: 'structure', role: 'documentMeta' });
      i++;
    }
    while (blocks[i] && blocks[i].kind === 'paragraph' && /^Status: /.test((blocks[i] as { text: string }).text)) {
      push(s, (blocks[i] as { text: string }).text, '', { kind: 'structure', role: 'documentMeta' });
      i++;
    }
  }
  Object.assign(mapping, titleFacts(mapping.title, s.subtitle));
  for (; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === 'heading' || block.kind === 'title') {
      handleHeading(s, { level: block.kind === 'title' ? 0 : block.level, text: block.text });
      continue;
    }
    if (block.kind === 'table') {
      handleTable(s, block.rows);
      continue;
    }
    const text = block.text.trim();
    if (text === '') continue;
    if (block.kind === 'paragraph') {
      if (isResourceEffectCaption(text) && s.goal !== undefined) {
        s.caption = 'resourceEffect';
        push(s, text, '', { kind: 'structure', role: 'label', goal: s.goal });
        continue;
      }
      if (s.mode !== 'front' && s.goal !== undefined && /^Fællesmål med /.test(text)) {
        push(s, text, text.replace(/^Fællesmål med /, ''), { kind: 'goal', goal: s.goal, field: 'sharedWith' });
        continue;
      }
      // A paragraph that is a label: "Aktiviteter", "Mål: Bedre ...", "Dokumentation:".
      const whole = s.mode === 'climate' ? undefined : goalLabel(text);
      const inline = whole || s.mode === 'climate' ? undefined : inlineGoalLabel(text);
      const asLabel = whole ?? inline?.target;
      // In the front matter only a label that starts a goal (its title or the tracks caption) or
      // a bold caption is taken as one; a sentence that happens to start with "Opfølgning:" is text.
      if (asLabel && (s.mode !== 'front' || asLabel.kind === 'title' || asLabel.kind === 'tracks' || block.strong)) {
        if (s.mode === 'front') s.mode = 'goals';
        applyGoalLabel(s, text, asLabel, inline?.rest ?? '');
        continue;
      }
    }
    const stored = block.kind === 'listItem' ? `${'  '.repeat(block.level)}- ${text}` : text;
    push(s, text, stored, s.target);
    if (s.target.kind === 'goal' || s.target.kind === 'climate') s.goalHasContent = true;
  }
  // In a document whose goal headings are mostly unnumbered (Albertslund), "1. Understøtte ..." is
  // a title that starts with a digit, not goal number 1.
  const headed = mapping.goals.filter((g) => g.headingText !== undefined);
  if (headed.filter((g) => g.number !== undefined).length * 2 < headed.length) {
    mapping.goals.forEach((g, goal) => {
      if (g.number === undefined || g.headingText === undefined) return;
      g.number = undefined;
      const titlePart = mapping.parts.find((p) => p.source === g.headingText && p.destination.kind === 'goal' && p.destination.goal === goal);
      if (titlePart) titlePart.text = g.headingText;
    });
  }
  // A numbered heading over several "Mål:" goals numbers the group (Albertslund's "1. SMARTere
  // administration"), not its first goal.
  mapping.goals.forEach((g) => {
    if (g.number !== undefined && g.heading !== undefined && mapping.goals.filter((o) => o.groupHeading === g.groupHeading).length > 1) g.number = undefined;
  });
  // A section that lists the year's tracks, themes or requirements is the DUS as the document
  // repeats it (the writer prints it under the strategy's own title): the product has it already.
  mapping.sections.forEach((_, section) => {
    const own = mapping.parts.filter((p) => p.destination.kind === 'section' && p.destination.section === section);
    if (own.length > 0 && STRATEGY_LEADS.has(labelKey(own[0].source))) for (const p of own) p.destination = { kind: 'structure', role: 'strategy' };
  });
  // Goals that never got a title or any text were headings of a group (Albertslund's focus areas
  // over "Mål:" goals, or an empty numbered heading): their heading is structure, not a goal.
  mapping.goals.forEach((g, goal) => {
    const own = mapping.parts.filter((p) => (p.destination.kind === 'goal' || p.destination.kind === 'climate') && p.destination.goal === goal);
    const hasText = own.some((p) => !(p.destination.kind === 'goal' && p.destination.field === 'title'));
    if (!hasText && g.tracks === undefined) {
      g.skip = true;
      for (const p of own) p.destination = { kind: 'structure', role: 'sectionHeading' };
    }
  });
  return mapping;
}
