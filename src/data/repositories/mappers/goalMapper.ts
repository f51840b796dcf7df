// Goals list <-> Goal. Column names come from the schema (GOAL_TEXT_COLUMNS, CLIMATE_TEXT_COLUMNS
// and the list definition); the Stage column stores the Danish label of the configuration.
import type { ClimateAnnex, EvidenceItem, Goal, GoalTarget, NewGoal, ResourceEffect, StageConfiguration } from '../../../domain';
import { stageByLabel, stageLabel } from '../../../domain/stageMachine';
import {
  CLIMATE_TEXT_COLUMNS,
  codeOf,
  GOAL_TEXT_COLUMNS,
  HORIZON_CHOICES,
  OUTCOME_CHOICES,
  sdgFromChoice,
  sdgToChoice,
  TARGET_DIRECTION_CHOICES
} from '../../schema';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import {
  DamageLog,
  field,
  isObjectWith,
  lines,
  linesValue,
  lookupId,
  lookupIds,
  num,
  orNull,
  requiredNum,
  requiredText,
  shapeOf,
  strings,
  text,
  bool
} from './values';

export const GOALS = shapeOf('Goals');
export const GOAL = {
  agreement: field(GOALS, 'Agreement'),
  department: field(GOALS, 'Department'),
  year: field(GOALS, 'Year'),
  number: field(GOALS, 'Number'),
  sharedWith: field(GOALS, 'SharedWith'),
  horizon: field(GOALS, 'Horizon'),
  tracks: field(GOALS, 'Tracks'),
  policies: field(GOALS, 'Policies'),
  requirements: field(GOALS, 'Requirements'),
  targetValue: field(GOALS, 'TargetValue'),
  targetUnit: field(GOALS, 'TargetUnit'),
  targetDirection: field(GOALS, 'TargetDirection'),
  targetBaseline: field(GOALS, 'TargetBaseline'),
  targetBaselineYear: field(GOALS, 'TargetBaselineYear'),
  targetActual: field(GOALS, 'TargetActual'),
  targetNote: field(GOALS, 'TargetNote'),
  continuesFrom: field(GOALS, 'ContinuesFrom'),
  stage: field(GOALS, 'Stage'),
  outcome: field(GOALS, 'Outcome'),
  evidence: field(GOALS, 'Evidence'),
  isClimate: field(GOALS, 'IsClimateGoal'),
  sdgs: field(GOALS, 'SDGs'),
  resourceEffect: field(GOALS, 'ResourceEffect'),
  clientId: field(GOALS, 'ClientId')
} as const;

type GoalText = keyof typeof GOAL_TEXT_COLUMNS;
type ClimateText = keyof typeof CLIMATE_TEXT_COLUMNS;

function readTarget(raw: RawItem): GoalTarget | undefined {
  const value = num(raw, GOAL.targetValue);
  const direction = codeOf(TARGET_DIRECTION_CHOICES, text(raw, GOAL.targetDirection) ?? '');
  if (value === undefined || direction === undefined) return undefined;
  return {
    value,
    unit: requiredText(raw, GOAL.targetUnit),
    direction,
    baseline: num(raw, GOAL.targetBaseline),
    baselineYear: num(raw, GOAL.targetBaselineYear),
    actual: num(raw, GOAL.targetActual),
    note: text(raw, GOAL.targetNote)
  };
}

function writeTarget(target: GoalTarget | undefined): FieldValues {
  return {
    [GOAL.targetValue]: orNull(target?.value),
    [GOAL.targetUnit]: orNull(target?.unit),
    [GOAL.targetDirection]: target === undefined ? null : TARGET_DIRECTION_CHOICES[target.direction],
    [GOAL.targetBaseline]: orNull(target?.baseline),
    [GOAL.targetBaselineYear]: orNull(target?.baselineYear),
    [GOAL.targetActual]: orNull(target?.actual),
    [GOAL.targetNote]: orNull(target?.note)
  };
}

function readClimate(raw: RawItem): ClimateAnnex | undefined {
  if (!bool(raw, GOAL.isClimate, false)) return undefined;
  const annex: ClimateAnnex = {
    sdgs: strings(raw, GOAL.sdgs)
      .map(sdgFromChoice)
      .filter((n): n is number => n !== undefined)
  };
  for (const key of Object.keys(CLIMATE_TEXT_COLUMNS) as ClimateText[]) {
    const v = text(raw, CLIMATE_TEXT_COLUMNS[key]);
    if (v !== undefined) annex[key] = v;
  }
  const effect = num(raw, GOAL.resourceEffect);
  if (effect !== undefined) annex.resourceEffect = effect as ResourceEffect;
  return annex;
}

function writeClimate(annex: ClimateAnnex | undefined): FieldValues {
  const out: FieldValues = {
    [GOAL.isClimate]: annex !== undefined,
    [GOAL.sdgs]: (annex?.sdgs ?? []).map(sdgToChoice),
    [GOAL.resourceEffect]: orNull(annex?.resourceEffect)
  };
  for (const key of Object.keys(CLIMATE_TEXT_COLUMNS) as ClimateText[]) {
    out[CLIMATE_TEXT_COLUMNS[key]] = orNull(annex?.[key]);
  }
  return out;
}

export function goalMapping(config: StageConfiguration): ListMapping<Goal, NewGoal> {
  return {
    list: GOALS.list,
    select: GOALS.select,
    expand: GOALS.expand,
    lookupCount: GOALS.lookupCount,
    clientIdField: GOAL.clientId,
    fromItem(raw: RawItem): Goal {
      const stored = requiredText(raw, GOAL.stage);
      // Lookups without relationship enforcement keep no referential integrity (an agreement
      // deleted leaves its goals' lookup empty: https://github.com/SharePoint/sp-dev-docs/issues/4009),
      // and Evidence is free text to anyone editing the list: such a goal is read, marked damaged.
      const damage = new DamageLog(raw);
      const goal: Goal = {
        id: requiredNum(raw, 'Id'),
        agreementId: damage.requiredNum(`${GOAL.agreement}Id`, 'agreementId'),
        departmentId: damage.requiredNum(`${GOAL.department}Id`, 'departmentId'),
        year: damage.requiredNum(GOAL.year, 'year'),
        number: num(raw, GOAL.number),
        title: requiredText(raw, GOAL_TEXT_COLUMNS.title),
        sharedWithDepartmentIds: lookupIds(raw, GOAL.sharedWith),
        horizon: codeOf(HORIZON_CHOICES, text(raw, GOAL.horizon) ?? ''),
        trackIds: lookupIds(raw, GOAL.tracks),
        policies: lines(raw, GOAL.policies),
        requirementIds: lookupIds(raw, GOAL.requirements),
        target: readTarget(raw),
        continuesFromId: lookupId(raw, GOAL.continuesFrom),
        // A label the configuration does not know stays as it is: the stage machine then treats it as unknown.
        stage: stageByLabel(config, stored)?.code ?? stored,
        outcome: codeOf(OUTCOME_CHOICES, text(raw, GOAL.outcome) ?? ''),
        evidence: damage.jsonArray<EvidenceItem>(GOAL.evidence, 'evidence', isObjectWith('text')),
        climate: readClimate(raw),
        clientId: text(raw, GOAL.clientId)
      };
      for (const key of Object.keys(GOAL_TEXT_COLUMNS) as GoalText[]) {
        if (key === 'title') continue;
        const v = text(raw, GOAL_TEXT_COLUMNS[key]);
        if (v !== undefined) goal[key] = v;
      }
      return damage.mark(dropUndefined(goal));
    },
    toFields(v: Partial<NewGoal>): FieldValues {
      const out: FieldValues = {};
      if ('agreementId' in v) out[`${GOAL.agreement}Id`] = orNull(v.agreementId);
      if ('departmentId' in v) out[`${GOAL.department}Id`] = orNull(v.departmentId);
      if ('year' in v) out[GOAL.year] = orNull(v.year);
      if ('number' in v) out[GOAL.number] = orNull(v.number);
      for (const key of Object.keys(GOAL_TEXT_COLUMNS) as GoalText[]) {
        if (key in v) out[GOAL_TEXT_COLUMNS[key]] = orNull(v[key]);
      }
      if ('sharedWithDepartmentIds' in v) out[`${GOAL.sharedWith}Id`] = v.sharedWithDepartmentIds ?? [];
      if ('horizon' in v) out[GOAL.horizon] = v.horizon === undefined ? null : HORIZON_CHOICES[v.horizon];
      if ('trackIds' in v) out[`${GOAL.tracks}Id`] = v.trackIds ?? [];
      if ('policies' in v) out[GOAL.policies] = linesValue(v.policies ?? []);
      if ('requirementIds' in v) out[`${GOAL.requirements}Id`] = v.requirementIds ?? [];
      if ('target' in v) Object.assign(out, writeTarget(v.target));
      if ('continuesFromId' in v) out[`${GOAL.continuesFrom}Id`] = orNull(v.continuesFromId);
      if ('stage' in v && v.stage !== undefined) out[GOAL.stage] = stageLabel(config, v.stage);
      if ('outcome' in v) out[GOAL.outcome] = v.outcome === undefined ? null : OUTCOME_CHOICES[v.outcome];
      if ('evidence' in v) out[GOAL.evidence] = JSON.stringify(v.evidence ?? []);
      if ('climate' in v) Object.assign(out, writeClimate(v.climate));
      if ('clientId' in v && v.clientId !== undefined) out[GOAL.clientId] = v.clientId;
      return out;
    }
  };
}

/** Optional domain fields are absent, not undefined-valued (domain convention). */
export function dropUndefined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as Array<keyof T>) {
    if (o[k] === undefined) delete o[k];
  }
  return o;
}
