// A municipality's own stage configuration, stored as JSON on the site (the Settings list) and
// edited by the secretariat. Everything read from there is checked before it is used; a broken
// value gives problems as codes (the UI words them in the user's language) and the caller falls
// back to the built-in configuration.
import type { ApprovalDecision, GroupKey, StageConfiguration, StageDefinition, StageKind, StageTransition } from './types';
import { problemOf, validateStageConfiguration, type StageConfigurationProblem } from './stageMachine';
import { authorityProblems } from './authority';

const KINDS: readonly StageKind[] = ['draft', 'review', 'consultation', 'approved', 'followUp', 'closed'];
const DECISIONS: readonly ApprovalDecision[] = ['submitted', 'approved', 'consulted', 'returned', 'followUpStarted', 'completed'];
const GROUP_KEYS: readonly GroupKey[] = ['readers', 'editors', 'leaders', 'approvers', 'secretariat'];

export type ParsedConfiguration = { ok: true; config: StageConfiguration } | { ok: false; problems: StageConfigurationProblem[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function stageOf(raw: unknown, index: number, problems: StageConfigurationProblem[]): StageDefinition | undefined {
  if (!isObject(raw) || !isText(raw.code) || !isText(raw.label) || !KINDS.includes(raw.kind as StageKind)) {
    problems.push(problemOf('stageShape', { row: index + 1 }));
    return undefined;
  }
  if (raw.decidedBy !== undefined && !isText(raw.decidedBy)) {
    problems.push(problemOf('stageDecidedBy', { row: index + 1, label: raw.label }));
    return undefined;
  }
  const stage: StageDefinition = { code: raw.code, label: raw.label, kind: raw.kind as StageKind, locksEditing: raw.locksEditing !== false };
  if (isText(raw.decidedBy)) stage.decidedBy = raw.decidedBy.trim();
  return stage;
}

function transitionOf(raw: unknown, index: number, problems: StageConfigurationProblem[]): StageTransition | undefined {
  if (!isObject(raw) || !isText(raw.from) || !isText(raw.to) || !isText(raw.label) || !DECISIONS.includes(raw.decision as ApprovalDecision)) {
    problems.push(problemOf('transitionShape', { row: index + 1 }));
    return undefined;
  }
  const groups = Array.isArray(raw.allowedGroups) ? raw.allowedGroups : [];
  const unknown = groups.filter((g) => !GROUP_KEYS.includes(g as GroupKey));
  if (unknown.length > 0 || groups.length === 0) {
    problems.push(problemOf('transitionGroups', { row: index + 1, label: raw.label }));
    return undefined;
  }
  if (raw.checks !== undefined && raw.checks !== 'block' && raw.checks !== 'warn') {
    problems.push(problemOf('transitionChecks', { row: index + 1, label: raw.label }));
    return undefined;
  }
  const transition: StageTransition = {
    from: raw.from,
    to: raw.to,
    label: raw.label,
    decision: raw.decision as ApprovalDecision,
    allowedGroups: groups as GroupKey[],
    requiresComment: raw.requiresComment === true,
    requiresMeeting: raw.requiresMeeting === true
  };
  if (raw.checks !== undefined) transition.checks = raw.checks;
  return transition;
}

export function parseStageConfiguration(json: string): ParsedConfiguration {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problems: [problemOf('notJson')] };
  }
  if (!isObject(raw) || !isText(raw.key) || !isText(raw.title) || !isText(raw.initialStage) || !Array.isArray(raw.stages) || !Array.isArray(raw.transitions)) {
    return { ok: false, problems: [problemOf('shape')] };
  }
  const problems: StageConfigurationProblem[] = [];
  const stages = raw.stages.map((s, i) => stageOf(s, i, problems));
  const transitions = raw.transitions.map((t, i) => transitionOf(t, i, problems));
  if (problems.length > 0) return { ok: false, problems };
  const config: StageConfiguration = {
    key: raw.key,
    title: raw.title,
    initialStage: raw.initialStage,
    stages: stages as StageDefinition[],
    transitions: transitions as StageTransition[]
  };
  const semantic = [...validateStageConfiguration(config), ...authorityProblems(config)];
  return semantic.length > 0 ? { ok: false, problems: semantic } : { ok: true, config };
}
