// The site's own settings that cannot be used (services/approvals/workflowSettings.ts), worded in
// the user's language from the codes the domain returns (loc group StageConfiguration).
import type { WorkflowProblem } from '../../../../services/approvals/approvalTypes';
import type { StageConfigurationProblem } from '../../../../domain/stageMachine';

type Texts = IUdviklingsaftalerStrings['StageConfiguration'];

const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{([A-Za-z]+)\}/g, (match, name: string) => (values[name] === undefined ? match : String(values[name])));

export const stageConfigurationText = (t: Texts, p: StageConfigurationProblem): string => fill(t.Codes[p.code], p.params ?? {});

export function workflowProblemText(t: Texts, p: WorkflowProblem): string {
  if (p.code === 'notificationsSetting') return t.Notifications;
  return [fill(t.Unusable, { fallback: p.fallback }), ...p.problems.map((x) => stageConfigurationText(t, x))].join(' ');
}
