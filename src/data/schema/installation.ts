// A test installation beside the real one: `npm run test:tenant` provisions the product on the
// operator's own site with a unique prefix, so it never touches lists, groups or the permission
// level a real installation may already have there. The prefix is applied here, in one place, to
// the schema everything reads (list URLs, which listByUrl turns into
// getList('<web path>/Lists/<prefix><Name>'), list titles, group titles and the permission level
// name); repositories, services and provisioning then work unchanged. Only the tenant check's own
// Node process calls it; the web part never does.
import { FULL_SCHEMA } from './fullSchema';
import type { Schema } from './types';

/** Letters and digits only: it becomes part of list URLs (SharePoint's internal names). */
export const INSTALLATION_PREFIX = /^[A-Za-z][A-Za-z0-9]{3,23}$/;

/** `Lists/Goals` → `Lists/<prefix>Goals`. */
export function prefixedListUrl(url: string, prefix: string): string {
  const at = url.lastIndexOf('/') + 1;
  return `${url.slice(0, at)}${prefix}${url.slice(at)}`;
}

/**
 * Puts the prefix on every name the installation creates, in the schema the product reads, and
 * returns the function that takes it off again.
 */
export function useInstallationPrefix(prefix: string, schema: Schema = FULL_SCHEMA): () => void {
  if (!INSTALLATION_PREFIX.test(prefix)) throw new Error(`Præfikset skal være 4-24 bogstaver og cifre og begynde med et bogstav: ${prefix}`);
  const before = {
    lists: schema.lists.map((l) => ({ list: l, url: l.url, title: l.title })),
    groups: schema.groups.map((g) => ({ group: g, title: g.title })),
    role: schema.roleDefinition.name
  };
  for (const { list, url, title } of before.lists) {
    list.url = prefixedListUrl(url, prefix);
    list.title = `${prefix} ${title}`;
  }
  for (const { group, title } of before.groups) group.title = `${prefix} ${title}`;
  schema.roleDefinition.name = `${prefix} ${before.role}`;
  return () => {
    for (const { list, url, title } of before.lists) {
      list.url = url;
      list.title = title;
    }
    for (const { group, title } of before.groups) group.title = title;
    schema.roleDefinition.name = before.role;
  };
}
