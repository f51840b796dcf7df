// What SPFx(context) does with the page's own form digest (PnPjs @pnp/sp behaviors/spfx.js: a
// RequestDigest hook returning legacyPageContext.formDigestValue for requests to the page's web,
// until its issue time plus FormDigestTimeoutSeconds less 15 s). SharePoint renders the digest into
// every page, so a web part on a real page makes no _api/contextinfo round trip before its first
// write or $batch; the dev host page carries one too (devhost/server.ts), and behaves the same.
import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { PageDigest } from '../page';

export function PageFormDigest(webUrl: string, digest: PageDigest | undefined): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    if (!digest) return instance;
    const issued = Date.parse((digest.value.split(',')[1] ?? '').replace(' -0000', ' GMT'));
    const expires = (Number.isFinite(issued) ? issued : Date.now()) + (digest.timeoutSeconds - 15) * 1000;
    const api = `${webUrl.replace(/\/$/, '').toLowerCase()}/_api`;
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown) {
      const write = !/^get$/i.test(init.method ?? 'GET');
      const headers = (init.headers ?? {}) as Record<string, string>;
      if (write && url.toLowerCase().startsWith(api) && Date.now() < expires && !headers['X-RequestDigest'] && !headers.Authorization) {
        init.headers = { 'X-RequestDigest': digest.value, ...headers };
      }
      return [url, init, result];
    });
    return instance;
  };
}
