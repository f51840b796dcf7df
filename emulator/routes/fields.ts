// Fields of a list: read them, create them from Field XML (createfieldasxml, as provisioning does),
// rename them and turn indexes on, within SharePoint's limit of 20 indexes per list.
import { created, ERR, jsonBody, noContent, ok, unquote, type EmRequest, type EmResponse } from '../http';
import { ADD_FIELD_INTERNAL_NAME_HINT, fieldFromXml, MAX_INDEXES, serializeField } from '../fields';
import type { EmField, EmList } from '../model';
import { CAN, requireWeb } from '../security';
import type { ApiContext } from './api';

type Segment = { name: string; arg?: string };

interface FieldUpdate {
  Title?: string;
  Indexed?: boolean;
  Description?: string;
  Required?: boolean;
  Choices?: string[] | { results?: string[] };
  'odata.type'?: string;
  '@odata.type'?: string;
  __metadata?: { type?: string };
}

const CHOICE_TYPES: Readonly<Record<string, string>> = { Choice: 'SP.FieldChoice', MultiChoice: 'SP.FieldMultiChoice' };

/**
 * A field's Choices are a property of SP.FieldChoice / SP.FieldMultiChoice, not of SP.Field: the
 * body must name that type (JSON light "odata.type", verbose __metadata.type), or SharePoint
 * answers 400 "The property 'Choices' does not exist on type 'SP.Field'. Make sure to only use
 * property names that are defined by the type." (pnp/pnpjs#273, pnp/pnpcore#1644). Values already
 * stored on items are left as they are, as SharePoint leaves them.
 */
function setChoices(field: EmField, body: FieldUpdate): void {
  const named = (body['odata.type'] ?? body['@odata.type'] ?? body.__metadata?.type ?? 'SP.Field').replace(/^#/, '');
  if (named === 'SP.Field')
    throw ERR.badRequest("The property 'Choices' does not exist on type 'SP.Field'. Make sure to only use property names that are defined by the type.");
  if (CHOICE_TYPES[field.type] !== named) throw ERR.badRequest(`An entity of type '${named}' cannot be applied to the field '${field.internalName}'.`);
  const choices = Array.isArray(body.Choices) ? body.Choices : body.Choices?.results;
  if (!Array.isArray(choices) || choices.some((c) => typeof c !== 'string')) throw ERR.badRequest("The property 'Choices' must be a collection of strings.");
  field.choices = [...choices];
  const xml = `<CHOICES>${choices.map((c) => `<CHOICE>${encodeXml(c)}</CHOICE>`).join('')}</CHOICES>`;
  field.schemaXml = /<CHOICES>[\s\S]*?<\/CHOICES>/.test(field.schemaXml) ? field.schemaXml.replace(/<CHOICES>[\s\S]*?<\/CHOICES>/, xml) : field.schemaXml;
}

const encodeXml = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function indexCount(list: EmList): number {
  return list.fields.filter((f) => f.indexed && f.internalName !== 'ID').length;
}

const INDEX_LIMIT_MESSAGE = `You cannot create more than ${MAX_INDEXES} indexes on a list.`;

export function fieldsRoute(req: EmRequest, ctx: ApiContext, list: EmList, s: Segment, rest: Segment[]): EmResponse {
  const { site, user } = req;
  const persist = (): void => ctx.store.putList(site, list);
  let field: EmField | undefined;
  let after = rest;
  if (s.arg !== undefined) {
    field = list.fields.find((f) => f.id.toLowerCase() === unquote(s.arg).toLowerCase().replace(/[{}]/g, ''));
  } else if (rest[0]) {
    const key = rest[0].name.toLowerCase();
    if (key === 'createfieldasxml' || key === 'addfield') {
      requireWeb(site, user, CAN.ManageLists);
      // Options is SPAddFieldOptions; PnPjs sends none for a bare string (then SharePoint names
      // the field after its DisplayName, see fieldFromXml).
      const body = jsonBody<{ parameters?: { SchemaXml?: string; Options?: number } }>(req);
      const created1 = fieldFromXml(body.parameters?.SchemaXml ?? '', body.parameters?.Options ?? 0);
      if (!((body.parameters?.Options ?? 0) & ADD_FIELD_INTERNAL_NAME_HINT)) {
        // SharePoint makes a derived name unique by appending a number rather than refusing it.
        const base = created1.internalName;
        for (let n = 0; list.fields.some((f) => f.internalName.toLowerCase() === created1.internalName.toLowerCase()); n++)
          created1.internalName = `${base}${n}`;
      }
      if (list.fields.some((f) => f.internalName.toLowerCase() === created1.internalName.toLowerCase())) {
        throw ERR.badRequest(`A duplicate field name "${created1.internalName}" was found.`);
      }
      if (created1.indexed && indexCount(list) >= MAX_INDEXES) throw ERR.badRequest(INDEX_LIMIT_MESSAGE);
      list.fields.push(created1);
      persist();
      return created(serializeField(created1));
    }
    const arg = unquote(rest[0].arg).toLowerCase();
    field = list.fields.find((f) =>
      key === 'getbyid'
        ? f.id.toLowerCase() === arg.replace(/[{}]/g, '')
        : key === 'getbytitle'
          ? f.title.toLowerCase() === arg
          : f.internalName.toLowerCase() === arg || f.title.toLowerCase() === arg
    );
    after = rest.slice(1);
  } else {
    return ok({ value: list.fields.map(serializeField) });
  }
  if (!field) throw ERR.notFound('Field');
  if (after.length > 0) throw ERR.notFound(`The resource '${after[0].name}'`);
  if (req.method === 'MERGE' || req.method === 'PATCH') {
    requireWeb(site, user, CAN.ManageLists);
    const body = jsonBody<FieldUpdate>(req);
    if (body.Indexed === true && !field.indexed && indexCount(list) >= MAX_INDEXES) throw ERR.badRequest(INDEX_LIMIT_MESSAGE);
    if (body.Choices !== undefined) setChoices(field, body);
    if (body.Title !== undefined) field.title = body.Title;
    if (body.Indexed !== undefined) field.indexed = body.Indexed;
    if (body.Description !== undefined) field.description = body.Description;
    if (body.Required !== undefined) field.required = body.Required;
    persist();
    return noContent();
  }
  if (req.method === 'DELETE') {
    requireWeb(site, user, CAN.ManageLists);
    list.fields = list.fields.filter((f) => f !== field);
    persist();
    return noContent();
  }
  return ok(serializeField(field));
}
