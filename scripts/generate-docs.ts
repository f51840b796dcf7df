// Writes docs/schema.md from the schema module. Run after changing src/data/schema:
//   npx tsx scripts/generate-docs.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FULL_SCHEMA as SCHEMA } from '../src/data/schema/fullSchema';
import { schemaMarkdown } from './lib/schemaDoc';

export const SCHEMA_DOC_PATH = resolve(__dirname, '..', 'docs', 'schema.md');

writeFileSync(SCHEMA_DOC_PATH, schemaMarkdown(SCHEMA), 'utf8');
process.stdout.write(`Skrev ${SCHEMA_DOC_PATH}\n`);
