// Typed item writes: every value is checked against its column's type and shape the way SharePoint
// Online's REST endpoint does, and refused with SharePoint's status and error body.
//
// Sources for the refusals:
// - A JSON value of the wrong primitive type for the property's EDM type (a number for a Text
//   column, a string for a Number, Boolean or Guid column, a malformed date) is refused by the OData
//   reader before SharePoint sees it: 400 "-1, Microsoft.SharePoint.Client.InvalidClientQueryException"
//   "Cannot convert a primitive value to the expected type 'Edm.String'. See the inner exception for
//   more details." (recorded from SharePoint Online in pnp/cli-microsoft365#1297 and #3405 for
//   Edm.String, pnp/pnpjs#1188 and #1393 for Edm.Int64).
// - A hyperlink column is the complex type SP.FieldUrlValue { Url, Description }
//   (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee543042(v=office.15));
//   a bare string where the object belongs is an OData reader error (400, same code).
// - A value the field itself rejects (a URL that is not http(s), a lookup id with no item, a person
//   that is no principal, a choice outside the column's choices) is the field's validation exception,
//   "-2146232832, Microsoft.SharePoint.SPFieldValidationException" / SPInvalidLookupValuesException
//   (codes as classified from real responses in vgrem/Office365-REST-Python-Client's exception tests).
import { ERR, SpError } from './http';
import { SINGLE_LINE_MAX, MULTI_LINE_MAX } from './fields';
import type { EmField } from './model';

/** What a write may refer to: the items of lookup target lists and the site's principals. */
export interface WriteContext {
  lookupExists(field: EmField, id: number): boolean;
  principalExists(id: number): boolean;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// ISO 8601 as Edm.DateTime accepts it: a date, optionally a time and a zone.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

function primitive(edmType: string): SpError {
  return ERR.badRequest(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`);
}

function expectedObject(field: EmField): SpError {
  return ERR.badRequest(
    `A node of type 'PrimitiveValue' was read from the JSON reader when trying to read the contents of the property '${field.internalName}'; however, a 'StartObject' node was expected.`
  );
}

function fieldValidation(message: string): SpError {
  return new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException', message);
}

function invalidLookup(): SpError {
  return new SpError(
    400,
    '-2146232832, Microsoft.SharePoint.SPInvalidLookupValuesException',
    'Invalid lookup value. A lookup field contains invalid data. Please check the value and try again.'
  );
}

function collection(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) return (value as { results: unknown[] }).results;
  return undefined;
}

function allowsFillIn(field: EmField): boolean {
  return /FillInChoice="TRUE"/i.test(field.schemaXml);
}

function text(field: EmField, value: unknown): string {
  if (typeof value !== 'string') throw primitive('Edm.String');
  const max = field.type === 'Text' ? (field.maxLength ?? SINGLE_LINE_MAX) : MULTI_LINE_MAX;
  if (value.length > max) throw ERR.fieldValue(`The value of the field '${field.title}' exceeds the maximum length of ${max} characters.`);
  return value;
}

function choice(field: EmField, value: unknown): string {
  if (typeof value !== 'string') throw primitive('Edm.String');
  if (value !== '' && !allowsFillIn(field) && !(field.choices ?? []).includes(value)) {
    throw fieldValidation(`The value '${value}' is not one of the choices of the field '${field.title}'.`);
  }
  return value;
}

function id(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw primitive('Edm.Int32');
  return value;
}

function url(field: EmField, value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw expectedObject(field);
  const { Url, Description } = value as { Url?: unknown; Description?: unknown };
  if (typeof Url !== 'string' || (Description !== undefined && Description !== null && typeof Description !== 'string')) throw primitive('Edm.String');
  // SharePoint stores only protocols its SPUrlUtility.IsProtocolAllowed accepts (http, https, ftp,
  // file, mailto, news among them); javascript:, data: and vbscript: are refused. The product links
  // only http(s) either way (src/domain/safeUrl.ts).
  if (!/^(https?|ftp|file):\/\/\S+$|^(mailto|news):\S+$/i.test(Url))
    throw fieldValidation('Invalid URL value. A URL field contains invalid data. Please check the value and try again.');
  if (Url.length > SINGLE_LINE_MAX) throw fieldValidation(`The URL in the field '${field.title}' is longer than ${SINGLE_LINE_MAX} characters.`);
  return { Url, Description: typeof Description === 'string' ? Description : Url };
}

/** Validates one written value against its field and returns it as stored. */
export function typedValue(field: EmField, value: unknown, ctx: WriteContext): unknown {
  if (value === null || value === undefined) return null;
  switch (field.type) {
    case 'Text':
    case 'Note':
      return text(field, value);
    case 'Number':
    case 'Integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw primitive('Edm.Double');
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') throw primitive('Edm.Boolean');
      return value;
    case 'DateTime': {
      if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw primitive('Edm.DateTime');
      return new Date(value).toISOString().replace('.000Z', 'Z');
    }
    case 'Guid':
      if (typeof value !== 'string' || !GUID.test(value.replace(/^\{|\}$/g, ''))) throw primitive('Edm.Guid');
      return value.replace(/^\{|\}$/g, '').toLowerCase();
    case 'URL':
      return url(field, value);
    case 'Choice':
      return choice(field, value);
    case 'MultiChoice': {
      const values = collection(value);
      if (values === undefined) throw expectedObject(field);
      return values.map((v) => choice(field, v));
    }
    case 'Lookup': {
      const n = id(value);
      if (n <= 0) return null;
      if (!ctx.lookupExists(field, n)) throw invalidLookup();
      return n;
    }
    case 'LookupMulti': {
      const values = collection(value);
      if (values === undefined) throw expectedObject(field);
      const ids = values.map(id);
      if (ids.some((n) => !ctx.lookupExists(field, n))) throw invalidLookup();
      return ids;
    }
    case 'User': {
      const n = id(value);
      if (n <= 0) return null;
      if (!ctx.principalExists(n)) throw fieldValidation('The user does not exist or is not unique.');
      return n;
    }
    case 'UserMulti': {
      const values = collection(value);
      if (values === undefined) throw expectedObject(field);
      const ids = values.map(id);
      if (ids.some((n) => !ctx.principalExists(n))) throw fieldValidation('The user does not exist or is not unique.');
      return ids;
    }
    default:
      return typeof value === 'object' ? value : String(value);
  }
}
