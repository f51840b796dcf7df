// What can be wrong with a stage configuration (stageConfigurationJson.ts, stageMachine.ts,
// authority.ts), as codes with the values their text needs: the UI words them in the user's
// language (loc group StageConfiguration), as validationResult.ts does for form fields.
import type { ValidationParams } from './validationResult';

export type StageConfigurationCode =
  // The JSON itself
  | 'notJson'
  | 'shape'
  | 'stageShape'
  | 'stageDecidedBy'
  | 'transitionShape'
  | 'transitionGroups'
  | 'transitionChecks'
  // The configuration's meaning
  | 'stageTwice'
  | 'initialStageUnknown'
  | 'transitionStageUnknown'
  | 'transitionNoGroup'
  | 'returnWithoutComment'
  | 'stageUnreachable'
  | 'decisionByEditors';

/** `row` is 1-based, as the secretariat counts; `label`, `stage`, `from` are the configuration's own words. */
export interface StageConfigurationProblem {
  code: StageConfigurationCode;
  params?: ValidationParams;
}

export function problemOf(code: StageConfigurationCode, params?: ValidationParams): StageConfigurationProblem {
  return params === undefined ? { code } : { code, params };
}
