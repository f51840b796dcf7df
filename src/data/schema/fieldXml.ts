// Field XML for SP.FieldCollection.CreateFieldAsXml and for the PnP template, generated from the
// schema. Field ids are derived from list and field name, so every site (and the template) gets the
// same id for the same column.
import type { FieldDef, ListKey } from './types';

export function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A deterministic GUID from a string (two FNV-1a 64-bit style passes folded to 128 bits). Not
 * cryptographic: it only needs to be stable and unlikely to collide within one schema. */
export function stableGuid(seed: string): string {
  const parts: string[] = [];
  for (let round = 0; round < 4; round++) {
    let hash = (0x811c9dc5 ^ (round * 0x9e3779b1)) >>> 0;
    for (let i = 0; i < seed.length; i++) {
      hash ^= seed.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    parts.push(hash.toString(16).padStart(8, '0'));
  }
  const hex = parts.join('');
  // Version 4 / variant bits so the value is a well-formed GUID.
  const v = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 32)}`;
  return `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}`;
}

export function fieldId(list: ListKey, field: string): string {
  return stableGuid(`udviklingsaftaler:${list}:${field}`);
}

/** How a lookup names its target list: a GUID on a live site, a token in the PnP template. */
export type LookupListRef = (target: ListKey) => string;

export function fieldXml(list: ListKey, field: FieldDef, lookupList: LookupListRef): string {
  const attrs: Array<[string, string]> = [
    ['ID', `{${fieldId(list, field.name)}}`],
    ['Type', field.type],
    ['Name', field.name],
    ['StaticName', field.name],
    ['DisplayName', field.displayName],
    ['Description', field.description],
    ['Required', field.required ? 'TRUE' : 'FALSE']
  ];
  if (field.indexed) {
    attrs.push(['Indexed', 'TRUE']);
  }
  if (field.unique) {
    attrs.push(['EnforceUniqueValues', 'TRUE']);
  }
  let inner = '';
  switch (field.type) {
    case 'Text':
      attrs.push(['MaxLength', String(field.maxLength)]);
      break;
    case 'Note':
      attrs.push(['NumLines', '6'], ['RichText', 'FALSE'], ['RichTextMode', 'Compatible'], ['AppendOnly', 'FALSE']);
      break;
    case 'Number':
      if (field.min !== undefined) attrs.push(['Min', String(field.min)]);
      if (field.max !== undefined) attrs.push(['Max', String(field.max)]);
      if (field.decimals !== undefined) attrs.push(['Decimals', String(field.decimals)]);
      break;
    case 'Boolean':
      inner = `<Default>${field.defaultValue ? '1' : '0'}</Default>`;
      break;
    case 'DateTime':
      attrs.push(['Format', field.dateOnly ? 'DateOnly' : 'DateTime']);
      break;
    case 'Choice':
    case 'MultiChoice':
      attrs.push(['FillInChoice', field.fillIn ? 'TRUE' : 'FALSE']);
      if (field.type === 'Choice') attrs.push(['Format', 'Dropdown']);
      inner = `<CHOICES>${field.choices.map((c) => `<CHOICE>${escapeXml(c)}</CHOICE>`).join('')}</CHOICES>`;
      break;
    case 'Lookup':
    case 'LookupMulti':
      attrs.push(['List', lookupList(field.list)], ['ShowField', field.showField]);
      if (field.type === 'LookupMulti') attrs.push(['Mult', 'TRUE']);
      break;
    case 'User':
    case 'UserMulti':
      attrs.push(['UserSelectionMode', 'PeopleOnly'], ['UserSelectionScope', '0']);
      if (field.type === 'UserMulti') attrs.push(['Mult', 'TRUE']);
      break;
    case 'URL':
      attrs.push(['Format', 'Hyperlink']);
      break;
    case 'Guid':
      break;
  }
  const attrText = attrs.map(([k, v]) => `${k}="${escapeXml(v)}"`).join(' ');
  return inner ? `<Field ${attrText}>${inner}</Field>` : `<Field ${attrText} />`;
}
