// Strategies, Tracks and Requirements lists <-> the year's DUS.
import type { GoalContentField, NewRequirement, NewStrategy, NewTrack, Requirement, Strategy, StrategyDeadline, Track } from '../../../domain';
import { APPLIES_TO_CHOICES, codeOf, GOAL_TEMPLATE_CHOICES, MINIMUM_CONTENT_CHOICES, TRACK_KIND_CHOICES } from '../../schema';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import { dropUndefined } from './goalMapper';
import type { RawItem } from '../paging';
import { DamageLog, field, isObjectWith, lines, linesValue, num, orNull, requiredNum, requiredText, shapeOf, strings, text } from './values';

export const STRATEGIES = shapeOf('Strategies');
export const TRACKS = shapeOf('Tracks');
export const REQUIREMENTS = shapeOf('Requirements');

export const STRATEGY = {
  title: field(STRATEGIES, 'Title'),
  year: field(STRATEGIES, 'Year'),
  yearTo: field(STRATEGIES, 'YearTo'),
  vision: field(STRATEGIES, 'Vision'),
  intro: field(STRATEGIES, 'Intro'),
  deadlines: field(STRATEGIES, 'Deadlines'),
  minimumGoalContent: field(STRATEGIES, 'MinimumGoalContent'),
  goalTemplate: field(STRATEGIES, 'GoalTemplate'),
  agreementSections: field(STRATEGIES, 'AgreementSections'),
  clientId: field(STRATEGIES, 'ClientId')
} as const;

export const TRACK = {
  title: field(TRACKS, 'Title'),
  strategy: field(TRACKS, 'Strategy'),
  kind: field(TRACKS, 'Kind'),
  number: field(TRACKS, 'Number'),
  description: field(TRACKS, 'Description'),
  clientId: field(TRACKS, 'ClientId')
} as const;

export const REQUIREMENT = {
  title: field(REQUIREMENTS, 'Title'),
  strategy: field(REQUIREMENTS, 'Strategy'),
  number: field(REQUIREMENTS, 'Number'),
  description: field(REQUIREMENTS, 'Description'),
  appliesTo: field(REQUIREMENTS, 'AppliesTo'),
  clientId: field(REQUIREMENTS, 'ClientId')
} as const;

export const strategyMapping: ListMapping<Strategy, NewStrategy> = {
  list: STRATEGIES.list,
  select: STRATEGIES.select,
  expand: STRATEGIES.expand,
  lookupCount: STRATEGIES.lookupCount,
  clientIdField: STRATEGY.clientId,
  fromItem: (raw) => {
    // Tolerant: unreadable Deadlines mark the year's DUS damaged instead of blanking every view.
    const damage = new DamageLog(raw);
    return damage.mark(
      dropUndefined<Strategy>({
        id: requiredNum(raw, 'Id'),
        year: requiredNum(raw, STRATEGY.year),
        yearTo: num(raw, STRATEGY.yearTo),
        title: requiredText(raw, STRATEGY.title),
        vision: text(raw, STRATEGY.vision),
        intro: text(raw, STRATEGY.intro),
        deadlines: damage.jsonArray<StrategyDeadline>(STRATEGY.deadlines, 'deadlines', isObjectWith('title')),
        minimumGoalContent: strings(raw, STRATEGY.minimumGoalContent)
          .map((s) => codeOf(MINIMUM_CONTENT_CHOICES, s))
          .filter((c): c is GoalContentField => c !== undefined),
        goalTemplate: codeOf(GOAL_TEMPLATE_CHOICES, text(raw, STRATEGY.goalTemplate) ?? ''),
        agreementSections: optionalLines(raw, STRATEGY.agreementSections),
        clientId: text(raw, STRATEGY.clientId)
      })
    );
  },
  toFields(v: Partial<NewStrategy>): FieldValues {
    const out: FieldValues = {};
    if ('year' in v) out[STRATEGY.year] = orNull(v.year);
    if ('yearTo' in v) out[STRATEGY.yearTo] = orNull(v.yearTo);
    if ('title' in v) out[STRATEGY.title] = orNull(v.title);
    if ('vision' in v) out[STRATEGY.vision] = orNull(v.vision);
    if ('intro' in v) out[STRATEGY.intro] = orNull(v.intro);
    if ('deadlines' in v) out[STRATEGY.deadlines] = JSON.stringify(v.deadlines ?? []);
    if ('minimumGoalContent' in v) out[STRATEGY.minimumGoalContent] = (v.minimumGoalContent ?? []).map((c) => MINIMUM_CONTENT_CHOICES[c]);
    if ('goalTemplate' in v) out[STRATEGY.goalTemplate] = v.goalTemplate ? GOAL_TEMPLATE_CHOICES[v.goalTemplate] : null;
    if ('agreementSections' in v)
      out[STRATEGY.agreementSections] = v.agreementSections && v.agreementSections.length > 0 ? linesValue(v.agreementSections) : null;
    if ('clientId' in v && v.clientId !== undefined) out[STRATEGY.clientId] = v.clientId;
    return out;
  }
};

/** A lines column that may be empty: absent rather than an empty list (older strategies have none). */
function optionalLines(raw: RawItem, name: string): string[] | undefined {
  const found = lines(raw, name);
  return found.length > 0 ? found : undefined;
}

export const trackMapping: ListMapping<Track, NewTrack> = {
  list: TRACKS.list,
  select: TRACKS.select,
  expand: TRACKS.expand,
  lookupCount: TRACKS.lookupCount,
  clientIdField: TRACK.clientId,
  // Tolerant: an empty DUS lookup or an unknown Kind marks the track damaged (domain/damage.ts).
  fromItem: (raw) => {
    const damage = new DamageLog(raw);
    return damage.mark(
      dropUndefined<Track>({
        id: requiredNum(raw, 'Id'),
        strategyId: damage.requiredNum(`${TRACK.strategy}Id`, 'strategyId'),
        kind: damage.choice(TRACK.kind, TRACK_KIND_CHOICES, 'kind', 'track'),
        number: num(raw, TRACK.number),
        title: requiredText(raw, TRACK.title),
        description: text(raw, TRACK.description),
        clientId: text(raw, TRACK.clientId)
      })
    );
  },
  toFields(v: Partial<NewTrack>): FieldValues {
    const out: FieldValues = {};
    if ('strategyId' in v) out[`${TRACK.strategy}Id`] = orNull(v.strategyId);
    if ('kind' in v && v.kind !== undefined) out[TRACK.kind] = TRACK_KIND_CHOICES[v.kind];
    if ('number' in v) out[TRACK.number] = orNull(v.number);
    if ('title' in v) out[TRACK.title] = orNull(v.title);
    if ('description' in v) out[TRACK.description] = orNull(v.description);
    if ('clientId' in v && v.clientId !== undefined) out[TRACK.clientId] = v.clientId;
    return out;
  }
};

export const requirementMapping: ListMapping<Requirement, NewRequirement> = {
  list: REQUIREMENTS.list,
  select: REQUIREMENTS.select,
  expand: REQUIREMENTS.expand,
  lookupCount: REQUIREMENTS.lookupCount,
  clientIdField: REQUIREMENT.clientId,
  // Tolerant: an unknown AppliesTo reads as the agreement as a whole (the milder demand), marked.
  fromItem: (raw) => {
    const damage = new DamageLog(raw);
    return damage.mark(
      dropUndefined<Requirement>({
        id: requiredNum(raw, 'Id'),
        strategyId: damage.requiredNum(`${REQUIREMENT.strategy}Id`, 'strategyId'),
        number: damage.requiredNum(REQUIREMENT.number, 'number'),
        title: requiredText(raw, REQUIREMENT.title),
        description: text(raw, REQUIREMENT.description),
        appliesTo: damage.choice(REQUIREMENT.appliesTo, APPLIES_TO_CHOICES, 'appliesTo', 'agreement'),
        clientId: text(raw, REQUIREMENT.clientId)
      })
    );
  },
  toFields(v: Partial<NewRequirement>): FieldValues {
    const out: FieldValues = {};
    if ('strategyId' in v) out[`${REQUIREMENT.strategy}Id`] = orNull(v.strategyId);
    if ('number' in v) out[REQUIREMENT.number] = orNull(v.number);
    if ('title' in v) out[REQUIREMENT.title] = orNull(v.title);
    if ('description' in v) out[REQUIREMENT.description] = orNull(v.description);
    if ('appliesTo' in v && v.appliesTo !== undefined) out[REQUIREMENT.appliesTo] = APPLIES_TO_CHOICES[v.appliesTo];
    if ('clientId' in v && v.clientId !== undefined) out[REQUIREMENT.clientId] = v.clientId;
    return out;
  }
};
