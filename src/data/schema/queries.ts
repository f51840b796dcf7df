// $select/$expand derived from the schema, and the lookup budget: SharePoint refuses a query that
// joins more than 12 lookup columns (Lookup, LookupMulti, User, UserMulti and the built-in
// Author/Editor), so every query shape the product uses is checked here.
import type { FieldDef, ListDef, ListKey, Schema } from './types';
import { listDef } from './schema';

export const LOOKUP_THRESHOLD = 12;

const LOOKUP_TYPES: ReadonlyArray<FieldDef['type']> = ['Lookup', 'LookupMulti', 'User', 'UserMulti'];

export function isLookup(field: FieldDef): boolean {
  return LOOKUP_TYPES.includes(field.type);
}

export interface QueryShape {
  /** Expand lookups to their show field and people to Title/EMail (one join each). When false,
   * lookups are read as `<Name>Id` columns, which cost no join. */
  expandLookups: boolean;
  /** Also read Author and Editor (created by / modified by) with their names: two joins. */
  withAuthors: boolean;
  /** Read only these fields (internal names); all of the list's fields when absent. */
  fields?: readonly string[];
}

export interface ListQuery {
  select: string[];
  expand: string[];
  /** Joins the query makes; must stay <= LOOKUP_THRESHOLD. */
  lookupCount: number;
}

export function buildQuery(list: ListDef, shape: QueryShape): ListQuery {
  const select = ['Id'];
  const expand: string[] = [];
  let lookupCount = 0;
  const fields = shape.fields ? list.fields.filter((f) => shape.fields?.includes(f.name)) : list.fields.filter((f) => f.readOnDemand !== true);
  for (const field of fields) {
    if (!isLookup(field)) {
      select.push(field.name);
    } else if (!shape.expandLookups) {
      select.push(`${field.name}Id`);
    } else {
      const shown = field.type === 'User' || field.type === 'UserMulti' ? ['Id', 'Title', 'EMail'] : ['Id', 'Title'];
      select.push(...shown.map((s) => `${field.name}/${s}`));
      expand.push(field.name);
      lookupCount++;
    }
  }
  // Where a list keeps items in department folders: which folder holds the item, and whether it is
  // a folder (a list's /items returns the folders too).
  if (list.folderPerDepartment && shape.fields === undefined) select.push('FSObjType', 'FileDirRef');
  if (shape.withAuthors) {
    select.push('Created', 'Modified', 'Author/Id', 'Author/Title', 'Editor/Id', 'Editor/Title', 'OData__UIVersionString');
    expand.push('Author', 'Editor');
    lookupCount += 2;
  } else {
    select.push('Created', 'Modified', 'OData__UIVersionString');
  }
  return { select, expand, lookupCount };
}

/** The query shapes the product reads with; each must fit the lookup budget. */
export const QUERY_SHAPES: Readonly<Record<string, QueryShape>> = {
  /** Repositories: every field, lookups as ids, authors expanded (the approval UI shows them). */
  items: { expandLookups: false, withAuthors: true },
  /** Views and exports that show names: every lookup expanded plus authors (the worst case). */
  display: { expandLookups: true, withAuthors: true }
};

export function queryFor(schema: Schema, key: ListKey, shapeName: keyof typeof QUERY_SHAPES): ListQuery {
  const shape = QUERY_SHAPES[shapeName];
  if (!shape) {
    throw new Error(`Unknown query shape "${String(shapeName)}".`);
  }
  return buildQuery(listDef(schema, key), shape);
}

/** Shapes over the budget, as "List/shape: n lookups" (empty when every shape fits). */
export function lookupBudgetViolations(schema: Schema): string[] {
  const problems: string[] = [];
  for (const list of schema.lists) {
    for (const [name, shape] of Object.entries(QUERY_SHAPES)) {
      const { lookupCount } = buildQuery(list, shape);
      if (lookupCount > LOOKUP_THRESHOLD) {
        problems.push(`${list.key}/${name}: ${lookupCount} lookups`);
      }
    }
  }
  return problems;
}
