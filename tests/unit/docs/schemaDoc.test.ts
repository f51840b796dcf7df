import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FULL_SCHEMA as SCHEMA } from '../../../src/data/schema/fullSchema';
import { schemaMarkdown } from '../../../scripts/lib/schemaDoc';

describe('docs/schema.md', () => {
  it('is what the schema module generates (run `npx tsx scripts/generate-docs.ts` after a schema change)', () => {
    const committed = readFileSync(resolve(__dirname, '../../../docs/schema.md'), 'utf8');
    expect(committed).toBe(schemaMarkdown(SCHEMA));
  });

  it('names every field of every list', () => {
    const doc = schemaMarkdown(SCHEMA);
    for (const list of SCHEMA.lists) for (const field of list.fields) expect(doc).toContain(`\`${field.name}\``);
  });
});
