// The installation's schema: the run-time SCHEMA (its list objects, so an installation prefix put
// on one is on both) and the lists that only lazy chunks read, which stay out of the main bundle:
// Substitutions (decision 0009). Provisioning, the schema docs and the PnP template use this one,
// so a site gets every list; imported only by those (and the substitutes' own mapper).
import { SCHEMA } from './schema';
import { SUBSTITUTIONS } from './listSubstitutions';
import type { Schema } from './types';

export function fullSchema(schema: Schema = SCHEMA): Schema {
  return { ...schema, lists: [...schema.lists, SUBSTITUTIONS] };
}

export const FULL_SCHEMA: Schema = fullSchema();
