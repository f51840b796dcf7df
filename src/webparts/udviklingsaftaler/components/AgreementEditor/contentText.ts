// A field's value as one line of text for the conflict dialog (the user's own words, shortened).
import type { AgreementSection, BudgetChange, Milestone } from '../../../../domain';
import type { AgreementContentKey } from '../../../../domain/agreementContent';
import { milestoneWhen } from '../../../../domain/documentText';

export function contentLabels(s: IUdviklingsaftalerStrings['AgreementEditor']): Record<AgreementContentKey, string> {
  return {
    intro: s.Intro,
    strategyRelation: s.StrategyRelation,
    coreTask: s.CoreTask,
    policies: s.Policies,
    budgetChanges: s.BudgetChanges,
    continuing: s.Continuing,
    sections: s.Sections,
    milestones: s.Milestones
  };
}

const short = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)} …` : text);

export function contentText(key: AgreementContentKey, value: unknown): string {
  if (value === undefined || value === null) return '–';
  switch (key) {
    case 'policies':
      return short((value as string[]).join('; ')) || '–';
    case 'budgetChanges':
      return short((value as BudgetChange[]).map((b) => b.text).join('; ')) || '–';
    case 'sections':
      return short((value as AgreementSection[]).map((x) => `${x.heading}: ${x.body}`).join('; ')) || '–';
    case 'milestones':
      return short((value as Milestone[]).map((m) => [m.title, milestoneWhen(m)].filter(Boolean).join(' ')).join('; ')) || '–';
    default:
      return short(String(value)) || '–';
  }
}
