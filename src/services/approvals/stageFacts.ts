// What the stage of an item says in words (issue #17.5), as facts the view words from codes and
// its loc strings: a queue stage is "waiting for <who decides>, sent <when> by <whom>", an approved
// stage "approved by <who decided> <when>". Facts are given only when the stage is verified; an
// unverified or stale stage keeps its warning ("Ikke verificeret", "Ændret efter godkendelse").
// Who and when come from SharePoint: the valid log entry's Author and Created, or, for an editor's
// move into a queue (no log entry), the item's Editor and Modified (a locked stage is not edited).
import type { GroupKey, StageConfiguration } from '../../domain';
import { authorizedTransition, chronological, isLoggedDecision } from '../../domain/authority';
import { findStage } from '../../domain/stageMachine';
import type { Inspected } from './verification';
import type { StageFact } from './approvalTypes';
import { nameOf } from './returns';
import type { GroupMembership, PersonRef } from '../../domain';
import { substituteCheck, type Substitution } from '../../domain/substitution';

/** Who decides in a stage: its own words when the configuration gives them, else the groups. */
function decidersOf(config: StageConfiguration, stage: string): { text?: string; groups: GroupKey[] } {
  const groups = Array.from(
    new Set(config.transitions.filter((t) => t.from === stage && isLoggedDecision(t) && t.decision !== 'returned').flatMap((t) => t.allowedGroups))
  );
  const text = findStage(config, stage)?.decidedBy;
  return text === undefined ? { groups } : { text, groups };
}

export function stageFact(
  config: StageConfiguration,
  item: Inspected,
  membership: GroupMembership,
  people: ReadonlyMap<number, PersonRef>,
  substitutions: readonly Substitution[] = []
): StageFact {
  const { status, state } = item;
  const kind = findStage(config, state.stage)?.kind;
  if (status !== 'verified' || kind === undefined) return { status };
  const substitute = substituteCheck(substitutions, membership);
  const valid = chronological(item.entries).filter((e) => authorizedTransition(config, e, membership, substitute) !== undefined);
  const latest = valid[valid.length - 1];
  if (kind === 'review' || kind === 'consultation') {
    const logged = latest !== undefined && latest.toStage === state.stage;
    return {
      status,
      kind: 'queue',
      deciders: decidersOf(config, state.stage),
      at: logged ? latest.created : state.modified,
      by: logged ? nameOf(latest.author, people) : nameOf(state.editor, people)
    };
  }
  if (kind === 'approved' && latest !== undefined && latest.toStage === state.stage) {
    return {
      status,
      kind: 'decided',
      decision: latest.decision,
      deciders: decidersOf(config, latest.fromStage),
      at: latest.created,
      by: nameOf(latest.author, people)
    };
  }
  return { status };
}
