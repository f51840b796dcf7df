// The seed: both municipalities' documents as typed records with key references (seed/types.ts).
// Node-only; a loader writes them through the product's repositories.
import type { SeedMunicipality } from './types';
import { skanderborg } from './skanderborg';
import { albertslund } from './albertslund';

export type * from './types';
export { SITE_OWNER_LOGIN, SITE_OWNER_DISPLAY_NAME } from './siteOwner';
export { SEED_SOURCES, readSeedSource } from './sources';
export type { SeedSourceId } from './sources';
export { materialise, SeedReferenceError } from './materialise';
export type { MaterialisedMunicipality } from './materialise';

export const seedMunicipalities: SeedMunicipality[] = [skanderborg, albertslund];
