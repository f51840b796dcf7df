// Writes the PnP provisioning template generated from the schema to
// sharepoint/provisioning/udviklingsaftaler.xml. Run after changing src/data/schema:
//   npx tsx scripts/generate-template.ts
// tests/unit/provisioning/pnpTemplate.test.ts fails while the committed file is out of date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { FULL_SCHEMA as SCHEMA } from '../src/data/schema/fullSchema';
import { pnpTemplateXml } from '../src/data/provisioning/pnpTemplate';

export const TEMPLATE_PATH = resolve(__dirname, '..', 'sharepoint', 'provisioning', 'udviklingsaftaler.xml');

function main(): void {
  mkdirSync(dirname(TEMPLATE_PATH), { recursive: true });
  writeFileSync(TEMPLATE_PATH, pnpTemplateXml(SCHEMA), 'utf8');
  process.stdout.write(`Skrev ${TEMPLATE_PATH}\n`);
}

main();
