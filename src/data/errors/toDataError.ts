// Maps whatever a request failed with (PnPjs's HttpRequestError, a fetch TypeError, a bare
// Response) into a DataError. It never returns undefined and never drops the cause.
import { DataError, DataErrorKind, isDataError } from './DataError';

const THRESHOLD_PATTERN = /SPQueryThrottledException|list view threshold|-2147024860/i;
// A duplicate in a column that enforces unique values: SharePoint answers HTTP 500 with
// "-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException" (not 409; the code as
// classified from real responses in vgrem/Office365-REST-Python-Client, the type name as PnP's
// provisioning engine matches it in pnp/PnP-Sites-Core#608). It is the user's value, not the network.
const DUPLICATE_PATTERN = /SPDuplicateValuesFoundException|-2130575169/;

interface HttpLikeError {
  status: number;
  message: string;
  response?: { headers?: { get(name: string): string | null } };
}

function isHttpLikeError(e: unknown): e is HttpLikeError {
  return (
    typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' && typeof (e as { message?: unknown }).message === 'string'
  );
}

/** Extracts the server's own error text from SharePoint's odata.error body, if there is one. */
export function serverMessage(body: string): string {
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const err = (json['odata.error'] ?? json.error) as { message?: { value?: string } | string } | undefined;
    if (err !== undefined) {
      const m = err.message;
      if (typeof m === 'string') return m;
      if (m !== undefined && typeof m.value === 'string') return m.value;
    }
  } catch {
    // Not JSON: the body itself is the best detail we have.
  }
  return body;
}

/** The kind of error an HTTP status and body mean. */
export function kindForStatus(status: number, body: string): DataErrorKind {
  // SharePoint answers throttling (429) with the same SPQueryThrottledException code as the list
  // view threshold, so the status decides first.
  if (status === 429 || status === 503) return 'throttled';
  if (THRESHOLD_PATTERN.test(body)) return 'threshold';
  if (DUPLICATE_PATTERN.test(body)) return 'duplicate';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 400 || status === 422) return 'validation';
  return 'network';
}

export function toDataError(e: unknown): DataError {
  if (isDataError(e)) return e;
  if (isHttpLikeError(e)) {
    // PnPjs puts the response text after "::> " in HttpRequestError.message.
    const marker = e.message.indexOf('::> ');
    const body = marker >= 0 ? e.message.slice(marker + 4) : e.message;
    const detail = serverMessage(body);
    return new DataError(kindForStatus(e.status, body), { cause: e, status: e.status, detail });
  }
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new DataError('network', { cause: e, detail });
}

/** Builds a DataError from a Response the caller has not read yet. */
export async function responseToDataError(response: Response, retryAfterMs?: number): Promise<DataError> {
  const body = await response.clone().text();
  return new DataError(kindForStatus(response.status, body), {
    status: response.status,
    detail: serverMessage(body),
    retryAfterMs
  });
}
