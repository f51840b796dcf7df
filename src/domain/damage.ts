// Reading is tolerant: one item with a broken value must not take down a whole view. A mapper that
// meets a value it cannot read (a JSON column that is not the JSON it should be, an empty required
// lookup or number) keeps the item, puts a safe empty value in its place and records here what
// is wrong, as codes; the UI says it in the user's language. A damaged item is shown as such and
// opened read-only, so a save can never overwrite the stored value with the empty stand-in.

/** unreadable: the stored text is not what the column should hold (bad JSON, wrong shape);
 * missing: a value the item cannot do without is empty (an empty required lookup or number). */
export type DamageCode = 'unreadable' | 'missing';

export interface FieldDamage {
  /** The domain field (e.g. 'evidence', 'agreementId', 'milestones', 'deadlines'). */
  field: string;
  code: DamageCode;
}

/** An entity read from a list; `damage` is present only when something could not be read. */
export interface MaybeDamaged {
  damage?: FieldDamage[];
}

export function isDamaged(item: MaybeDamaged | undefined): boolean {
  return item?.damage !== undefined && item.damage.length > 0;
}

/** The stand-in id for an empty required lookup: SharePoint item ids start at 1. */
export const MISSING_ID = 0;

export type DamagedKind = 'goal' | 'agreement' | 'strategy' | 'department' | 'track' | 'requirement';

/** One damaged item of a view, for the lists that name them (Overblik, the export's summary). */
export interface DamagedItem {
  kind: DamagedKind;
  id: number;
  title: string;
  damage: FieldDamage[];
}

interface Titled extends MaybeDamaged {
  id: number;
  title: string;
}

/** The damaged items among a year's strategy, its tracks and requirements, the departments, the
 * agreements and the goals, in that order. */
export function damagedItems(input: {
  strategy?: Titled;
  tracks?: readonly Titled[];
  requirements?: readonly Titled[];
  departments?: readonly Titled[];
  agreements: readonly Titled[];
  goals: readonly Titled[];
}): DamagedItem[] {
  const out: DamagedItem[] = [];
  const add = (kind: DamagedKind, item: Titled | undefined): void => {
    if (item?.damage !== undefined && item.damage.length > 0) out.push({ kind, id: item.id, title: item.title, damage: item.damage });
  };
  add('strategy', input.strategy);
  (input.tracks ?? []).forEach((t) => add('track', t));
  (input.requirements ?? []).forEach((r) => add('requirement', r));
  (input.departments ?? []).forEach((d) => add('department', d));
  input.agreements.forEach((a) => add('agreement', a));
  input.goals.forEach((g) => add('goal', g));
  return out;
}

/** The localized sentences for damage (strings.Resilience), handed in by the caller. */
export interface DamageTemplates {
  DamagedGoal: string;
  DamagedAgreement: string;
  DamagedStrategy: string;
  DamagedDepartment: string;
  DamagedTrack: string;
  DamagedRequirement: string;
  DamageCodes: Readonly<Record<DamageCode, string>>;
  DamageFields: Readonly<Record<string, string>>;
}

/** "Målet kunne ikke læses helt: feltet Dokumentation er beskadiget." A field the templates do not
 * name is shown by its key rather than left out. */
export function describeDamage(t: DamageTemplates, kind: DamagedKind, damage: readonly FieldDamage[]): string {
  const fill = (template: string, value: string): string => template.replace('{0}', value);
  const parts = damage.map((d) => fill(t.DamageCodes[d.code], t.DamageFields[d.field] ?? d.field));
  const sentences: Record<DamagedKind, string> = {
    goal: t.DamagedGoal,
    agreement: t.DamagedAgreement,
    strategy: t.DamagedStrategy,
    department: t.DamagedDepartment,
    track: t.DamagedTrack,
    requirement: t.DamagedRequirement
  };
  const sentence = sentences[kind];
  return fill(sentence, parts.join(', '));
}
