// GraphClient over fetch: the dev host (same origin as the page; the emulator-user cookie names the
// user) and the tests (an explicit base URL and headers). Never used by the web part, which gets
// SPFx's MSGraphClientV3 (see msGraphClient.ts).
import { GraphError, type GraphClient } from './graphClient';

export interface FetchGraphOptions {
  /** The origin that serves `/v1.0/...`, e.g. the emulator's URL or the dev host's. */
  baseUrl: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

async function failure(response: Response): Promise<GraphError> {
  // Graph's error body: { error: { code, message } }.
  const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined;
  return new GraphError(response.status, body?.error?.code ?? String(response.status), body?.error?.message ?? response.statusText);
}

export function createFetchGraphClient(options: FetchGraphOptions): GraphClient {
  const doFetch = options.fetch ?? fetch;
  const url = (path: string): string => `${options.baseUrl.replace(/\/+$/, '')}/v1.0${path.startsWith('/') ? path : `/${path}`}`;
  const headers = { accept: 'application/json', ...(options.headers ?? {}) };
  return {
    async get<T>(path: string): Promise<T> {
      const response = await doFetch(url(path), { headers, credentials: 'include' });
      if (!response.ok) throw await failure(response);
      return (await response.json()) as T;
    },
    async post<T>(path: string, body: unknown): Promise<T | undefined> {
      const response = await doFetch(url(path), {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'include'
      });
      if (!response.ok) throw await failure(response);
      const text = await response.text();
      return text === '' ? undefined : (JSON.parse(text) as T);
    }
  };
}
