// The DUS form's state: the strategy and its parts as typed. Numbers stay text while typing (so
// "2," is not lost), rows carry a stable key for React and, when new, the ClientId their create
// will send (kept in the browser draft, so a retried save finds what the first one made).
import type { GoalContentField, GoalTemplateKey, RequirementScope, TrackKind } from '../../../../domain';
import type { StrategyDraft } from '../../../../domain/strategyValidation';
import type { StrategyWithParts } from '../../../../services/strategyAdmin/strategyAdminServices';
import { parseDanishNumber } from '../GoalEditor/formState';
import { formClientIds, newClientId } from '../../../../data/repositories/clientId';

export interface DeadlineRow {
  key: string;
  title: string;
  date: string;
}

export interface TrackRow {
  key: string;
  id?: number;
  clientId?: string;
  kind: TrackKind;
  number: string;
  title: string;
  description: string;
}

export interface RequirementRow {
  key: string;
  id?: number;
  clientId?: string;
  number: string;
  title: string;
  description: string;
  appliesTo: RequirementScope;
}

export interface StrategyFormState {
  year: string;
  yearTo: string;
  title: string;
  vision: string;
  intro: string;
  deadlines: DeadlineRow[];
  minimumGoalContent: GoalContentField[];
  goalTemplate: GoalTemplateKey | undefined;
  /** The sections a new agreement of the year starts with: one heading per line. */
  agreementSections: string;
  tracks: TrackRow[];
  requirements: RequirementRow[];
  /** The new strategy's ClientId (absent once it exists). */
  clientId?: string;
}

/** A fresh key for a new row (React's key, and the name its create's ClientId is derived from). */
export function newKey(): string {
  return newClientId();
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function toFormState(parts: StrategyWithParts | undefined, year: number): StrategyFormState {
  if (!parts) {
    return {
      year: String(year),
      yearTo: '',
      title: `DUS ${year}`,
      vision: '',
      intro: '',
      deadlines: [],
      minimumGoalContent: [],
      goalTemplate: undefined,
      agreementSections: '',
      tracks: [],
      requirements: [],
      clientId: formClientIds.strategy(newKey())
    };
  }
  const s = parts.strategy;
  return {
    year: text(s.year),
    yearTo: text(s.yearTo),
    title: s.title,
    vision: s.vision ?? '',
    intro: s.intro ?? '',
    deadlines: s.deadlines.map((d, i) => ({ key: `d${i}`, title: d.title, date: d.date ?? '' })),
    minimumGoalContent: [...s.minimumGoalContent],
    goalTemplate: s.goalTemplate,
    agreementSections: (s.agreementSections ?? []).join('\n'),
    tracks: parts.tracks.map((t) => ({ key: `t${t.id}`, id: t.id, kind: t.kind, number: text(t.number), title: t.title, description: t.description ?? '' })),
    requirements: parts.requirements.map((r) => ({
      key: `r${r.id}`,
      id: r.id,
      number: text(r.number),
      title: r.title,
      description: r.description ?? '',
      appliesTo: r.appliesTo
    }))
  };
}

/** Empty text is absent; text that is no number becomes NaN, which validation names at the field. */
function numberOf(value: string): number | undefined {
  return parseDanishNumber(value);
}

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

export function toDraft(state: StrategyFormState): StrategyDraft {
  return {
    strategy: {
      year: numberOf(state.year) ?? Number.NaN,
      yearTo: numberOf(state.yearTo),
      title: state.title.trim(),
      vision: optional(state.vision),
      intro: optional(state.intro),
      deadlines: state.deadlines.map((d) => (d.date.trim() === '' ? { title: d.title.trim() } : { title: d.title.trim(), date: d.date.trim() })),
      minimumGoalContent: state.minimumGoalContent,
      goalTemplate: state.goalTemplate,
      // A draft kept from before the field existed has none.
      agreementSections: (state.agreementSections ?? '')
        .split('\n')
        .map((h) => h.trim())
        .filter((h) => h !== ''),
      clientId: state.clientId
    },
    tracks: state.tracks.map((t) => ({
      id: t.id,
      clientId: t.id === undefined ? t.clientId : undefined,
      kind: t.kind,
      number: numberOf(t.number),
      title: t.title.trim(),
      description: optional(t.description)
    })),
    requirements: state.requirements.map((r) => ({
      id: r.id,
      clientId: r.id === undefined ? r.clientId : undefined,
      // A requirement's number is required: empty text stays undefined and validation says so.
      number: numberOf(r.number) as number,
      title: r.title.trim(),
      description: optional(r.description),
      appliesTo: r.appliesTo
    }))
  };
}

export function sameForm(a: StrategyFormState, b: StrategyFormState): boolean {
  const strip = (s: StrategyFormState): unknown => ({
    ...s,
    clientId: undefined,
    deadlines: s.deadlines.map(({ key: _k, ...rest }) => rest),
    tracks: s.tracks.map(({ key: _k, clientId: _c, ...rest }) => rest),
    requirements: s.requirements.map(({ key: _k, clientId: _c, ...rest }) => rest)
  });
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

export function move<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
