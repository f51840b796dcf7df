// Conformance with recorded SharePoint answers: each fixture in tests/conformance/fixtures is a
// response recorded from SharePoint (its source named in the file). The same call is made against
// the emulator, on a test list with columns of the same kinds, and the SHAPE of the answer (keys,
// JSON types, OData annotations and their form, error body, status, headers that matter) must be
// the recording's. A difference fails the test with every differing path listed.
import '@pnp/sp/site-users/web';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OWNER, rawSpForUser, startTestEmulator, type TestEmulator } from '../helpers/emulator';
import { createTestList } from '../emulator/setup';
import { adaptFixture, dropActual, shapeDifferences, type CompareOptions } from './shape';

interface Fixture {
  name: string;
  source: string;
  request: { method: string; url: string; accept: string };
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  raw?: string;
  compare: CompareOptions;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const FIXTURES = join(__dirname, '..', '..', 'conformance', 'fixtures');
const fixture = (file: string): Fixture => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Fixture;
const MINIMAL = 'application/json';
const NOMETADATA = 'application/json;odata=nometadata';
const SITE = '/sites/test';

let emulator: TestEmulator;
let web: string;
let listId: string;
let departmentsId: string;
let goalId: number;
let ownerId: number;
let digest: string;

async function call(
  method: string,
  path: string,
  options: { accept?: string; body?: unknown; headers?: Record<string, string>; user?: string } = {}
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: options.accept ?? MINIMAL, 'X-Emulator-User': options.user ?? OWNER, ...options.headers };
  if (method !== 'GET') headers['X-RequestDigest'] = digest;
  let body: string | undefined;
  if (typeof options.body === 'string') body = options.body;
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = 'application/json;charset=utf-8';
  }
  const response = await fetch(`${web}/_api/${path}`, { method, headers, body });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Status, the fixture's headers (present, and of the recorded form) and the body's shape. */
function differences(f: Fixture, answer: Answer, body: unknown = answer.text === '' ? null : JSON.parse(answer.text)): string[] {
  const out: string[] = [];
  if (answer.status !== f.status) out.push(`status ${answer.status}, SharePoint answers ${f.status}`);
  for (const name of Object.keys(f.headers ?? {})) {
    const value = answer.headers.get(name);
    const pattern = f.compare.patterns?.[name];
    if (value === null) out.push(`header ${name}: missing`);
    else if (pattern && !new RegExp(pattern).test(value)) out.push(`header ${name}: ${value} does not have the form ${pattern}`);
  }
  if (f.body === null) {
    if (answer.text !== '') out.push(`a body where SharePoint sends none: ${answer.text.slice(0, 80)}`);
    return out;
  }
  return [...out, ...shapeDifferences(adaptFixture(f.body, f.compare), dropActual(body, f.compare), f.compare.patterns)];
}

beforeAll(async () => {
  emulator = await startTestEmulator({ sites: [SITE] });
  web = emulator.siteUrl(SITE);
  const sp = rawSpForUser(web, OWNER);
  const list = await createTestList(sp);
  listId = list.id;
  departmentsId = list.departments;
  const department = await sp.web.lists.getById(departmentsId).items.add({ Title: 'Økonomi' });
  ownerId = (await sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
  const goal = await sp.web.lists.getById(listId).items.add({ Title: 'Mål', Year: 2024, Stage: 'Kladde', DepartmentId: department.Id, ResponsibleId: ownerId });
  goalId = goal.Id as number;
  const context = await fetch(`${web}/_api/contextinfo`, { method: 'POST', headers: { Accept: MINIMAL, 'X-Emulator-User': OWNER } });
  digest = ((await context.json()) as { FormDigestValue: string }).FormDigestValue;
});

afterAll(() => emulator.close());

const items = (): string => `web/lists(guid'${listId}')/items`;

describe('the emulator answers as the recorded SharePoint responses (tests/conformance/fixtures)', () => {
  it('names its source in every fixture, and every fixture is checked below', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const file of files) expect(fixture(file).source.length).toBeGreaterThan(40);
    expect(files).toEqual(Object.keys(CHECKS).sort());
  });

  const CHECKS: Record<string, () => Promise<string[]>> = {
    'contextinfo.json': async () => differences(fixture('contextinfo.json'), await call('POST', 'contextinfo')),
    'web-select.json': async () => differences(fixture('web-select.json'), await call('GET', 'web?$select=ServerRelativeUrl')),
    'list-by-url.json': async () => {
      const f = fixture('list-by-url.json');
      return differences(f, await call('GET', `web/getList('${SITE}/Lists/Testliste')?$select=${f.compare.select?.join(',')}`, { accept: NOMETADATA }));
    },
    'fields.json': async () => {
      const f = fixture('fields.json');
      return differences(f, await call('GET', `web/lists(guid'${listId}')/fields?$select=${f.compare.select?.join(',')}`, { accept: NOMETADATA }));
    },
    'items-expand.json': async () => {
      const f = fixture('items-expand.json');
      const answer = await call(
        'GET',
        `${items()}?$select=Title,Responsible/Title,Department/Title,Created,Modified&$expand=Responsible,Department&$top=15&$orderby=Modified desc`
      );
      // The recording is the value array PnPjs handed back; the envelope is checked by the create and web fixtures.
      return differences(f, answer, (JSON.parse(answer.text) as { value: unknown[] }).value);
    },
    'item-create.json': async () =>
      differences(
        fixture('item-create.json'),
        await call('POST', items(), { body: { Title: 'Nyt mål', Year: 2025, Stage: 'Kladde', Purpose: '<p>Formål</p>', ResponsibleId: ownerId } })
      ),
    'item-update.json': async () => {
      const current = JSON.parse((await call('GET', `${items()}(${goalId})`)).text) as { 'odata.etag': string };
      return differences(
        fixture('item-update.json'),
        await call('POST', `${items()}(${goalId})`, {
          body: { Stage: 'Ledergruppe' },
          headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': current['odata.etag'] }
        })
      );
    },
    'currentuser.json': async () => differences(fixture('currentuser.json'), await call('GET', 'web/currentuser', { accept: NOMETADATA })),
    'currentuser-groups.json': async () =>
      differences(fixture('currentuser-groups.json'), await call('GET', 'web/currentuser/groups?$select=Title', { accept: NOMETADATA })),
    'sitegroups.json': async () => {
      const f = fixture('sitegroups.json');
      return differences(f, await call('GET', `web/sitegroups?$select=${f.compare.select?.join(',')}`, { accept: NOMETADATA }));
    },
    'group-users.json': async () => {
      const f = fixture('group-users.json');
      const groups = JSON.parse((await call('GET', 'web/currentuser/groups?$select=Id', { accept: NOMETADATA })).text) as { value: Array<{ Id: number }> };
      return differences(
        f,
        await call('GET', `web/sitegroups/GetById(${groups.value[0].Id})/users?$select=${f.compare.select?.join(',')}`, { accept: NOMETADATA })
      );
    },
    'effectivebasepermissions.json': async () =>
      differences(fixture('effectivebasepermissions.json'), await call('GET', 'web/EffectiveBasePermissions', { accept: NOMETADATA })),
    'error-404-list.json': async () => differences(fixture('error-404-list.json'), await call('GET', "web/lists/getByTitle('Findes ikke')/fields")),
    'error-403.json': async () => differences(fixture('error-403.json'), await call('GET', items(), { user: 'udefra@andenkommune.local' })),
    'batch.json': async () => batchDifferences()
  };

  /** The $batch answer's framing (boundary, part headers, status line) and its part as the create fixture. */
  async function batchDifferences(): Promise<string[]> {
    const f = fixture('batch.json');
    const boundary = 'batch_2d5f4a3e-6d0e-4d0b-9a3f-2c1b5e7a9d10';
    const changeset = 'changeset_7c1e0f1a-3b2d-4e5f-8a9b-0c1d2e3f4a5b';
    const body = [
      `--${boundary}`,
      `Content-Type: multipart/mixed; boundary="${changeset}"`,
      '',
      `--${changeset}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${web}/_api/${items()} HTTP/1.1`,
      'Accept: application/json',
      'Content-Type: application/json;charset=utf-8',
      '',
      JSON.stringify({ Title: 'Fra batch', Year: 2025, Stage: 'Kladde', ResponsibleId: ownerId }),
      '',
      `--${changeset}--`,
      '',
      `--${boundary}--`,
      ''
    ].join('\r\n');
    const answer = await call('POST', '$batch', { body, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` } });
    const out: string[] = [];
    if (answer.status !== f.status) out.push(`status ${answer.status}, SharePoint answers ${f.status}`);
    const contentType = answer.headers.get('content-type') ?? '';
    if (!/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/.test(contentType)) out.push(`content-type ${contentType}`);
    const frame = (raw: string): { lines: string[]; json: unknown } => {
      const lines = raw.replace(/\r\n/g, '\n').split('\n');
      const jsonLine = lines.findIndex((l) => l.startsWith('{'));
      const normalised = lines
        .slice(0, jsonLine)
        .map((l) => l.replace(/batchresponse_[0-9a-f-]{36}/, 'batchresponse_B').replace(/^(ETAG|LOCATION): .*/, '$1: …'));
      return {
        lines: [...normalised, ...lines.slice(jsonLine + 1).map((l) => l.replace(/batchresponse_[0-9a-f-]{36}/, 'batchresponse_B'))],
        json: JSON.parse(lines[jsonLine])
      };
    };
    const recorded = frame(f.raw ?? '');
    const ours = frame(answer.text);
    if (JSON.stringify(ours.lines) !== JSON.stringify(recorded.lines))
      out.push(`framing ${JSON.stringify(ours.lines)} differs from ${JSON.stringify(recorded.lines)}`);
    out.push(...shapeDifferences(adaptFixture(recorded.json, f.compare), dropActual(ours.json, f.compare), f.compare.patterns));
    return out;
  }

  for (const file of readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    it(`${file}: ${fixture(file).name}`, async () => {
      const check = CHECKS[file];
      expect(check).toBeDefined();
      expect(await check()).toEqual([]);
    });
  }
});
