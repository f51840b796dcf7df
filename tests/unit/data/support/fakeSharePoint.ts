// A tiny stand-in for SharePoint's REST API, as a fetch function: enough to drive the real PnPjs
// pipeline (digest, $batch, items, ETags) through our behaviors in unit tests, before and apart
// from the emulator. Filters are not evaluated: tests that need real querying are integration tests.
import { SCHEMA } from '../../../../src/data/schema';
import { evaluate, parseFilter } from '../../../../emulator/odata/filter';

type Row = Record<string, unknown> & { Id: number };

interface Answer {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

export interface FakeRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export interface Faults {
  /** Share of requests answered 429/503 (half each) with Retry-After: 0, before doing anything. */
  throttleRate: number;
  /** Share of requests whose connection drops: half before the server acts, half after. */
  dropRate: number;
  random: () => number;
}

/** Evaluates the filters our repositories write (comparisons, and/or; ranges for multi-year
 * agreements) with the emulator's own $filter grammar. */
const parsed = new Map<string, ReturnType<typeof parseFilter>>();
function matches(row: Row, filter: string | null): boolean {
  if (filter === null) return true;
  let node = parsed.get(filter);
  if (node === undefined) parsed.set(filter, (node = parseFilter(filter)));
  return evaluate(node, (path) => row[path]);
}

export class FakeSharePoint {
  public readonly lists = new Map<string, Row[]>();
  public readonly requests: FakeRequest[] = [];
  public faults: Faults | undefined;
  /** Per request, before answering (a network round trip). */
  public latencyMs = 0;
  /** Indexed columns per list (REST names: lookups as <Name>Id); ID is always indexed. */
  public readonly indexed = new Map<string, Set<string>>();
  private versions = new Map<string, number>();
  /** Lists addressed by URL (getList, web-relative "Lists/Goals") to their title. */
  public readonly listUrls = new Map<string, string>();
  /** Columns written as lookups: a form value "3" is stored as <Name>Id = 3. */
  private static readonly FORM_NUMBERS = new Set(['Department', 'Agreement']);

  public constructor(public readonly siteUrl: string) {}

  public add(list: string, row: Row): void {
    const rows = this.lists.get(list) ?? [];
    rows.push(row);
    this.lists.set(list, rows);
    this.versions.set(`${list}:${row.Id}`, 1);
  }

  public readonly fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = {
      method: (init.method ?? 'GET').toUpperCase(),
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : ''
    };
    this.requests.push(request);
    const f = this.faults;
    if (f !== undefined && !/contextinfo/.test(url)) {
      const roll = f.random();
      if (roll < f.throttleRate) {
        return new Response('{}', { status: roll < f.throttleRate / 2 ? 429 : 503, headers: { 'Retry-After': '0' } });
      }
      if (roll < f.throttleRate + f.dropRate / 2) throw new TypeError('fetch failed (dropped before the server acted)');
      if (roll < f.throttleRate + f.dropRate) {
        this.handle(request);
        throw new TypeError('fetch failed (dropped after the server acted)');
      }
    }
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    const a = this.handle(request);
    return new Response(a.body, { status: a.status, headers: a.headers });
  };

  private json(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
    return { status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } };
  }

  private error(status: number, message: string): Answer {
    return this.json(status, { 'odata.error': { code: '-1, x', message: { lang: 'en-US', value: message } } });
  }

  /**
   * A collection read with SharePoint's limits: $top defaults to 100 and may not pass 5,000; on a
   * list past 5,000 items the first filter clause must be on an indexed column; pages continue
   * through odata.nextLink with a $skiptoken on ID; $select projects the row.
   */
  private query(list: string, rows: Row[], url: string): Answer {
    const params = new URL(url).searchParams;
    const filter = params.get('$filter');
    const top = Number(params.get('$top') ?? '100');
    const threshold = (): Answer =>
      this.json(500, {
        'odata.error': {
          code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
          message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
        }
      });
    if (top > 5000) return threshold();
    if (rows.length > 5000 && filter !== null) {
      const first = /^\(?(\w+) /.exec(filter)?.[1];
      if (first === undefined || !(this.indexed.get(list)?.has(first) ?? false)) return threshold();
    }
    const after = Number(/p_ID=(\d+)/.exec(params.get('$skiptoken') ?? '')?.[1] ?? '0');
    const page: Row[] = [];
    let last = after;
    let more = false;
    for (const row of rows) {
      if (row.Id <= after || !matches(row, filter)) continue;
      if (page.length === top) {
        more = true;
        break;
      }
      page.push(row);
      last = row.Id;
    }
    const select = params.get('$select')?.split(',');
    const value = page.map((row) => {
      const full = this.withEtag(list, row);
      if (select === undefined) return full;
      const projected: Record<string, unknown> = { Id: row.Id, 'odata.etag': full['odata.etag'] };
      for (const key of select) {
        if (key in full) projected[key] = full[key];
        // An expanded column's path (Author/Id with $expand=Author) answers with the expanded object.
        else if (key.includes('/') && key.split('/')[0] in full) projected[key.split('/')[0]] = full[key.split('/')[0]];
      }
      return projected;
    });
    const body: Record<string, unknown> = { value };
    if (more) {
      const next = new URL(url);
      next.searchParams.set('$skiptoken', `Paged=TRUE&p_ID=${last}`);
      body['odata.nextLink'] = next.toString();
    }
    return this.json(200, body);
  }

  private withEtag(list: string, row: Row): Row {
    return { ...row, 'odata.etag': `"${this.versions.get(`${list}:${row.Id}`) ?? 1}"` };
  }

  private handle(r: FakeRequest): Answer {
    const path = decodeURIComponent(r.url.split('?')[0]);
    if (/\/_api\/contextinfo$/i.test(path)) return this.json(200, { FormDigestValue: 'digest', FormDigestTimeoutSeconds: 1800 });
    if (/\/_api\/\$batch$/i.test(path)) return this.batch(r);
    if (/\/_api\/web$/i.test(path)) return this.json(200, { ServerRelativeUrl: new URL(this.siteUrl).pathname });
    const inFolder = /getList\('((?:[^']|'')+)'\)\/AddValidateUpdateItemUsingPath(?:\(\))?$/i.exec(path);
    if (inFolder !== null) return this.addInFolder(this.titleOf(inFolder[1].replace(/''/g, "'")), r);
    const m = /(?:getByTitle|getList)\('((?:[^']|'')+)'\)\/items(?:\((\d+)\))?$/i.exec(path);
    if (m === null) return this.error(404, `No route for ${path}`);
    const list = /getList/i.test(path) ? this.titleOf(m[1].replace(/''/g, "'")) : m[1].replace(/''/g, "'");
    const rows = this.lists.get(list);
    if (rows === undefined) return this.error(404, `List '${list}' does not exist`);
    if (m[2] === undefined) {
      if (r.method === 'GET') return this.query(list, rows, r.url);
      const row = { ...(JSON.parse(r.body) as Record<string, unknown>), Id: rows.length + 1 };
      this.add(list, row);
      return this.json(201, this.withEtag(list, row));
    }
    const id = Number(m[2]);
    const row = rows.find((x) => x.Id === id);
    if (row === undefined) return this.error(404, 'Item does not exist.');
    if (r.method === 'GET') return this.json(200, this.withEtag(list, row));
    const key = `${list}:${id}`;
    const current = `"${this.versions.get(key) ?? 1}"`;
    const ifMatch = r.headers.get('If-Match');
    if (ifMatch !== '*' && ifMatch !== current) return this.error(412, 'The request ETag value does not match.');
    Object.assign(row, JSON.parse(r.body) as Record<string, unknown>);
    this.versions.set(key, (this.versions.get(key) ?? 1) + 1);
    return { status: 204, body: null, headers: { ETag: `"${this.versions.get(key) ?? 1}"` } };
  }

  private titleOf(url: string): string {
    const webRelative = url.replace(new URL(this.siteUrl).pathname, '').replace(/^\/+/, '');
    // A list registered by URL, else the schema's list at that URL (the product's own lists).
    return this.listUrls.get(webRelative) ?? SCHEMA.lists.find((l) => l.url.toLowerCase() === webRelative.toLowerCase())?.title ?? webRelative;
  }

  /** AddValidateUpdateItemUsingPath: form values (strings) become the row; the answer lists them and the Id. */
  private addInFolder(list: string, r: FakeRequest): Answer {
    const rows = this.lists.get(list);
    if (rows === undefined) return this.error(404, `List '${list}' does not exist`);
    const { formValues } = JSON.parse(r.body) as { formValues: Array<{ FieldName: string; FieldValue: string }> };
    const row: Row = { Id: rows.length + 1 };
    for (const { FieldName, FieldValue } of formValues) {
      if (FieldName === 'Year') row.Year = Number(FieldValue);
      else if (FakeSharePoint.FORM_NUMBERS.has(FieldName)) row[`${FieldName}Id`] = Number(FieldValue);
      else row[FieldName] = FieldValue;
    }
    this.add(list, row);
    return this.json(200, {
      value: [...formValues.map((v) => ({ ...v, HasException: false })), { FieldName: 'Id', FieldValue: String(row.Id), HasException: false }]
    });
  }

  /** Parses PnPjs's multipart body (GET parts only) and answers each part in order. */
  private batch(r: FakeRequest): Answer {
    const parts = r.body.split(/--batch_[^\n]*\n/).filter((p) => /^(GET|POST|PATCH|MERGE|DELETE) /m.test(p));
    const out: string[] = [];
    for (const part of parts) {
      const line = /^(GET|POST|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1$/m.exec(part);
      if (line === null) continue;
      const inner = this.handle({ method: line[1], url: line[2], headers: new Headers(), body: '' });
      out.push(
        '--batchresponse_1',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        `HTTP/1.1 ${inner.status} ${inner.status === 200 ? 'OK' : 'Error'}`,
        'Content-Type: application/json',
        '',
        inner.body ?? ''
      );
    }
    out.push('--batchresponse_1--', '');
    return { status: 200, body: out.join('\n'), headers: { 'Content-Type': 'multipart/mixed; boundary=batchresponse_1' } };
  }
}
