// A small in-memory stand-in for the SharePoint REST endpoints provision() calls, plugged into a
// real @pnp/sp v4 client by replacing its send step. It lets the unit tests check idempotency and
// the exact requests without a server; tests/integration/provisioning runs the same against the
// emulator (developer B) when it is available.
import { spfi, type SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp/behaviors/defaults.js';
import { DefaultParse, type Queryable } from '@pnp/queryable';

interface FakeField {
  Id: string;
  InternalName: string;
  Title: string;
  Indexed: boolean;
  SchemaXml: string;
  Choices?: string[];
}
interface FakeView {
  Id: string;
  Title: string;
  DefaultView: boolean;
  ViewQuery: string;
  RowLimit: number;
  fields: string[];
}
interface FakeList {
  Id: string;
  Title: string;
  Description: string;
  EnableVersioning: boolean;
  url: string;
  fields: FakeField[];
  views: FakeView[];
  unique: boolean;
  assignments: Map<number, Set<number>>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body?: string;
}

const SITE = 'https://fake.local/sites/ua';
const json = (value: unknown, status = 200): Response => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
const noContent = (): Response => new Response(null, { status: 204 });

export class FakeSharePoint {
  public readonly requests: RecordedRequest[] = [];
  public readonly lists: FakeList[] = [];
  public readonly groups: Array<{ Id: number; Title: string; Description: string; OnlyAllowMembersViewMembership: boolean }> = [
    { Id: 3, Title: 'Ejere', Description: '', OnlyAllowMembersViewMembership: false }
  ];
  public readonly roleDefinitions: Array<{ Id: number; Name: string; RoleTypeKind: number; BasePermissions: { High: string; Low: string } }> = [
    { Id: 1073741826, Name: 'Læse', RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } },
    { Id: 1073741827, Name: 'Bidrage', RoleTypeKind: 3, BasePermissions: { High: '432', Low: '1011030767' } },
    { Id: 1073741829, Name: 'Fuld kontrol', RoleTypeKind: 5, BasePermissions: { High: '2147483647', Low: '4294967295' } }
  ];
  /** A path fragment whose request answers 500, to test error reporting. */
  public failOn?: string;
  private nextId = 100;

  public sp(): SPFI {
    const send = (instance: Queryable): Queryable => {
      instance.on.send.replace(async (url: URL, init: RequestInit) => this.handle(url, init));
      return instance;
    };
    return spfi(SITE).using(DefaultHeaders(), DefaultInit(), DefaultParse(), send);
  }

  /** Requests that changed something (everything but GET). */
  public writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private guid(): string {
    this.nextId++;
    return `00000000-0000-4000-8000-${String(this.nextId).padStart(12, '0')}`;
  }

  private list(id: string): FakeList {
    const list = this.lists.find((l) => l.Id === id);
    if (!list) throw new Error(`fake: no list ${id}`);
    return list;
  }

  private async handle(url: URL, init: RequestInit): Promise<Response> {
    const method = init.method ?? 'GET';
    // SharePoint's REST paths are case-insensitive; quoted names (fields, titles) are not.
    const raw = decodeURIComponent(url.pathname).replace('/sites/ua/_api/', '');
    const path = raw
      .split("'")
      .map((part, i) => (i % 2 === 0 ? part.toLowerCase() : part))
      .join("'");
    const body = typeof init.body === 'string' ? init.body : undefined;
    const headers = new Headers(init.headers);
    const merge = headers.get('X-HTTP-Method') === 'MERGE';
    this.requests.push({ method: merge ? 'MERGE' : method, path: raw, body });
    if (this.failOn && path.includes(this.failOn)) {
      return json({ 'odata.error': { message: { value: 'Fejl fra serveren' } } }, 500);
    }
    const data = body ? (JSON.parse(body) as Record<string, unknown>) : {};
    let m: RegExpExecArray | null;

    if (path === 'web') return json({ ServerRelativeUrl: '/sites/ua' });
    if (path === 'web/associatedownergroup') return json({ Id: 3 });
    // The user running the provisioning (breaking inheritance without copying leaves them Full Control).
    if (path === 'web/currentuser') return json({ Id: 9 });
    if (path === 'web/sitegroups') {
      if (method === 'GET') return json({ value: this.groups });
      // A group created through the API is members-only until told otherwise.
      const group = { Id: ++this.nextId, Title: String(data.Title), Description: String(data.Description ?? ''), OnlyAllowMembersViewMembership: true };
      this.groups.push(group);
      return json(group, 201);
    }
    if ((m = /^web\/sitegroups\((\d+)\)$/.exec(path)) && merge) {
      const group = this.groups.find((g) => g.Id === Number(m?.[1]));
      if (!group) return json({ 'odata.error': { message: { value: 'Group cannot be found.' } } }, 404);
      if (typeof data.OnlyAllowMembersViewMembership === 'boolean') group.OnlyAllowMembersViewMembership = data.OnlyAllowMembersViewMembership;
      return new Response(null, { status: 204 });
    }
    if (path === 'web/roledefinitions') {
      if (method === 'GET') return json({ value: this.roleDefinitions });
      const bp = data.BasePermissions as { High: string; Low: string };
      const def = { Id: ++this.nextId, Name: String(data.Name), RoleTypeKind: 0, BasePermissions: bp };
      this.roleDefinitions.push(def);
      return json(def, 201);
    }
    if (path === 'web/lists') {
      if (method === 'GET') {
        return json({
          value: this.lists.map((l) => ({
            Id: l.Id,
            Title: l.Title,
            Description: l.Description,
            EnableVersioning: l.EnableVersioning,
            RootFolder: { ServerRelativeUrl: `/sites/ua/${l.url}` }
          }))
        });
      }
      const list: FakeList = {
        Id: this.guid(),
        Title: String(data.Title),
        Description: String(data.Description ?? ''),
        EnableVersioning: data.EnableVersioning === true,
        url: `Lists/${String(data.Title)}`,
        views: [{ Id: this.guid(), Title: 'Alle elementer', DefaultView: true, ViewQuery: '', RowLimit: 30, fields: ['LinkTitle'] }],
        fields: [{ Id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', InternalName: 'Title', Title: 'Title', Indexed: false, SchemaXml: '' }],
        unique: false,
        assignments: new Map()
      };
      this.lists.push(list);
      return json({ Id: list.Id, Title: list.Title }, 201);
    }
    // The department folders' sync reads the Departments list first; a new site has none.
    if (/^web\/(lists\/getbytitle|getlist)\('[^']+'\)\/items$/.test(path) && method === 'GET') return json({ value: [] });
    if ((m = /^web\/lists\('([^']+)'\)(.*)$/.exec(path))) {
      return this.handleList(this.list(m[1]), m[2], method, merge, data);
    }
    throw new Error(`fake: unhandled ${method} ${path}`);
  }

  private handleList(list: FakeList, rest: string, method: string, merge: boolean, data: Record<string, unknown>): Response {
    let m: RegExpExecArray | null;
    if (rest === '') {
      if (merge) {
        Object.assign(list, data);
        return noContent();
      }
      return json({ Id: list.Id, HasUniqueRoleAssignments: list.unique });
    }
    if (rest === '/fields') return json({ value: list.fields.map(({ SchemaXml: _x, ...f }) => f) });
    if (rest === '/fields/createfieldasxml') {
      const xml = String((data.parameters as { SchemaXml: string }).SchemaXml);
      const attr = (name: string): string | undefined => new RegExp(` ${name}="([^"]*)"`).exec(xml)?.[1];
      const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/g)].map((c) =>
        c[1]
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
      );
      const field: FakeField = {
        Id: this.guid(),
        InternalName: attr('Name') ?? '',
        Title: attr('DisplayName') ?? '',
        Indexed: attr('Indexed') === 'TRUE',
        SchemaXml: xml,
        ...(choices.length > 0 ? { Choices: choices } : {})
      };
      list.fields.push(field);
      return json(field, 201);
    }
    if ((m = /^\/fields(?:\('([^']+)'\)|\/getbyinternalnameortitle\('([^']+)'\))$/i.exec(rest)) && merge) {
      const field = list.fields.find((f) => f.Id === m?.[1] || f.InternalName === m?.[2]);
      if (!field) throw new Error(`fake: no field ${rest}`);
      if (typeof data.Title === 'string') field.Title = data.Title;
      if (typeof data.Indexed === 'boolean') field.Indexed = data.Indexed;
      if (Array.isArray(data.Choices)) field.Choices = data.Choices as string[];
      return noContent();
    }
    // The choice migration's pages (choiceMigration.ts): the fake holds no items.
    if (rest === '/items' && method === 'GET') return json({ value: [] });
    if (rest === '/views') {
      if (method === 'GET') return json({ value: list.views.map(({ fields: _f, ...v }) => v) });
      const view: FakeView = {
        Id: this.guid(),
        Title: String(data.Title),
        DefaultView: data.DefaultView === true,
        ViewQuery: String(data.ViewQuery ?? ''),
        RowLimit: Number(data.RowLimit ?? 30),
        fields: ['LinkTitle']
      };
      list.views.push(view);
      return json({ Id: view.Id, Title: view.Title }, 201);
    }
    if ((m = /^\/views\('([^']+)'\)$/.exec(rest)) && merge) {
      const view = list.views.find((v) => v.Id === m?.[1]);
      if (!view) throw new Error(`fake: no view ${rest}`);
      // SharePoint hands CAML back re-serialised; the fake adds spacing to prove it is tolerated.
      if (typeof data.ViewQuery === 'string') view.ViewQuery = data.ViewQuery.replace(/ \/>/g, '/>');
      if (typeof data.RowLimit === 'number') view.RowLimit = data.RowLimit;
      return noContent();
    }
    if ((m = /^\/views\('([^']+)'\)\/viewfields(.*)$/.exec(rest))) {
      const view = list.views.find((v) => v.Id === m?.[1]);
      if (!view) throw new Error(`fake: no view ${rest}`);
      const op = m[2];
      if (op === '') return json({ Items: view.fields, SchemaXml: '' });
      if (op === '/removeallviewfields') {
        view.fields = [];
        return noContent();
      }
      const add = /^\/addviewfield\('([^']+)'\)$/.exec(op);
      if (add) {
        view.fields.push(add[1]);
        return noContent();
      }
    }
    if ((m = /^\/breakroleinheritance\(copyroleassignments=(true|false), clearsubscopes=(true|false)\)$/.exec(rest))) {
      list.unique = true;
      list.assignments = new Map(m[1] === 'true' ? [] : [[9, new Set([1073741829])]]);
      return noContent();
    }
    if (rest === '/roleassignments') {
      return json({
        value: [...list.assignments.entries()].map(([p, roles]) => ({ PrincipalId: p, RoleDefinitionBindings: [...roles].map((Id) => ({ Id })) }))
      });
    }
    if ((m = /^\/roleassignments\/(add|remove)roleassignment\(principalid=(\d+), roledefid=(\d+)\)$/.exec(rest))) {
      const principal = Number(m[2]);
      const roles = list.assignments.get(principal) ?? new Set<number>();
      if (m[1] === 'add') roles.add(Number(m[3]));
      else roles.delete(Number(m[3]));
      list.assignments.set(principal, roles);
      return noContent();
    }
    throw new Error(`fake: unhandled ${method} list${rest}`);
  }
}
