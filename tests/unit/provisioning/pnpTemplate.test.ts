import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fieldId } from '../../../src/data/schema';
import { FULL_SCHEMA as SCHEMA } from '../../../src/data/schema/fullSchema';
import { pnpTemplateXml } from '../../../src/data/provisioning';

const TEMPLATE = resolve(__dirname, '..', '..', '..', 'sharepoint', 'provisioning', 'udviklingsaftaler.xml');

describe('PnP provisioning template', () => {
  it('is what the schema generates now (run `npx tsx scripts/generate-template.ts` after a schema change)', () => {
    const committed = readFileSync(TEMPLATE, 'utf8');
    expect(committed).toBe(pnpTemplateXml(SCHEMA));
  });

  it('has one ListInstance per list with every field, the security and the "Kun tilføj" level', () => {
    const xml = pnpTemplateXml(SCHEMA);
    expect(xml.match(/<pnp:ListInstance /g)).toHaveLength(SCHEMA.lists.length);
    for (const list of SCHEMA.lists) {
      expect(xml).toContain(`Url="${list.url}"`);
      for (const f of list.fields.filter((x) => !x.builtIn)) {
        expect(xml).toContain(`ID="{${fieldId(list.key, f.name)}}"`);
      }
    }
    expect(xml).toContain('<pnp:RoleDefinition Name="Kun tilføj"');
    expect(xml).toContain('<pnp:RoleAssignment Principal="Udviklingsaftaler - Godkendere" RoleDefinition="Kun tilføj" />');
    expect(xml).toContain('List="{listid:Udviklingsaftaler}"');
    expect(xml).not.toContain('<pnp:Permission>EditListItems</pnp:Permission>');
    expect(xml).toContain('xmlns:pnp="http://schemas.dev.office.com/PnP/2022/09/ProvisioningSchema"');
  });

  it('changes when the schema changes (the drift test can fail)', () => {
    const goals = SCHEMA.lists.find((l) => l.key === 'Goals');
    if (!goals) throw new Error('no Goals list');
    const changed = {
      ...SCHEMA,
      lists: SCHEMA.lists.map((l) =>
        l.key === 'Goals'
          ? { ...goals, fields: [...goals.fields, { type: 'Guid' as const, name: 'Extra', displayName: 'Ekstra', description: 'Ekstra felt.' }] }
          : l
      )
    };
    expect(pnpTemplateXml(changed)).not.toBe(pnpTemplateXml(SCHEMA));
  });
});
