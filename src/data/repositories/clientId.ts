// Client-generated ids make creates idempotent: the id travels with the create, so a retry can ask
// "does an item with this ClientId exist?" before creating again.
import { getGUID } from '@pnp/core';

export function newClientId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  // randomUUID exists in secure browser contexts and Node; PnPjs's generator covers the rest.
  return c?.randomUUID !== undefined ? c.randomUUID() : getGUID();
}
