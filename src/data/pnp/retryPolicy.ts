// Which requests may be sent again after a failure. Retrying is only safe when a second copy
// cannot do anything the first did not: reads, writes pinned to an ETag (a second MERGE gets 412
// and the repository sees its own values), deletes, read-only batches, and creates that carry a
// ClientId we can look up first (so a create that did land is found instead of made twice).

export type RetryPolicy = { kind: 'safe' } | { kind: 'create'; clientId: string; itemsUrl: string; answer?: 'formValues' } | { kind: 'never' };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const CLIENT_ID_FIELD = 'ClientId';

function header(headers: Headers, name: string): string | undefined {
  const value = headers.get(name);
  return value === null ? undefined : value;
}

function clientIdOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const id = parsed[CLIENT_ID_FIELD];
    return typeof id === 'string' && GUID.test(id) ? id : undefined;
  } catch {
    // A body that is not JSON is not one of our creates.
    return undefined;
  }
}

/** The ClientId among AddValidateUpdateItemUsingPath's form values ({ FieldName, FieldValue }). */
function formClientIdOf(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(body) as { formValues?: Array<{ FieldName?: unknown; FieldValue?: unknown }> };
    const id = (parsed.formValues ?? []).find((v) => v.FieldName === CLIENT_ID_FIELD)?.FieldValue;
    return typeof id === 'string' && GUID.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

export function classifyRequest(url: string, init: RequestInit): RetryPolicy {
  const headers = new Headers(init.headers);
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return { kind: 'safe' };

  const path = url.split('?')[0];
  const tunnelled = (header(headers, 'X-HTTP-Method') ?? method).toUpperCase();
  if (tunnelled === 'DELETE') return { kind: 'safe' };
  if (tunnelled === 'MERGE' || tunnelled === 'PATCH' || tunnelled === 'PUT') {
    const ifMatch = header(headers, 'If-Match');
    return ifMatch !== undefined && ifMatch.trim() !== '*' ? { kind: 'safe' } : { kind: 'never' };
  }
  if (/\/_api\/contextinfo$/i.test(path)) return { kind: 'safe' };
  if (/\/_api\/\$batch$/i.test(path)) {
    // PnPjs puts every non-GET part of a batch in a changeset; without one the batch only reads.
    return typeof init.body === 'string' && !init.body.includes('changeset_') ? { kind: 'safe' } : { kind: 'never' };
  }
  if (/\/items$/i.test(path)) {
    const clientId = clientIdOf(init.body);
    if (clientId !== undefined) return { kind: 'create', clientId, itemsUrl: path };
  }
  // A create in a folder (department folders) carries its ClientId as a form value.
  const inFolder = /\/AddValidateUpdateItemUsingPath(\(\))?$/i.exec(path);
  if (inFolder) {
    const clientId = formClientIdOf(init.body);
    if (clientId !== undefined) return { kind: 'create', clientId, itemsUrl: `${path.slice(0, inFolder.index)}/items`, answer: 'formValues' };
  }
  return { kind: 'never' };
}
