// GraphClient over SPFx's MSGraphClientV3 (the web part's msGraphClientFactory.getClient('3')). The
// token and the permissions come from the tenant's approved webApiPermissionRequests
// (config/package-solution.json); a permission not approved answers 403.
import type { MSGraphClientV3 } from '@microsoft/sp-http';
import { GraphError, type GraphClient } from './graphClient';

// The Graph SDK's GraphError carries statusCode and code.
function toGraphError(error: unknown): GraphError {
  const e = error as { statusCode?: number; code?: string; message?: string };
  return new GraphError(typeof e.statusCode === 'number' ? e.statusCode : 0, e.code ?? 'unknown', e.message ?? String(error));
}

export function createMsGraphClient(getClient: () => Promise<MSGraphClientV3>): GraphClient {
  return {
    async get<T>(path: string): Promise<T> {
      try {
        return (await (await getClient()).api(path).version('v1.0').get()) as T;
      } catch (error) {
        throw toGraphError(error);
      }
    },
    async post<T>(path: string, body: unknown): Promise<T | undefined> {
      try {
        const result = (await (await getClient()).api(path).version('v1.0').post(body)) as T | null | undefined;
        return result ?? undefined;
      } catch (error) {
        throw toGraphError(error);
      }
    }
  };
}
