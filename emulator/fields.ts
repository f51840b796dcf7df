// Fields: the built-in columns every list has, custom fields from Field XML (createfieldasxml), and
// and under which property item values are written and read back (lookups as <Name>Id).
import { ERR } from './http';
import { newGuid, type EmField, type EmFieldType } from './model';

export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63999;
export const MAX_INDEXES = 20;

const FIELD_KIND: Record<EmFieldType, number> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  Number: 9,
  Integer: 1,
  Boolean: 8,
  DateTime: 4,
  Choice: 6,
  MultiChoice: 15,
  Lookup: 7,
  LookupMulti: 7,
  User: 20,
  UserMulti: 20,
  Guid: 14,
  URL: 11,
  Computed: 12
};

function builtIn(internalName: string, title: string, type: EmFieldType, readOnly: boolean, indexed = false): EmField {
  return {
    id: newGuid(),
    internalName,
    title,
    type,
    description: '',
    required: false,
    indexed,
    builtIn: true,
    readOnly,
    schemaXml: `<Field Name="${internalName}" Type="${type}" />`
  };
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
    builtIn('ContentTypeId', 'Content Type ID', 'Computed', true),
    // Folders and paths (values computed in emulator/folders.ts).
    builtIn('FSObjType', 'Item Type', 'Integer', true),
    builtIn('FileLeafRef', 'Name', 'Text', true),
    builtIn('FileDirRef', 'Path', 'Text', true),
    builtIn('FileRef', 'URL Path', 'Text', true)
  ];
}

function decodeXml(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** SPAddFieldOptions.AddFieldInternalNameHint: take the internal name from the Name attribute.
 * https://learn.microsoft.com/en-us/dotnet/api/microsoft.sharepoint.client.addfieldoptions */
export const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/**
 * The internal name SharePoint derives from a display name when the caller gives no
 * AddFieldInternalNameHint: every character outside [A-Za-z0-9] is written as _xHHHH_ (its UTF-16
 * code in hex, as XmlConvert.EncodeName does: a space is _x0020_, å is _x00e5_), cut at 32
 * characters (SharePoint's limit on internal names).
 */
export function internalNameFromDisplayName(displayName: string): string {
  const encoded = [...displayName].map((c) => (/[A-Za-z0-9]/.test(c) ? c : `_x${c.charCodeAt(0).toString(16).padStart(4, '0')}_`)).join('');
  return encoded.slice(0, 32);
}

/** Reads the attributes of a <Field .../> and its CHOICES, as SharePoint's createfieldasxml does:
 * with AddFieldInternalNameHint in `options` the Name attribute is the internal name, without it
 * the internal name comes from DisplayName. */
export function fieldFromXml(schemaXml: string, options = ADD_FIELD_INTERNAL_NAME_HINT): EmField {
  const open = /<Field\b([^>]*?)\/?>/.exec(schemaXml);
  if (!open) throw ERR.badRequest('The field schema is not valid XML.');
  const attrs: Record<string, string> = {};
  for (const match of open[1].matchAll(/([A-Za-z_:]+)="([^"]*)"/g)) attrs[match[1]] = decodeXml(match[2]);
  const hinted = (options & ADD_FIELD_INTERNAL_NAME_HINT) !== 0;
  const name = hinted ? attrs.Name || attrs.StaticName : internalNameFromDisplayName(attrs.DisplayName || attrs.Name || '');
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

// Written values are checked by type in typedValues.ts.

/** The property a client writes for a field: lookups and people as <Name>Id. */
export function writeKey(field: EmField): string {
  return isLookupLike(field) ? `${field.internalName}Id` : field.internalName;
}
