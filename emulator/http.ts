// Requests and responses inside the emulator, and SharePoint's error shape:
// {"odata.error":{"code":"-2147024891, System.UnauthorizedAccessException","message":{"lang":"en-US","value":"..."}}}
import type { EmSite, EmUser } from './model';

export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export const ERR = {
  unauthorized: (): SpError =>
    new SpError(
      401,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  forbidden: (): SpError =>
    new SpError(
      403,
      '-2147024891, System.UnauthorizedAccessException',
      'Access denied. You do not have permission to perform this action or access this resource.'
    ),
  digest: (): SpError =>
    new SpError(
      403,
      '-2130575251, Microsoft.SharePoint.SPException',
      "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
    ),
  notFound: (what: string): SpError => new SpError(404, '-2147024809, System.ArgumentException', `${what} does not exist.`),
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.'),
  badRequest: (message: string): SpError => new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message),
  stale: (): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', "The request ETag value does not match the object's ETag value."),
  throttled: (message: string): SpError => new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message),
  fieldValue: (message: string): SpError => new SpError(400, '-2130575155, Microsoft.SharePoint.SPFieldValidationException', message),
  conflict: (message: string): SpError => new SpError(409, '-2130575214, Microsoft.SharePoint.SPException', message)
};

export function errorBody(error: SpError): string {
  return JSON.stringify({ 'odata.error': { code: error.code, message: { lang: 'en-US', value: error.message } } });
}

export interface EmRequest {
  /** After X-HTTP-Method: GET, POST, MERGE, PATCH, PUT, DELETE. */
  method: string;
  /** The part after /_api/, e.g. web/lists/getByTitle('Goals')/items(3). */
  apiPath: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
  site: EmSite;
  user: EmUser;
  /** Absolute base of the site, for links such as odata.nextLink. */
  siteUrl: string;
}

export interface EmResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON; undefined means no body. */
  json?: unknown;
  /** SharePoint's `$metadata#…` name for the answer (its `odata.metadata` in minimal metadata). */
  metadata?: string;
}

export const ok = (json: unknown, headers?: Record<string, string>, metadata?: string): EmResponse => ({ status: 200, json, headers, metadata });
export const created = (json: unknown, headers?: Record<string, string>, metadata?: string): EmResponse => ({ status: 201, json, headers, metadata });
export const noContent = (headers?: Record<string, string>): EmResponse => ({ status: 204, headers });

export function jsonBody<T = Record<string, unknown>>(req: EmRequest): T {
  if (req.body.trim() === '') return {} as T;
  try {
    return JSON.parse(req.body) as T;
  } catch {
    throw ERR.badRequest('Invalid JSON. A token was not recognized in the JSON content.');
  }
}

/** Splits `web/lists/getByTitle('a/b')/items(3)` into segments, keeping quoted arguments whole. */
export function segments(path: string): Array<{ name: string; arg?: string }> {
  const out: Array<{ name: string; arg?: string }> = [];
  let i = 0;
  while (i < path.length) {
    let name = '';
    while (i < path.length && path[i] !== '/' && path[i] !== '(') name += path[i++];
    let arg: string | undefined;
    if (path[i] === '(') {
      i += 1;
      let depthArg = '';
      let quoted = false;
      while (i < path.length && (quoted || path[i] !== ')')) {
        if (path[i] === "'") quoted = !quoted;
        depthArg += path[i++];
      }
      i += 1;
      arg = depthArg;
    }
    if (path[i] === '/') i += 1;
    if (name !== '' || arg !== undefined) out.push({ name: decodeURIComponent(name), arg: arg === undefined ? undefined : decodeURIComponent(arg) });
  }
  return out;
}

/** 'Goals' from "'Goals'" ('' unescaped), 5 from "5", the guid from "guid'...'" or "'...'". */
export function unquote(arg: string | undefined): string {
  if (arg === undefined) return '';
  const trimmed = arg.trim().replace(/^guid(?=')/i, '');
  if (trimmed.startsWith("'") && trimmed.endsWith("'")) return trimmed.slice(1, -1).replace(/''/g, "'");
  return trimmed;
}

/** `principalid=3,roledefid=5` → { principalid: '3', roledefid: '5' } */
export function namedArgs(arg: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (arg ?? '').split(',')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) out[key.trim().toLowerCase()] = unquote(value);
  }
  return out;
}
