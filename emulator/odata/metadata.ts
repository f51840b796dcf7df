// How SharePoint shapes every JSON answer after the route has made it, checked against recorded
// answers in tests/conformance/fixtures (tests/integration/conformance):
// - `$select` on any entity or collection returns only the selected properties (and the OData
//   annotations); the recorded web answer to `web?$select=Title` has Title and nothing else.
// - The Accept header chooses the metadata level (Microsoft Learn, "JSON Light support in REST
//   SharePoint API": `application/json` means `odata=minimalmetadata`). Minimal metadata carries
//   `odata.metadata` on the top object and `odata.type/id/etag/editLink` and
//   `<Nav>@odata.navigationLinkUrl` on entities; `odata=nometadata` carries none of them
//   (pnp/cli-microsoft365's recorded nometadata answers have none) but keeps `odata.nextLink`.
//   Error bodies keep `odata.error` at both levels (the CLI's recorded errors).

export type MetadataLevel = 'minimal' | 'none';

export function metadataLevel(accept: string | undefined): MetadataLevel {
  return /odata=nometadata/i.test(accept ?? '') ? 'none' : 'minimal';
}

const KEEP_WITHOUT_METADATA = new Set(['odata.nextLink', 'odata.error', 'odata.null']);

const isAnnotation = (key: string): boolean => key.startsWith('odata.') || key.includes('@odata.');

function stripMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (isAnnotation(key) && !KEEP_WITHOUT_METADATA.has(key)) continue;
    out[key] = stripMetadata(inner);
  }
  return out;
}

type SelectTree = Map<string, SelectTree>;

function selectTree(select: string): SelectTree {
  const root: SelectTree = new Map();
  for (const path of select
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    let node = root;
    for (const part of path.split('/')) {
      const key = part.toLowerCase();
      if (!node.has(key)) node.set(key, new Map());
      node = node.get(key) as SelectTree;
    }
  }
  return root;
}

/** The selected subtree a property's key falls under, looked up once per key and tree: the rows
 * of a collection share their keys (a page of 5,000 rows has a few dozen). */
const keyed = new WeakMap<SelectTree, Map<string, SelectTree | undefined>>();

function subtreeOf(tree: SelectTree, key: string): SelectTree | undefined {
  let byKey = keyed.get(tree);
  if (!byKey) keyed.set(tree, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, tree.get(key.split('@')[0].toLowerCase()));
  return byKey.get(key);
}

function project(value: unknown, tree: SelectTree): unknown {
  if (Array.isArray(value)) return value.map((row) => project(row, tree));
  if (value === null || typeof value !== 'object' || tree.size === 0 || tree.has('*')) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const sub = subtreeOf(tree, key);
    if (isAnnotation(key) && (!key.includes('@') || sub)) out[key] = inner;
    else if (sub) out[key] = project(inner, sub);
  }
  return out;
}

/** Only the `$select`ed properties of an entity, or of each entity of a collection (`value`). */
export function applySelect(json: unknown, select: string | null): unknown {
  if (!select || json === null || typeof json !== 'object') return json;
  const tree = selectTree(select);
  const record = json as Record<string, unknown>;
  if (Array.isArray(record.value)) return { ...record, value: project(record.value, tree) };
  return project(record, tree);
}

/**
 * The answer at the requested metadata level; `metadata` is the `$metadata#…` fragment SharePoint
 * names for the answer, given by the route where it is known.
 */
export function applyMetadataLevel(json: unknown, level: MetadataLevel, siteUrl: string, metadata?: string): unknown {
  if (level === 'none') return stripMetadata(json);
  if (!metadata || json === null || typeof json !== 'object' || Array.isArray(json)) return json;
  return { 'odata.metadata': `${siteUrl}/_api/$metadata#${metadata}`, ...(json as Record<string, unknown>) };
}
