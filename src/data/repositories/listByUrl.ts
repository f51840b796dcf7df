// Every list is addressed by its URL, never by its title: a title follows the reader's UI
// language on a multilingual site and a site owner may rename it, while the URL
// (<web path>/Lists/<InternalName>) is fixed when the list is created. SharePoint's
// GetList(serverRelativeUrl) takes the list's root folder URL relative to the server
// (https://learn.microsoft.com/en-us/previous-versions/office/developer/sharepoint-rest-reference/dn499819(v=office.15)#getlist-method,
// PnPjs: https://pnp.github.io/pnpjs/sp/lists/#get-list-by-url).
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { IList } from '@pnp/sp/lists';
import type { ListDef } from '../schema/types';

/**
 * The server-relative path of the web the SPFI was built for (spfi(siteUrl)), e.g. "/sites/hr"
 * or "" for a root site. The one place that knows it: the host passes the site URL once, and the
 * web's REST URL ("<site>/_api/web") carries it to every repository, batched or not.
 */
export function webServerRelativePath(sp: SPFI): string {
  const rest = sp.web.toUrl();
  if (!/^https?:\/\//i.test(rest)) {
    throw new Error(`The SPFI must be built for an absolute site URL (got "${rest}").`);
  }
  const path = new URL(rest).pathname.replace(/\/_api\/.*$/i, '').replace(/\/+$/, '');
  return decodeURIComponent(path);
}

/** The list at `<web path>/<list.url>` (the schema's URL, e.g. "Lists/Goals"). */
export function listByUrl(sp: SPFI, list: Pick<ListDef, 'url'>): IList {
  return sp.web.getList(`${webServerRelativePath(sp)}/${list.url}`);
}
