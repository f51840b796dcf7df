import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { AddFieldOptions } from '@pnp/sp/fields';

/** A list with the field kinds the product uses, created the way provisioning does (Field XML). */
export async function createTestList(sp: SPFI, title = 'Testliste'): Promise<{ id: string; departments: string }> {
  const departments = await sp.web.lists.add(`${title}Afd`, '', 100, false);
  const list = await sp.web.lists.add(title, 'Til test', 100, false, { EnableVersioning: true });
  const fields = sp.web.lists.getById(list.Id).fields;
  const xml = [
    '<Field Type="Number" Name="Year" StaticName="Year" DisplayName="År" Indexed="TRUE" />',
    '<Field Type="Text" Name="Stage" StaticName="Stage" DisplayName="Fase" MaxLength="255" Indexed="TRUE" />',
    '<Field Type="Note" Name="Purpose" StaticName="Purpose" DisplayName="Formål" />',
    '<Field Type="Text" Name="Note1" StaticName="Note1" DisplayName="Note" MaxLength="255" />',
    '<Field Type="DateTime" Name="Due" StaticName="Due" DisplayName="Frist" />',
    `<Field Type="Lookup" Name="Department" StaticName="Department" DisplayName="Afdeling" List="{${departments.Id}}" ShowField="Title" Indexed="TRUE" />`,
    `<Field Type="LookupMulti" Name="Partners" StaticName="Partners" DisplayName="Partnere" List="{${departments.Id}}" ShowField="Title" Mult="TRUE" />`,
    '<Field Type="User" Name="Responsible" StaticName="Responsible" DisplayName="Ansvarlig" UserSelectionMode="PeopleOnly" />'
  ];
  // As provisioning does: the Name attribute is the internal name (without the hint SharePoint
  // derives it from DisplayName).
  for (const schemaXml of xml) await fields.createFieldAsXml({ SchemaXml: schemaXml, Options: AddFieldOptions.AddFieldInternalNameHint });
  return { id: list.Id, departments: departments.Id };
}

/** Adds `count` items in batches of 100 (one request per batch). */
export async function addItems(sp: SPFI, listId: string, count: number, make: (i: number) => Record<string, unknown>): Promise<void> {
  for (let start = 0; start < count; start += 100) {
    const [batched, execute] = sp.batched();
    // Each batched call needs its own queryable (PnPjs binds one instance to one request).
    const adds = Array.from({ length: Math.min(100, count - start) }, (_, k) => batched.web.lists.getById(listId).items.add(make(start + k)));
    await execute();
    await Promise.all(adds);
  }
}
