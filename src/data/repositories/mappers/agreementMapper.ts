// Agreements list <-> Agreement.
import type { Agreement, AgreementSection, BudgetChange, Milestone, NewAgreement, StageConfiguration } from '../../../domain';
import { stageByLabel, stageLabel } from '../../../domain/stageMachine';
import type { FieldValues } from '../mergeChanges';
import type { ListMapping } from '../listStore';
import type { RawItem } from '../paging';
import { dropUndefined } from './goalMapper';
import { DamageLog, field, isObjectWith, lines, linesValue, num, orNull, requiredNum, requiredText, shapeOf, text } from './values';

export const AGREEMENTS = shapeOf('Agreements');
export const AGREEMENT = {
  title: field(AGREEMENTS, 'Title'),
  department: field(AGREEMENTS, 'Department'),
  year: field(AGREEMENTS, 'Year'),
  yearTo: field(AGREEMENTS, 'YearTo'),
  intro: field(AGREEMENTS, 'Intro'),
  coreTask: field(AGREEMENTS, 'CoreTask'),
  policies: field(AGREEMENTS, 'Policies'),
  milestones: field(AGREEMENTS, 'Milestones'),
  budgetChanges: field(AGREEMENTS, 'BudgetChanges'),
  continuing: field(AGREEMENTS, 'Continuing'),
  strategyRelation: field(AGREEMENTS, 'StrategyRelation'),
  sections: field(AGREEMENTS, 'Sections'),
  stage: field(AGREEMENTS, 'Stage'),
  stageChangedAt: field(AGREEMENTS, 'StageChangedAt'),
  clientId: field(AGREEMENTS, 'ClientId')
} as const;

const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length > 0 ? list : undefined);

export function agreementMapping(config: StageConfiguration): ListMapping<Agreement, NewAgreement> {
  return {
    list: AGREEMENTS.list,
    select: AGREEMENTS.select,
    expand: AGREEMENTS.expand,
    lookupCount: AGREEMENTS.lookupCount,
    clientIdField: AGREEMENT.clientId,
    fromItem(raw: RawItem): Agreement {
      const stored = requiredText(raw, AGREEMENT.stage);
      // Tolerant like the goal's mapper: an unreadable Milestones text marks the agreement damaged.
      const damage = new DamageLog(raw);
      return damage.mark(
        dropUndefined<Agreement>({
          id: requiredNum(raw, 'Id'),
          departmentId: damage.requiredNum(`${AGREEMENT.department}Id`, 'departmentId'),
          year: damage.requiredNum(AGREEMENT.year, 'year'),
          yearTo: num(raw, AGREEMENT.yearTo),
          title: requiredText(raw, AGREEMENT.title),
          intro: text(raw, AGREEMENT.intro),
          coreTask: text(raw, AGREEMENT.coreTask),
          policies: lines(raw, AGREEMENT.policies),
          milestones: damage.jsonArray<Milestone>(AGREEMENT.milestones, 'milestones', isObjectWith('title')),
          // Optional in the model: an agreement that never had them reads as before (no empty lists).
          // Read tolerantly like the milestones: a broken JSON value marks the agreement damaged.
          budgetChanges: nonEmpty(damage.jsonArray<BudgetChange>(AGREEMENT.budgetChanges, 'budgetChanges', isObjectWith('text'))),
          continuing: text(raw, AGREEMENT.continuing),
          strategyRelation: text(raw, AGREEMENT.strategyRelation),
          sections: nonEmpty(damage.jsonArray<AgreementSection>(AGREEMENT.sections, 'sections', isObjectWith('heading'))),
          stage: stageByLabel(config, stored)?.code ?? stored,
          stageChangedAt: text(raw, AGREEMENT.stageChangedAt),
          clientId: text(raw, AGREEMENT.clientId)
        })
      );
    },
    toFields(v: Partial<NewAgreement>): FieldValues {
      const out: FieldValues = {};
      if ('departmentId' in v) out[`${AGREEMENT.department}Id`] = orNull(v.departmentId);
      if ('year' in v) out[AGREEMENT.year] = orNull(v.year);
      if ('yearTo' in v) out[AGREEMENT.yearTo] = orNull(v.yearTo);
      if ('title' in v) out[AGREEMENT.title] = orNull(v.title);
      if ('intro' in v) out[AGREEMENT.intro] = orNull(v.intro);
      if ('coreTask' in v) out[AGREEMENT.coreTask] = orNull(v.coreTask);
      if ('policies' in v) out[AGREEMENT.policies] = linesValue(v.policies ?? []);
      if ('milestones' in v) out[AGREEMENT.milestones] = JSON.stringify(v.milestones ?? []);
      if ('budgetChanges' in v) out[AGREEMENT.budgetChanges] = JSON.stringify(v.budgetChanges ?? []);
      if ('continuing' in v) out[AGREEMENT.continuing] = orNull(v.continuing);
      if ('strategyRelation' in v) out[AGREEMENT.strategyRelation] = orNull(v.strategyRelation);
      if ('sections' in v) out[AGREEMENT.sections] = JSON.stringify(v.sections ?? []);
      if ('stage' in v && v.stage !== undefined) out[AGREEMENT.stage] = stageLabel(config, v.stage);
      if ('stageChangedAt' in v) out[AGREEMENT.stageChangedAt] = orNull(v.stageChangedAt);
      if ('clientId' in v && v.clientId !== undefined) out[AGREEMENT.clientId] = v.clientId;
      return out;
    }
  };
}
