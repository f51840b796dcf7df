import { describe, expect, it } from '@jest/globals';
import { SCHEMA, fieldId, fieldXml, listDef, stableGuid, type FieldDef, type ListKey } from '../../../src/data/schema';

const ids = (key: ListKey) => `{guid-of-${key}}`;
const xmlOf = (key: ListKey, name: string): string => {
  const f = listDef(SCHEMA, key).fields.find((x) => x.name === name);
  if (!f) throw new Error(`no field ${key}/${name}`);
  return fieldXml(key, f, ids);
};

describe('Field XML', () => {
  it('gives stable, well-formed, distinct GUIDs', () => {
    expect(stableGuid('a')).toBe(stableGuid('a'));
    expect(stableGuid('a')).not.toBe(stableGuid('b'));
    expect(stableGuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const all = SCHEMA.lists.flatMap((l) => l.fields.map((f) => fieldId(l.key, f.name)));
    expect(new Set(all).size).toBe(all.length);
  });

  it('writes a number column with index, uniqueness and range', () => {
    expect(xmlOf('Strategies', 'Year')).toBe(
      `<Field ID="{${fieldId('Strategies', 'Year')}}" Type="Number" Name="Year" StaticName="Year" DisplayName="År" Description="Året strategien gælder for." Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" Min="2000" Max="2100" Decimals="0" />`
    );
  });

  it('writes a lookup by list GUID, a multi-lookup with Mult', () => {
    expect(xmlOf('Goals', 'Agreement')).toContain('Type="Lookup" Name="Agreement" StaticName="Agreement" DisplayName="Aftale"');
    expect(xmlOf('Goals', 'Agreement')).toContain('List="{guid-of-Agreements}" ShowField="Title"');
    expect(xmlOf('Goals', 'Tracks')).toContain('Type="LookupMulti"');
    expect(xmlOf('Goals', 'Tracks')).toContain('List="{guid-of-Tracks}" ShowField="Title" Mult="TRUE"');
  });

  it('writes choices escaped, with fill-in for Stage', () => {
    const stage = xmlOf('Goals', 'Stage');
    expect(stage).toContain('Type="Choice"');
    expect(stage).toContain('FillInChoice="TRUE" Format="Dropdown"><CHOICES><CHOICE>Kladde</CHOICE>');
    expect(stage).toContain('<CHOICE>LMU-høring</CHOICE>');
    const sdgs = xmlOf('Goals', 'SDGs');
    expect(sdgs).toContain('Type="MultiChoice"');
    expect(sdgs).toContain('<CHOICE>sdg17</CHOICE></CHOICES></Field>');
    expect(xmlOf('Goals', 'SDGs')).toContain('Description="FN&apos;s verdensmål, tiltaget bidrager til."');
  });

  it('writes plain-text notes, people, dates, booleans, GUIDs and URLs', () => {
    expect(xmlOf('Goals', 'Purpose')).toContain('Type="Note"');
    expect(xmlOf('Goals', 'Purpose')).toContain('NumLines="6" RichText="FALSE" RichTextMode="Compatible" AppendOnly="FALSE" />');
    expect(xmlOf('Departments', 'Editors')).toContain('Type="UserMulti"');
    expect(xmlOf('Departments', 'Editors')).toContain('UserSelectionMode="PeopleOnly" UserSelectionScope="0" Mult="TRUE" />');
    expect(xmlOf('ApprovalLog', 'MeetingDate')).toContain('Format="DateOnly"');
    expect(xmlOf('ApprovalLog', 'At')).toContain('Format="DateTime"');
    expect(xmlOf('Departments', 'Active')).toMatch(/Type="Boolean".*><Default>1<\/Default><\/Field>$/);
    expect(xmlOf('Goals', 'ClientId')).toContain('Type="Guid" Name="ClientId" StaticName="ClientId" DisplayName="Klient-id"');
    expect(xmlOf('Goals', 'ClientId')).toContain('Indexed="TRUE"');
    expect(xmlOf('ApprovalLog', 'MinutesUrl')).toContain('Type="URL"');
    expect(xmlOf('ApprovalLog', 'MinutesUrl')).toContain('Format="Hyperlink" />');
  });

  it('produces one Field element per schema field, each naming itself', () => {
    for (const list of SCHEMA.lists) {
      for (const f of list.fields.filter((x: FieldDef) => !x.builtIn)) {
        const xml = fieldXml(list.key, f, ids);
        expect(xml.startsWith('<Field ')).toBe(true);
        expect(xml).toContain(` Name="${f.name}" StaticName="${f.name}" `);
        expect(xml.match(/<Field /g)).toHaveLength(1);
      }
    }
  });
});
