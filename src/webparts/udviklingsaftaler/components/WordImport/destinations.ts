// Words for where a part of an imported document goes, and the choices of "Flyt": the agreement's
// fields, its free sections, each goal's fields, or skipping. Encoded as strings for <select>.
import { CLIMATE_TEXT_FIELDS } from '../../../../domain/goalFields';
import type { GoalPartField, ImportMapping, ImportPart, PartDestination } from '../../../../domain/wordImport/recognise';
import { format } from '../common/format';

type Strings = IUdviklingsaftalerStrings['WordImport'];

export const AGREEMENT_FIELDS = ['intro', 'coreTask', 'strategyRelation', 'continuing', 'policies', 'budgetChanges', 'milestones'] as const;
export const MOVABLE_GOAL_FIELDS: readonly GoalPartField[] = [
  'title',
  'purpose',
  'goalStatement',
  'citizenImpact',
  'activities',
  'involved',
  'followUpMethod',
  'evidence',
  'outcomeNote'
];

/** "Mål 3" names the goal by its printed number, else by its place among the goals. */
export function goalName(mapping: ImportMapping, goal: number): string {
  return String(mapping.goals[goal]?.number ?? goal + 1);
}

export function destinationText(d: PartDestination, mapping: ImportMapping, s: Strings): string {
  switch (d.kind) {
    case 'agreement':
      return s.Destinations[d.field];
    case 'section':
      return format(s.Destinations.section, mapping.sections[d.section]?.heading ?? '');
    case 'goal':
      return format(s.Destinations.goalField, goalName(mapping, d.goal), s.GoalFields[d.field]);
    case 'climate': {
      const label =
        d.field === 'sdgs'
          ? 'Verdensmål'
          : d.field === 'resourceEffect'
            ? 'Ressourceeffekt'
            : (CLIMATE_TEXT_FIELDS.find((f) => f.field === d.field)?.label ?? d.field);
      return format(s.Destinations.climateField, goalName(mapping, d.goal), label);
    }
    case 'skipped':
      return s.Destinations.skipped;
    case 'structure':
      if (d.role === 'goalHeading' || d.role === 'tracks') return format(s.Destinations[d.role], goalName(mapping, d.goal ?? 0));
      return s.Destinations[d.role];
  }
}

/** Only text goes somewhere else; headings and labels place what follows them. */
export function isMovable(part: ImportPart): boolean {
  return part.destination.kind !== 'structure' && part.text.trim() !== '';
}

/** The first select of "Flyt": the agreement, a free section, or a goal. */
export function targetOptions(mapping: ImportMapping, s: Strings): Array<{ key: string; text: string }> {
  return [
    { key: 'agreement', text: s.Destinations.agreement },
    ...mapping.sections.map((sec, i) => ({ key: `section:${i}`, text: format(s.Destinations.section, sec.heading) })),
    ...mapping.goals
      .map((g, i) => ({ g, i }))
      .filter(({ g }) => !g.skip)
      .map(({ i }) => ({ key: `goal:${i}`, text: format(s.Destinations.goal, goalName(mapping, i)) }))
  ];
}

export function fieldOptions(target: string, s: Strings): Array<{ key: string; text: string }> {
  if (target === 'agreement') return AGREEMENT_FIELDS.map((f) => ({ key: f, text: s.Destinations[f] }));
  if (target.startsWith('goal:')) return MOVABLE_GOAL_FIELDS.map((f) => ({ key: f, text: s.GoalFields[f] }));
  return [];
}

export function targetOf(d: PartDestination): { target: string; field: string } {
  if (d.kind === 'agreement') return { target: 'agreement', field: d.field };
  if (d.kind === 'section') return { target: `section:${d.section}`, field: '' };
  if (d.kind === 'goal') return { target: `goal:${d.goal}`, field: MOVABLE_GOAL_FIELDS.includes(d.field) ? d.field : 'purpose' };
  if (d.kind === 'climate') return { target: `goal:${d.goal}`, field: 'purpose' };
  return { target: 'agreement', field: 'intro' };
}

export function destinationOf(target: string, field: string): PartDestination {
  const [kind, index] = target.split(':');
  if (kind === 'section') return { kind: 'section', section: Number(index) };
  if (kind === 'goal') return { kind: 'goal', goal: Number(index), field: field as GoalPartField };
  return { kind: 'agreement', field: field as (typeof AGREEMENT_FIELDS)[number] };
}
