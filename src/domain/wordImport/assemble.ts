// From the parts of a mapping (recognise.ts, possibly moved or skipped in the review) to the
// agreement and goals that will be saved: each text field is its parts joined in document order;
// track columns, "Fællesmål med", requirements, target, horizon, outcome and the climate annex are
// read back from the words the product's document writes (agreementOutline.ts). Names are resolved
// against the year's tracks, requirements and the site's departments here, purely; what does not
// resolve is reported as a code for the review, never dropped.
import type {
  AgreementSection,
  ClimateAnnex,
  Department,
  EvidenceItem,
  GoalTarget,
  Horizon,
  Milestone,
  OutcomeCode,
  ResourceEffect,
  Requirement,
  TargetDirection,
  Track
} from '../types';
import type { ClimateTextField, GoalTextField } from '../goalFields';
import { HORIZON_LABELS, TARGET_DIRECTION_LABELS } from '../labels';
import { OUTCOMES } from '../outcomes';
import { DOCUMENT_WORDS } from '../agreementOutline';
import { outcomeFromWords, labelKey } from './importLabels';
import type { ImportMapping, ImportPart } from './recognise';
import { policyKey } from '../trackMatrix';

export interface ImportedAgreement {
  title: string;
  intro?: string;
  coreTask?: string;
  strategyRelation?: string;
  continuing?: string;
  policies: string[];
  /** "Årets budgetændringer" as printed: "text (track, track)" per line. */
  budgetChanges: Array<{ text: string; trackTitles: string[] }>;
  milestones: Milestone[];
  sections: AgreementSection[];
}

export interface ImportedGoal {
  /** Index in the mapping's goals: with the file's content it names the goal's ClientId. */
  position: number;
  number?: number;
  title: string;
  purpose?: string;
  goalStatement?: string;
  activities?: string;
  involved?: string;
  followUpMethod?: string;
  citizenImpact?: string;
  outcomeNote?: string;
  evidence: EvidenceItem[];
  /** Column titles marked X in "Udgangspunkt for målet". */
  markedColumns: string[];
  /** The heading the goal stands under (Albertslund's focus area), for goals without a tracks table. */
  groupHeading?: string;
  sharedWithNames: string[];
  requirementNumbers: number[];
  target?: GoalTarget;
  horizon?: Horizon;
  outcome?: OutcomeCode;
  climate?: ClimateAnnex;
}

export interface AssembledImport {
  agreement: ImportedAgreement;
  goals: ImportedGoal[];
}

const TEXT_FIELDS = ['purpose', 'goalStatement', 'activities', 'involved', 'followUpMethod', 'citizenImpact', 'outcomeNote'] as const;
type TextField = (typeof TEXT_FIELDS)[number] & GoalTextField;

const joined = (parts: ImportPart[]): string | undefined => {
  const text = parts
    .map((p) => p.text)
    .filter((t) => t.trim() !== '')
    .join('\n');
  return text === '' ? undefined : text;
};

const listLines = (text: string | undefined): string[] =>
  (text ?? '')
    .split('\n')
    .map((l) => l.replace(/^\s*[-•▪○]\s+/, '').trim())
    .filter((l) => l !== '');

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** "27. august 2019" -> "2019-08-27" (documentText.danishDate read back). */
export function isoFromDanishDate(text: string): string | undefined {
  const m = /^(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})$/i.exec(text.trim());
  const month = m ? MONTHS.indexOf(m[2].toLocaleLowerCase('da')) : -1;
  if (!m || month < 0) return undefined;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

function milestoneOf(line: string): Milestone | undefined {
  const [title, when = ''] = line.split('\t');
  if (!title || labelKey(title) === labelKey(DOCUMENT_WORDS.milestoneColumns[0])) return undefined;
  const [from, to] = when.split(/\s+–\s+/);
  const date = isoFromDanishDate(from ?? '');
  const endDate = to ? isoFromDanishDate(to) : undefined;
  if (date && (to === undefined || endDate)) return { title: title.trim(), date, endDate };
  return when.trim() ? { title: title.trim(), note: when.trim() } : { title: title.trim() };
}

/** "Højst 2,8 pct.: note" (agreementOutline.targetText read back). */
export function targetFromText(text: string): GoalTarget | undefined {
  const directions = Object.entries(TARGET_DIRECTION_LABELS) as Array<[TargetDirection, string]>;
  const m = /^(\S+)\s+(-?\d+(?:,\d+)?)\s+(.+?)(?::\s+(.*))?$/s.exec(text.trim());
  const direction = m ? directions.find(([, label]) => label === m[1])?.[0] : undefined;
  if (!m || !direction) return undefined;
  return { direction, value: Number(m[2].replace(',', '.')), unit: m[3].trim(), ...(m[4] ? { note: m[4].trim() } : {}) };
}

function climateOf(parts: ImportPart[]): ClimateAnnex | undefined {
  if (parts.length === 0) return undefined;
  const climate: ClimateAnnex = { sdgs: [] };
  const byField = new Map<string, ImportPart[]>();
  for (const p of parts) if (p.destination.kind === 'climate') byField.set(p.destination.field, [...(byField.get(p.destination.field) ?? []), p]);
  for (const [field, own] of byField) {
    if (field === 'resourceEffect') {
      const n = Number(own[own.length - 1].text);
      if (n >= 1 && n <= 5) climate.resourceEffect = n as ResourceEffect;
    } else if (field === 'sdgs') {
      // "7. Bæredygtig energi" list items are the marked goals; other text is the note.
      const note: string[] = [];
      for (const line of (joined(own) ?? '').split('\n')) {
        const m = /^\s*-\s+(\d{1,2})\.\s/.exec(line);
        if (m && Number(m[1]) >= 1 && Number(m[1]) <= 17) climate.sdgs.push(Number(m[1]));
        else if (line.trim() !== '') note.push(line);
      }
      if (note.length > 0) climate.sdgNote = note.join('\n');
    } else {
      const text = joined(own);
      if (text !== undefined) climate[field as ClimateTextField] = text;
    }
  }
  return climate;
}

/** The agreement and goals the parts make now. Skipped goals and parts are left out. */
export function assemble(mapping: ImportMapping): AssembledImport {
  const parts = mapping.parts;
  const agreementParts = (field: string): ImportPart[] => parts.filter((p) => p.destination.kind === 'agreement' && p.destination.field === field);
  const titleText = joined(agreementParts('title'))?.replace(/\n/g, ' ') ?? mapping.title;
  const agreement: ImportedAgreement = {
    title: titleText,
    intro: joined(agreementParts('intro')),
    coreTask: joined(agreementParts('coreTask')),
    strategyRelation: joined(agreementParts('strategyRelation')),
    continuing: joined(agreementParts('continuing')),
    // "Aftaleholderen arbejder inden for følgende politikker:" leads the list; the items are the policies.
    policies: listLines(joined(agreementParts('policies').filter((p) => labelKey(p.text) !== labelKey(DOCUMENT_WORDS.policiesLead)))),
    budgetChanges: listLines(joined(agreementParts('budgetChanges'))).map((line) => {
      const m = /^(.*)\s+\(([^()]+)\)$/.exec(line);
      return m ? { text: m[1].trim(), trackTitles: m[2].split(',').map((t) => t.trim()) } : { text: line, trackTitles: [] };
    }),
    milestones: agreementParts('milestones')
      .flatMap((p) => p.text.split('\n'))
      .map(milestoneOf)
      .filter((m): m is Milestone => !!m),
    sections: mapping.sections
      .map((s, section) => ({
        heading: s.heading,
        body: joined(parts.filter((p) => p.destination.kind === 'section' && p.destination.section === section)) ?? ''
      }))
      .filter((s) => s.body !== '')
  };
  const goals: ImportedGoal[] = [];
  mapping.goals.forEach((skeleton, position) => {
    if (skeleton.skip) return;
    const own = parts.filter((p) => (p.destination.kind === 'goal' || p.destination.kind === 'climate') && p.destination.goal === position);
    const field = (f: string): ImportPart[] => own.filter((p) => p.destination.kind === 'goal' && p.destination.field === f);
    const goal: ImportedGoal = {
      position,
      number: skeleton.number,
      title: (joined(field('title')) ?? '').replace(/\n/g, ' ').trim(),
      evidence: [],
      markedColumns: skeleton.tracks ? skeleton.tracks.columns.filter((_, i) => skeleton.tracks?.marks[i]) : [],
      ...(skeleton.tracks === undefined && skeleton.groupHeading ? { groupHeading: skeleton.groupHeading } : {}),
      sharedWithNames: [],
      requirementNumbers: []
    };
    for (const f of TEXT_FIELDS) {
      const text = joined(field(f));
      if (text !== undefined) goal[f as TextField] = text;
    }
    for (const line of listLines(joined(field('evidence')))) {
      const delivered = line.endsWith(` (${DOCUMENT_WORDS.evidenceDelivered})`);
      goal.evidence.push({ text: delivered ? line.slice(0, -(DOCUMENT_WORDS.evidenceDelivered.length + 3)) : line, delivered });
    }
    const shared = joined(field('sharedWith'));
    // "A, B og C": split when resolving, against the department names ("Teknik og Miljø" has an "og").
    if (shared) goal.sharedWithNames = [shared.replace(/\n/g, ' ')];
    goal.requirementNumbers = listLines(joined(field('requirements')))
      .map((l) => /^(\d+)\./.exec(l)?.[1])
      .filter((n): n is string => !!n)
      .map(Number);
    const target = joined(field('target'));
    if (target) goal.target = targetFromText(target);
    const horizon = joined(field('horizon'))?.trim();
    if (horizon) goal.horizon = (Object.entries(HORIZON_LABELS) as Array<[Horizon, string]>).find(([, label]) => label === horizon)?.[0];
    const outcome = joined(field('outcome'))?.trim();
    if (outcome) goal.outcome = OUTCOMES.find((o) => o.label === outcome)?.code;
    // Albertslund states the outcome in the follow-up's words ("Målet er nået").
    else if (goal.outcomeNote) goal.outcome = outcomeFromWords(goal.outcomeNote);
    const climate = climateOf(own.filter((p) => p.destination.kind === 'climate'));
    if (climate) goal.climate = climate;
    goals.push(goal);
  });
  // The climate annex names goals by title: one that repeats a goal's title is that goal's annex.
  const merged: ImportedGoal[] = [];
  for (const g of goals) {
    const onlyClimate = g.climate !== undefined && TEXT_FIELDS.every((f) => g[f as TextField] === undefined) && g.evidence.length === 0;
    const same = onlyClimate ? merged.find((m) => m.climate === undefined && labelKey(m.title) === labelKey(g.title)) : undefined;
    if (same) same.climate = g.climate;
    else merged.push(g);
  }
  return { agreement, goals: merged };
}

/** Problems the review shows (codes; the UI words them). */
export type ResolveProblem =
  | { code: 'unknownDepartment'; goal: number; params: { name: string } }
  | { code: 'unknownRequirement'; goal: number; params: { number: number } }
  /** A marked column in a year without a DUS: no track to give it, and no policy either. */
  | { code: 'trackWithoutStrategy'; goal: number; params: { column: string } };

export interface ResolvedGoal {
  position: number;
  trackIds: number[];
  policies: string[];
  sharedWithDepartmentIds: number[];
  requirementIds: number[];
  /** Marked columns kept aside in a year without a DUS (saved as nothing until a DUS year is picked). */
  unmatchedColumns: string[];
}

/** Two names of one policy: spaces, hyphens and a leading article aside. */
const samePolicy = (a: string, b: string): boolean => {
  const bare = (s: string): string => policyKey(s.trim().replace(/^(den|det|de)\s+/i, ''));
  return bare(a) === bare(b);
};

const normal = (s: string): string =>
  s
    .toLocaleLowerCase('da')
    .replace(/[^a-z0-9æøå]+/g, ' ')
    .trim();

/** Marked columns to the year's tracks (by title), the rest to policies ("Andet (X)" is policy X);
 * partner names to departments; requirement numbers to the year's requirements. In a year without
 * a DUS (`withoutStrategy`) a column is a policy only when it says so ("Andet (X)") or names one of
 * the agreement's policies; the others are tracks with no DUS to find them in, kept aside. */
export function resolveGoal(
  goal: ImportedGoal,
  context: {
    tracks: readonly Track[];
    requirements: readonly Requirement[];
    departments: readonly Department[];
    ownDepartmentId?: number;
    agreementPolicies?: readonly string[];
    withoutStrategy?: boolean;
  }
): { resolved: ResolvedGoal; problems: ResolveProblem[] } {
  const problems: ResolveProblem[] = [];
  const trackIds: number[] = [];
  const policies: string[] = [];
  const unmatchedColumns: string[] = [];
  for (const column of goal.markedColumns) {
    if (context.withoutStrategy) {
      const named = /^Andet\s*\((.+)\)$/i.exec(column)?.[1];
      const own = context.agreementPolicies?.find((p) => samePolicy(p, named ?? column));
      if (named || own) policies.push((own ?? named ?? column).trim());
      else if (!/^andet$/i.test(column.trim())) {
        unmatchedColumns.push(column);
        problems.push({ code: 'trackWithoutStrategy', goal: goal.position, params: { column } });
      }
      continue;
    }
    const numbered = /^(\d+)\.\s+(.+)$/.exec(column);
    const track =
      context.tracks.find((t) => normal(t.title) === normal(column)) ??
      (numbered ? context.tracks.find((t) => t.number === Number(numbered[1]) && normal(t.title) === normal(numbered[2])) : undefined);
    if (track) {
      if (!trackIds.includes(track.id)) trackIds.push(track.id);
      continue;
    }
    const policy = /^Andet\s*\((.+)\)$/i.exec(column)?.[1] ?? (/^andet$/i.test(column.trim()) ? undefined : column);
    // A goal's table names a policy its own way ("IT strategien" for the agreement's
    // "IT-strategien"): the agreement's wording is kept, so both are one matrix column.
    // 2020: "Andet (Økonomiske politik)" is the agreement's "Den økonomiske politik".
    const own = policy ? context.agreementPolicies?.find((p) => samePolicy(p, policy)) : undefined;
    if (policy) policies.push((own ?? policy).trim());
  }
  if (goal.groupHeading) {
    // The heading the goals stand under names a focus area or track ("1. Smart administration").
    const heading = goal.groupHeading.replace(/^\d+(?:\.\d+)?\.?\s+/, '');
    const track = context.tracks.find((t) => normal(t.title) === normal(heading));
    if (track) trackIds.push(track.id);
  }
  const sharedWithDepartmentIds: number[] = [];
  for (const names of goal.sharedWithNames) {
    // Longest department names first, each taken out of the text; what remains unclaimed is reported.
    let rest = ` ${normal(names)} `;
    for (const d of [...context.departments].sort((a, b) => b.title.length - a.title.length)) {
      const key = ` ${normal(d.title)} `;
      if (normal(d.title) === '' || !rest.includes(key)) continue;
      rest = rest.replace(key, ' ');
      if (d.id !== context.ownDepartmentId && !sharedWithDepartmentIds.includes(d.id)) sharedWithDepartmentIds.push(d.id);
    }
    for (const name of rest
      .split(/\s+og\s+/)
      .map((n) => n.replace(/\bog\b/g, '').trim())
      .filter((n) => n !== '')) {
      problems.push({ code: 'unknownDepartment', goal: goal.position, params: { name } });
    }
  }
  const requirementIds: number[] = [];
  for (const number of goal.requirementNumbers) {
    const requirement = context.requirements.find((r) => r.number === number);
    if (requirement) requirementIds.push(requirement.id);
    else problems.push({ code: 'unknownRequirement', goal: goal.position, params: { number } });
  }
  return { resolved: { position: goal.position, trackIds, policies, sharedWithDepartmentIds, requirementIds, unmatchedColumns }, problems };
}

/** The department the document names, by title (case and punctuation aside). */
export function departmentByName(name: string | undefined, departments: readonly Department[]): Department | undefined {
  if (!name) return undefined;
  return (
    departments.find((d) => normal(d.title) === normal(name)) ?? departments.find((d) => normal(name).endsWith(normal(d.title)) && normal(d.title).length > 5)
  );
}

/** The department the document names: by the name it was recognised with, else the longest
 * department title that occurs in the document's first parts (a title without "for X", a cover
 * line naming the staff). */
export function documentDepartment(mapping: ImportMapping, departments: readonly Department[]): Department | undefined {
  const named = departmentByName(mapping.departmentName, departments);
  if (named) return named;
  const opening = ` ${normal(
    mapping.parts
      .slice(0, 12)
      .map((p) => p.source)
      .join(' ')
  )} `;
  return [...departments].sort((a, b) => b.title.length - a.title.length).find((d) => normal(d.title).length > 3 && opening.includes(` ${normal(d.title)} `));
}
