// Fields: the built-in columns every list has, custom fields from Field XML (createfieldasxml), and
// how item values are written (with SharePoint's limits) and read back (lookups as <Name>Id).
import { ERR } from './http';
import { newGuid, type EmField, type EmFieldType } from './model';

export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63999;
export const MAX_INDEXES = 20;

const FIELD_KIND: Record<EmFieldType, number> = {
  Counter: 5, Text: 2, Note: 3, Number: 9, Integer: 1, Boolean: 8, DateTime: 4, Choice: 6, MultiChoice: 15,
  Lookup: 7, LookupMulti: 7, User: 20, UserMulti: 20, Guid: 14, URL: 11, Computed: 12
};

function builtIn(internalName: string, title: string, type: EmFieldType, readOnly: boolean, indexed = false): EmField {
  return { id: newGuid(), internalName, title, type, description: '', required: false, indexed, builtIn: true, readOnly, schemaXml: `<Field Name="${internalName}" Type="${type}" />` };
}

export function builtInFields(): EmField[] {
  return [
    builtIn('ID', 'ID', 'Counter', true, true),
    { ...builtIn('Title', 'Title', 'Text', false), required: true, maxLength: SINGLE_LINE_MAX },
    builtIn('LinkTitle', 'Title', 'Computed', true),
    builtIn('Created', 'Created', 'DateTime', true),
    builtIn('Modified', 'Modified', 'DateTime', true, true),
    builtIn('Author', 'Created By', 'User', true),
    builtIn('Editor', 'Modified By', 'User', true),
    builtIn('ContentTypeId', 'Content Type ID', 'Computed', true)
  ];
}

function decodeXml(value: string): string {
  return value.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Reads the attributes of a <Field .../> and its CHOICES, as SharePoint's createfieldasxml does. */
export function fieldFromXml(schemaXml: string): EmField {
  const open = /<Field\b([^>]*?)\/?>/.exec(schemaXml);
  if (!open) throw ERR.badRequest('The field schema is not valid XML.');
  const attrs: Record<string, string> = {};
  for (const match of open[1].matchAll(/([A-Za-z_:]+)="([^"]*)"/g)) attrs[match[1]] = decodeXml(match[2]);
  const name = attrs.StaticName || attrs.Name;
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw ERR.badRequest(`Invalid field name "${name ?? ''}".`);
  const multi = attrs.Mult === 'TRUE';
  let type = attrs.Type as EmFieldType;
  if (type === 'Lookup' && multi) type = 'LookupMulti';
  if (type === 'User' && multi) type = 'UserMulti';
  if (!(type in FIELD_KIND)) throw ERR.badRequest(`Field type "${attrs.Type}" is not supported.`);
  const choices = [...schemaXml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/g)].map((m) => decodeXml(m[1]));
  return {
    id: (attrs.ID ?? '').replace(/[{}]/g, '') || newGuid(),
    internalName: name,
    title: attrs.DisplayName || name,
    type,
    description: attrs.Description ?? '',
    required: attrs.Required === 'TRUE',
    indexed: attrs.Indexed === 'TRUE',
    maxLength: type === 'Text' ? Math.min(Number(attrs.MaxLength ?? SINGLE_LINE_MAX), SINGLE_LINE_MAX) : undefined,
    choices: choices.length > 0 ? choices : undefined,
    lookupListId: attrs.List ? attrs.List.replace(/[{}]/g, '').toLowerCase() : undefined,
    lookupField: attrs.ShowField ?? (type.startsWith('Lookup') ? 'Title' : undefined),
    builtIn: false,
    readOnly: false,
    schemaXml
  };
}

export function isLookupLike(field: EmField): boolean {
  return field.type === 'Lookup' || field.type === 'LookupMulti' || field.type === 'User' || field.type === 'UserMulti';
}

export function isMulti(field: EmField): boolean {
  return field.type === 'LookupMulti' || field.type === 'UserMulti' || field.type === 'MultiChoice';
}

export function serializeField(field: EmField): Record<string, unknown> {
  return {
    Id: field.id,
    InternalName: field.internalName,
    StaticName: field.internalName,
    EntityPropertyName: field.internalName,
    Title: field.title,
    Description: field.description,
    TypeAsString: field.type === 'LookupMulti' ? 'LookupMulti' : field.type === 'UserMulti' ? 'UserMulti' : field.type,
    FieldTypeKind: FIELD_KIND[field.type],
    Required: field.required,
    Indexed: field.indexed,
    EnforceUniqueValues: /EnforceUniqueValues="TRUE"/.test(field.schemaXml),
    Hidden: false,
    ReadOnlyField: field.readOnly,
    FromBaseType: field.builtIn,
    MaxLength: field.maxLength,
    Choices: field.choices,
    LookupList: field.lookupListId ? `{${field.lookupListId}}` : undefined,
    LookupField: field.lookupField,
    AllowMultipleValues: isMulti(field),
    SchemaXml: field.schemaXml
  };
}

function collection(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) return (value as { results: unknown[] }).results;
  return undefined;
}

/** Validates and normalises one written value, with SharePoint's messages for the limits. */
export function writeValue(field: EmField, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'Text':
    case 'Note': {
      const text = String(value);
      const max = field.type === 'Text' ? field.maxLength ?? SINGLE_LINE_MAX : MULTI_LINE_MAX;
      if (text.length > max) {
        throw ERR.fieldValue(`The value of the field '${field.title}' exceeds the maximum length of ${max} characters.`);
      }
      return text;
    }
    case 'Number':
    case 'Integer': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) throw ERR.badRequest(`Cannot convert a primitive value to the expected type 'Edm.Double' for '${field.internalName}'.`);
      return n;
    }
    case 'Boolean':
      return value === true || value === 'true' || value === 1;
    case 'DateTime': {
      const date = new Date(String(value));
      if (Number.isNaN(date.getTime())) throw ERR.badRequest(`Cannot convert '${String(value)}' to a date for '${field.internalName}'.`);
      return date.toISOString().replace('.000Z', 'Z');
    }
    case 'MultiChoice':
      return (collection(value) ?? [value]).map(String);
    case 'LookupMulti':
    case 'UserMulti':
      return (collection(value) ?? []).map((v) => Number(v)).filter((n) => Number.isInteger(n) && n > 0);
    case 'Lookup':
    case 'User': {
      const n = Number(value);
      return Number.isInteger(n) && n > 0 ? n : null;
    }
    default:
      return typeof value === 'object' ? value : String(value);
  }
}

/** The property a client writes for a field: lookups and people as <Name>Id. */
export function writeKey(field: EmField): string {
  return isLookupLike(field) ? `${field.internalName}Id` : field.internalName;
}
