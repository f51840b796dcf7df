// List views: provisioning creates them and sets their fields, query and row limit.
import { created, ERR, jsonBody, noContent, ok, unquote, type EmRequest, type EmResponse } from '../http';
import { newGuid, type EmList, type EmView } from '../model';
import { CAN, requireWeb } from '../security';

type Segment = { name: string; arg?: string };

function serializeView(list: EmList, view: EmView): Record<string, unknown> {
  return {
    Id: view.id,
    Title: view.title,
    ViewQuery: view.viewQuery,
    RowLimit: view.rowLimit,
    DefaultView: view.defaultView,
    PersonalView: view.personalView,
    ServerRelativeUrl: `${list.url}/${view.title.replace(/\s+/g, '')}.aspx`
  };
}

function viewFieldsXml(view: EmView): string {
  return `<ViewFields>${view.fields.map((f) => `<FieldRef Name="${f}" />`).join('')}</ViewFields>`;
}

export function viewsRoute(req: EmRequest, list: EmList, s: Segment, rest: Segment[], persist: () => void): EmResponse {
  let view: EmView | undefined;
  let after = rest;
  if (s.arg !== undefined) {
    view = list.views.find((v) => v.id.toLowerCase() === unquote(s.arg).toLowerCase());
  } else if (rest[0]) {
    const key = rest[0].name.toLowerCase();
    const arg = unquote(rest[0].arg).toLowerCase();
    view = list.views.find((v) => (key === 'getbytitle' ? v.title.toLowerCase() === arg : v.id.toLowerCase() === arg));
    after = rest.slice(1);
  } else if (req.method === 'POST') {
    requireWeb(req.site, req.user, CAN.ManageLists);
    const body = jsonBody<{ Title?: string; ViewQuery?: string; RowLimit?: number; DefaultView?: boolean; PersonalView?: boolean }>(req);
    if (!body.Title) throw ERR.badRequest('A view needs a Title.');
    const added: EmView = {
      id: newGuid(),
      title: body.Title,
      viewQuery: body.ViewQuery ?? '',
      rowLimit: body.RowLimit ?? 30,
      defaultView: body.DefaultView ?? false,
      personalView: body.PersonalView ?? false,
      fields: ['LinkTitle']
    };
    if (added.defaultView) list.views.forEach((v) => (v.defaultView = false));
    list.views.push(added);
    persist();
    return created(serializeView(list, added));
  } else {
    return ok({ value: list.views.map((v) => serializeView(list, v)) });
  }
  if (!view) throw ERR.notFound('View');
  const target = view;
  const sub = after[0]?.name.toLowerCase();
  if (sub === 'viewfields' || sub === 'fields') {
    const action = after[1]?.name.toLowerCase();
    if (!action) return ok({ Items: target.fields, SchemaXml: viewFieldsXml(target) });
    requireWeb(req.site, req.user, CAN.ManageLists);
    if (action === 'removeallviewfields') target.fields = [];
    else if (action === 'addviewfield') {
      const name = unquote(after[1].arg);
      if (!list.fields.some((f) => f.internalName === name)) throw ERR.badRequest(`Field '${name}' does not exist.`);
      if (!target.fields.includes(name)) target.fields.push(name);
    } else if (action === 'removeviewfield') target.fields = target.fields.filter((f) => f !== unquote(after[1].arg));
    else throw ERR.notFound(`The resource '${action}'`);
    persist();
    return ok({ 'odata.null': true });
  }
  if (req.method === 'MERGE' || req.method === 'PATCH') {
    requireWeb(req.site, req.user, CAN.ManageLists);
    const body = jsonBody<{ Title?: string; ViewQuery?: string; RowLimit?: number; DefaultView?: boolean }>(req);
    if (body.Title !== undefined) target.title = body.Title;
    if (body.ViewQuery !== undefined) target.viewQuery = body.ViewQuery;
    if (body.RowLimit !== undefined) target.rowLimit = body.RowLimit;
    if (body.DefaultView === true) list.views.forEach((v) => (v.defaultView = v === target));
    persist();
    return noContent();
  }
  if (req.method === 'DELETE') {
    requireWeb(req.site, req.user, CAN.ManageLists);
    list.views = list.views.filter((v) => v !== target);
    persist();
    return noContent();
  }
  return ok(serializeView(list, target));
}
