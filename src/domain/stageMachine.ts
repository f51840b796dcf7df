// The stage machine over a StageConfiguration: which moves exist from a stage, who may make them,
// and what each needs (a comment for a return, a meeting date and minutes link for a hearing).
// It decides only what the configuration allows; SharePoint permissions and the ApprovalLog are
// what make a decision authoritative (docs/decisions/0002 and 0003).
import type { GroupKey, ISODate, StageCode, StageConfiguration, StageDefinition, StageTransition } from './types';
import { type FieldProblem, type ValidationParams, isISODate } from './validationResult';

export function findStage(config: StageConfiguration, code: StageCode): StageDefinition | undefined {
  return config.stages.find((s) => s.code === code);
}

/** The Stage column stores the Danish label (it is read in list views and Excel). */
export function stageByLabel(config: StageConfiguration, label: string): StageDefinition | undefined {
  return config.stages.find((s) => s.label === label);
}

export function stageLabel(config: StageConfiguration, code: StageCode): string {
  const stage = findStage(config, code);
  return stage ? stage.label : code;
}

/** Unknown stages lock editing: a value the configuration does not know is never trusted. */
export function isEditingLocked(config: StageConfiguration, code: StageCode): boolean {
  const stage = findStage(config, code);
  return stage ? stage.locksEditing : true;
}

/** Moves out of a stage; with `groups`, only those a member of one of the groups may make. */
export function transitionsFrom(config: StageConfiguration, from: StageCode, groups?: readonly GroupKey[]): StageTransition[] {
  return config.transitions.filter((t) => t.from === from && (groups === undefined || t.allowedGroups.some((g) => groups.includes(g))));
}

export interface TransitionRequest {
  from: StageCode;
  to: StageCode;
  /** The groups the acting user is a member of. */
  groups: readonly GroupKey[];
  comment?: string;
  meetingDate?: ISODate;
  minutesUrl?: string;
}

/** The decision form's own codes (ValidationCode has them too, with their texts). */
export type DecisionCode = 'commentRequired' | 'meetingDateRequired' | 'minutesUrlRequired';

export type TransitionErrorCode = 'unknownStage' | 'notAllowed' | 'forbidden' | DecisionCode;

export interface TransitionError {
  code: TransitionErrorCode;
  /** What the UI needs to say it (the stages' labels are the configuration's own words). */
  params?: ValidationParams;
  /** For the field codes: the problems at the decision form's fields. */
  problems?: DecisionProblem[];
}

export type TransitionCheck = { ok: true; transition: StageTransition } | { ok: false; error: TransitionError };

export type DecisionField = 'comment' | 'meetingDate' | 'minutesUrl';
export type DecisionProblem = FieldProblem<DecisionField> & { code: DecisionCode };

/**
 * What a move needs at the decision form's fields: a comment to return, the meeting's date and a
 * link to the minutes for a hearing. The form checks it as the user types; checkTransition (and so
 * the service) checks the same.
 */
export function decisionProblems(
  transition: Pick<StageTransition, 'requiresComment' | 'requiresMeeting'>,
  input: Pick<TransitionRequest, 'comment' | 'meetingDate' | 'minutesUrl'>
): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  if (transition.requiresComment && (input.comment === undefined || input.comment.trim().length === 0))
    problems.push({ field: 'comment', code: 'commentRequired' });
  if (transition.requiresMeeting) {
    if (input.meetingDate === undefined || !isISODate(input.meetingDate)) problems.push({ field: 'meetingDate', code: 'meetingDateRequired' });
    if (input.minutesUrl === undefined || !/^https?:\/\/\S+$/.test(input.minutesUrl.trim())) problems.push({ field: 'minutesUrl', code: 'minutesUrlRequired' });
  }
  return problems;
}

export function checkTransition(config: StageConfiguration, request: TransitionRequest): TransitionCheck {
  const from = findStage(config, request.from);
  const to = findStage(config, request.to);
  if (!from || !to) {
    return { ok: false, error: { code: 'unknownStage', params: { stage: !from ? request.from : request.to, workflow: config.title } } };
  }
  const transition = config.transitions.find((t) => t.from === request.from && t.to === request.to);
  if (!transition) {
    return { ok: false, error: { code: 'notAllowed', params: { from: from.label, to: to.label } } };
  }
  if (!transition.allowedGroups.some((g) => request.groups.includes(g))) {
    return { ok: false, error: { code: 'forbidden', params: { action: transition.label, from: from.label, groups: transition.allowedGroups.join(',') } } };
  }
  const problems = decisionProblems(transition, request);
  if (problems.length > 0) {
    return { ok: false, error: { code: problems[0].code, problems } };
  }
  return { ok: true, transition };
}

/** Problems of a configuration (empty when sound), so a municipality's own configuration is
 * checked before it is used: unique codes, known stages, a reachable chain, returns commented. */
export function validateStageConfiguration(config: StageConfiguration): StageConfigurationProblem[] {
  const problems: StageConfigurationProblem[] = [];
  const codes = config.stages.map((s) => s.code);
  const duplicates = codes.filter((c, i) => codes.indexOf(c) !== i);
  for (const d of new Set(duplicates)) {
    problems.push(problemOf('stageTwice', { stage: d }));
  }
  if (!codes.includes(config.initialStage)) {
    problems.push(problemOf('initialStageUnknown', { stage: config.initialStage }));
  }
  for (const t of config.transitions) {
    for (const end of [t.from, t.to]) {
      if (!codes.includes(end)) {
        problems.push(problemOf('transitionStageUnknown', { label: t.label, stage: end }));
      }
    }
    if (t.allowedGroups.length === 0) {
      problems.push(problemOf('transitionNoGroup', { label: t.label, from: t.from }));
    }
    if (t.decision === 'returned' && !t.requiresComment) {
      problems.push(problemOf('returnWithoutComment', { label: t.label, from: t.from }));
    }
  }
  const reachable = new Set<string>([config.initialStage]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of config.transitions) {
      if (reachable.has(t.from) && !reachable.has(t.to)) {
        reachable.add(t.to);
        grew = true;
      }
    }
  }
  for (const code of [...new Set(codes)].filter((c) => !reachable.has(c))) {
    problems.push(problemOf('stageUnreachable', { stage: code }));
  }
  return problems;
}

// What can be wrong with a stage configuration (here, stageConfigurationJson.ts, authority.ts), as
// codes with the values their text needs: the UI words them in the user's language (loc group
// StageConfiguration), as validationResult.ts does for form fields.
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
