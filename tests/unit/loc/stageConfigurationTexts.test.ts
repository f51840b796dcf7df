import { describe, expect, it } from '@jest/globals';
import { loadLocale } from '../../helpers/locales';
import { parseStageConfiguration, SKANDERBORG_STAGES, type StageConfigurationCode, type StageConfigurationProblem } from '../../../src/domain';
import { stageConfigurationText, workflowProblemText } from '../../../src/webparts/udviklingsaftaler/components/TasksView/workflowProblemText';

// #20.4: the stage configuration's problems are codes; each has its text in both locales, with
// every value it names filled in.
const EXAMPLES: Record<StageConfigurationCode, StageConfigurationProblem> = {
  notJson: { code: 'notJson' },
  shape: { code: 'shape' },
  stageShape: { code: 'stageShape', params: { row: 2 } },
  stageDecidedBy: { code: 'stageDecidedBy', params: { row: 2, label: 'Ledergruppe' } },
  transitionShape: { code: 'transitionShape', params: { row: 3 } },
  transitionGroups: { code: 'transitionGroups', params: { row: 3, label: 'Godkend' } },
  transitionChecks: { code: 'transitionChecks', params: { row: 1, label: 'Send' } },
  stageTwice: { code: 'stageTwice', params: { stage: 'draft' } },
  initialStageUnknown: { code: 'initialStageUnknown', params: { stage: 'start' } },
  transitionStageUnknown: { code: 'transitionStageUnknown', params: { label: 'Videre', stage: 'b' } },
  transitionNoGroup: { code: 'transitionNoGroup', params: { label: 'Videre', from: 'a' } },
  returnWithoutComment: { code: 'returnWithoutComment', params: { label: 'Retur', from: 'a' } },
  stageUnreachable: { code: 'stageUnreachable', params: { stage: 'island' } },
  decisionByEditors: { code: 'decisionByEditors', params: { label: 'Godkend', from: 'approval' } }
};

describe("stage configuration problems in the user's language", () => {
  it.each(['da-dk', 'en-us'] as const)('%s has a text for every code, with its values filled in', (locale) => {
    const t = loadLocale(locale).StageConfiguration;
    expect(Object.keys(t.Codes).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const p of Object.values(EXAMPLES)) {
      const text = stageConfigurationText(t, p);
      expect([p.code, /\{[A-Za-z]+\}/.test(text)]).toEqual([p.code, false]);
      for (const v of Object.values(p.params ?? {})) expect(text).toContain(String(v));
    }
  });

  it('words a broken site configuration after the fallback it uses', () => {
    const parsed = parseStageConfiguration(
      JSON.stringify({ ...SKANDERBORG_STAGES, stages: [...SKANDERBORG_STAGES.stages, { code: 'island', label: 'Ø', kind: 'review' }] })
    );
    if (parsed.ok) throw new Error('expected problems');
    const problem = { code: 'configurationUnusable' as const, fallback: 'Skanderborg Kommune', problems: parsed.problems };
    expect(workflowProblemText(loadLocale('en-us').StageConfiguration, problem)).toBe(
      'The site\'s own workflow cannot be used, so the default for Skanderborg Kommune applies: The stage "island" cannot be reached from the initial stage.'
    );
    expect(workflowProblemText(loadLocale('da-dk').StageConfiguration, { code: 'notificationsSetting' })).toMatch(/^Indstillingen for mails/);
  });
});
