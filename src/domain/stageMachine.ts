// The stage machine over a StageConfiguration: which moves exist from a stage, who may make them,
// and what each needs (a comment for a return, a meeting date and minutes link for a hearing).
// It decides only what the configuration allows; SharePoint permissions and the ApprovalLog are
// what make a decision authoritative (docs/decisions/0002 and 0003).
import type { GroupKey, ISODate, StageCode, StageConfiguration, StageDefinition, StageTransition } from './types';
import { isISODate } from './validationResult';

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
  return config.transitions.filter(
    (t) => t.from === from && (groups === undefined || t.allowedGroups.some((g) => groups.includes(g)))
  );
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

export type TransitionErrorCode =
  | 'unknownStage'
  | 'notAllowed'
  | 'forbidden'
  | 'commentRequired'
  | 'meetingDateRequired'
  | 'minutesUrlRequired';

export interface TransitionError {
  code: TransitionErrorCode;
  /** Danish, for the user. */
  message: string;
}

export type TransitionCheck = { ok: true; transition: StageTransition } | { ok: false; error: TransitionError };

export function checkTransition(config: StageConfiguration, request: TransitionRequest): TransitionCheck {
  const from = findStage(config, request.from);
  const to = findStage(config, request.to);
  if (!from || !to) {
    const unknown = !from ? request.from : request.to;
    return fail('unknownStage', `Fasen "${unknown}" findes ikke i arbejdsgangen for ${config.title}.`);
  }
  const transition = config.transitions.find((t) => t.from === request.from && t.to === request.to);
  if (!transition) {
    return fail('notAllowed', `Et mål eller en aftale kan ikke flyttes fra »${from.label}« til »${to.label}«.`);
  }
  if (!transition.allowedGroups.some((g) => request.groups.includes(g))) {
    return fail('forbidden', `Du har ikke ret til at »${transition.label}« fra »${from.label}«. Det kræver medlemskab af: ${transition.allowedGroups.map(groupLabel).join(', ')}.`);
  }
  if (transition.requiresComment && (request.comment === undefined || request.comment.trim().length === 0)) {
    return fail('commentRequired', `»Kommentar« skal udfyldes, når du sender retur: skriv, hvad der skal rettes.`);
  }
  if (transition.requiresMeeting) {
    if (request.meetingDate === undefined || !isISODate(request.meetingDate)) {
      return fail('meetingDateRequired', `»Mødedato« skal udfyldes med en gyldig dato, når høringen registreres som behandlet.`);
    }
    if (request.minutesUrl === undefined || !/^https?:\/\/\S+$/.test(request.minutesUrl.trim())) {
      return fail('minutesUrlRequired', `»Link til referat« skal udfyldes med en webadresse, når høringen registreres som behandlet.`);
    }
  }
  return { ok: true, transition };
}

/** Danish names of the groups, as used in messages (the SharePoint group titles are in the schema). */
export function groupLabel(group: GroupKey): string {
  switch (group) {
    case 'readers':
      return 'læsere';
    case 'editors':
      return 'redaktører';
    case 'leaders':
      return 'ledergruppen';
    case 'approvers':
      return 'godkendere';
    case 'secretariat':
      return 'sekretariatet';
  }
}

/** Problems of a configuration (empty when sound), so a municipality's own configuration is
 * checked before it is used: unique codes, known stages, a reachable chain, returns commented. */
export function validateStageConfiguration(config: StageConfiguration): string[] {
  const problems: string[] = [];
  const codes = config.stages.map((s) => s.code);
  const duplicates = codes.filter((c, i) => codes.indexOf(c) !== i);
  for (const d of new Set(duplicates)) {
    problems.push(`Fasen "${d}" er defineret mere end én gang.`);
  }
  if (!codes.includes(config.initialStage)) {
    problems.push(`Startfasen "${config.initialStage}" findes ikke.`);
  }
  for (const t of config.transitions) {
    for (const end of [t.from, t.to]) {
      if (!codes.includes(end)) {
        problems.push(`Overgangen "${t.label}" bruger fasen "${end}", som ikke findes.`);
      }
    }
    if (t.allowedGroups.length === 0) {
      problems.push(`Overgangen "${t.label}" fra "${t.from}" kan ikke foretages af nogen gruppe.`);
    }
    if (t.decision === 'returned' && !t.requiresComment) {
      problems.push(`Overgangen "${t.label}" fra "${t.from}" sender retur uden at kræve en kommentar.`);
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
    problems.push(`Fasen "${code}" kan ikke nås fra startfasen.`);
  }
  return problems;
}

function fail(code: TransitionErrorCode, message: string): TransitionCheck {
  return { ok: false, error: { code, message } };
}
