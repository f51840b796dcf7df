// Client-generated ids make creates idempotent: the id travels with the create, so a retry can ask
// "does an item with this ClientId exist?" before creating again. ClientId is a Guid column, and
// SharePoint refuses anything but a GUID in one (SPFieldGuid: "Invalid GUID value" -> HTTP 400,
// https://learn.microsoft.com/en-us/dotnet/api/microsoft.sharepoint.spfieldguid), so every id
// made here is a real GUID: random ones are UUID v4, ids that must come out the same for the same
// thing (so a second press finds the first one's item) are name-based UUID v5 (RFC 4122 §4.3)
// from one fixed namespace. This module is the only place ClientIds are made (with importClientIds.ts,
// the Word import's, kept apart so the main bundle does not carry them).
import { v4 as uuidv4, v5 as uuidv5, validate } from 'uuid';

/** The namespace of every derived ClientId. Fixed forever: changing it breaks idempotency with
 * items already made. */
export const CLIENT_ID_NAMESPACE = '5b0f7c3e-2d4a-4f61-9a8e-0c6d1e2f3a4b';

export function newClientId(): string {
  return uuidv4();
}

/** The same key always gives the same GUID; different keys give different ones. */
export function derivedClientId(...key: Array<string | number>): string {
  return uuidv5(key.join('/'), CLIENT_ID_NAMESPACE);
}

export function isGuid(value: string): boolean {
  return validate(value);
}

/** "Department X's agreement for year Y": "Opret årets aftale" and the follow-up's carry-over
 * name the same item, so whichever comes second finds the first one's agreement. */
export function agreementClientId(departmentId: number, year: number): string {
  return derivedClientId('agreement', departmentId, year);
}

/** "The successor of goal X in year Y" (carried over by the follow-up). */
export function carriedGoalClientId(sourceGoalId: number, year: number): string {
  return derivedClientId('carried-goal', sourceGoalId, year);
}

/** The DUS copy ("Start <year+1> som kopi"): each copied item named by its source and the year. */
export const copyClientIds = {
  strategy: (sourceId: number, year: number): string => derivedClientId('dus-copy', year, 'strategy', sourceId),
  track: (sourceId: number, year: number): string => derivedClientId('dus-copy', year, 'track', sourceId),
  requirement: (sourceId: number, year: number): string => derivedClientId('dus-copy', year, 'requirement', sourceId)
};

/** Rows of the DUS form: the row's key (kept in the browser draft) names its create. */
export const formClientIds = {
  strategy: (key: string): string => derivedClientId('dus-new', key),
  track: (key: string): string => derivedClientId('dus-track', key),
  requirement: (key: string): string => derivedClientId('dus-requirement', key)
};

/** Entry `index` of the approval log entries one decision writes (`decisionId` is a fresh GUID per
 * decision): each entry its own GUID, a retry of the same entry the same one. The first entry (the
 * item decided on) carries the decision's id itself, so the others can be told to belong to it. */
export function decisionEntryClientId(decisionId: string, index: number): string {
  return index === 0 ? decisionId : derivedClientId('decision', decisionId, index);
}

/** Whether `entryClientId` is one of the first `maxEntries` entries of the decision whose first
 * entry is `firstEntryClientId`: the goals that moved with their agreement in one decision.
 * SharePoint keeps whole seconds, so actor, time and stage cannot tell two decisions apart. */
export function isEntryOfDecision(firstEntryClientId: string, entryClientId: string, maxEntries: number): boolean {
  for (let i = 1; i < maxEntries; i++) if (derivedClientId('decision', firstEntryClientId, i) === entryClientId) return true;
  return false;
}

// The Word import's goal ids are made in importClientIds.ts, beside this module: only the lazy
// import chunk loads them, so they cost the main bundle nothing.
