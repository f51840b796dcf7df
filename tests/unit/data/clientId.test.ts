// ClientId is a Guid column: every id the app writes into it is a real GUID (issue #14.2), random
// ones v4 and the ids that must repeat for the same thing name-based v5 from one namespace.
import { describe, expect, it } from '@jest/globals';
import {
  agreementClientId,
  carriedGoalClientId,
  copyClientIds,
  decisionEntryClientId,
  isEntryOfDecision,
  derivedClientId,
  formClientIds,
  isGuid,
  newClientId
} from '../../../src/data/repositories/clientId';

const V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('ClientIds', () => {
  it('makes random ids as UUID v4, never twice the same', () => {
    const a = newClientId();
    expect(a).toMatch(V4);
    expect(newClientId()).not.toBe(a);
  });

  it('derives every deterministic id as a UUID v5: same key, same GUID; another key, another GUID', () => {
    const derived = [
      agreementClientId(12, 2024),
      carriedGoalClientId(12, 2024),
      copyClientIds.strategy(7, 2024),
      copyClientIds.track(7, 2024),
      copyClientIds.requirement(7, 2024),
      formClientIds.strategy('k1'),
      formClientIds.track('k1'),
      formClientIds.requirement('k1'),
      decisionEntryClientId('d', 1),
      decisionEntryClientId('d', 2)
    ];
    for (const id of derived) expect(id).toMatch(V5);
    expect(new Set(derived).size).toBe(derived.length);
    expect(agreementClientId(12, 2024)).toBe(agreementClientId(12, 2024));
    expect(agreementClientId(12, 2024)).not.toBe(agreementClientId(12, 2025));
    expect(agreementClientId(1, 22024)).not.toBe(agreementClientId(12, 2024));
  });

  it("names a decision's entries from its first: the first carries the decision's id, the others derive from it", () => {
    const decision = newClientId();
    const entries = [0, 1, 2, 3].map((i) => decisionEntryClientId(decision, i));
    expect(entries[0]).toBe(decision);
    expect(entries.slice(1).every((e) => isEntryOfDecision(entries[0], e, 4))).toBe(true);
    // Another decision in the same second by the same person is not part of it.
    expect(isEntryOfDecision(entries[0], decisionEntryClientId(newClientId(), 1), 4)).toBe(false);
    expect(isEntryOfDecision(entries[0], entries[3], 3)).toBe(false);
  });

  it('is fixed to one namespace, so ids of items made earlier are found again after an upgrade', () => {
    // RFC 4122 v5 of "agreement/12/2024" in the app's namespace; a changed namespace or key breaks this.
    expect(derivedClientId('agreement', 12, 2024)).toBe(agreementClientId(12, 2024));
    expect(agreementClientId(12, 2024)).toBe('f4968577-7fb0-5ed1-94db-010dd10a5f52');
  });

  it('tells a GUID from the old text ids', () => {
    expect(isGuid(newClientId())).toBe(true);
    expect(isGuid('agreement-12-2024')).toBe(false);
    expect(isGuid('dus-copy-2024-track-3')).toBe(false);
  });
});
