import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { OWNER, rawSpForUser } from '../helpers/emulator';

// A write the client saw acknowledged survives `kill -9` of the emulator.
const dataDir = mkdtempSync(join(tmpdir(), 'udviklingsaftaler-kill-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function startChild(): Promise<{ child: ChildProcess; url: string; exited: Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'childEmulator.ts'), dataDir], { cwd: join(__dirname, '..', '..', '..') });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) resolve({ child, url: match[1], exited });
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code} before it was ready`)));
  });
}

it('keeps every acknowledged write after SIGKILL in the middle of writes', async () => {
  const first = await startChild();
  const sp = rawSpForUser(`${first.url}/sites/test`, OWNER);
  const list = await sp.web.lists.add('Holdbar', '', 100, false);
  // A fresh queryable per request, as the repositories do: PnPjs instances are not for concurrent use.
  const items = (): ReturnType<typeof sp.web.lists.getById>['items'] => sp.web.lists.getById(list.Id).items;
  const acknowledged: number[] = [];
  for (let i = 0; i < 30; i++) acknowledged.push((await items().add({ Title: `før ${i}` })).Id as number);

  // Writes in flight when the process dies: some may land, none may be half-written.
  const inFlight = Array.from({ length: 20 }, (_, i) =>
    items()
      .add({ Title: `under ${i}` })
      .then(
        (r: { Id: number }) => acknowledged.push(r.Id),
        () => undefined
      )
  );
  await new Promise((resolve) => setTimeout(resolve, 15));
  first.child.kill('SIGKILL');
  await Promise.all(inFlight);
  await first.exited;

  const second = await startChild();
  try {
    const after = rawSpForUser(`${second.url}/sites/test`, OWNER).web.lists.getByTitle('Holdbar').items;
    const ids = (await after.select('Id', 'Title').top(5000)<Array<{ Id: number; Title: string }>>()).map((r) => r.Id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(30);
    expect(ids).toEqual(expect.arrayContaining(acknowledged));
    expect(ids.length).toBeLessThanOrEqual(50);
  } finally {
    second.child.kill('SIGKILL');
  }
});
