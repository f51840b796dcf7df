// Persistence: a write-ahead log of JSON lines (`state.log` in the data directory). Every change a
// request makes is appended, and the log is written and fsync'ed before the response is sent, so a
// write the client saw acknowledged survives `kill -9`. A $batch of 100 writes costs one fsync.
// On start the log is replayed and rewritten compacted (temp file, fsync, atomic rename).
//
// Chosen by measurement (bench/emulator-storage.bench.ts, bench/results.md): the log's durable
// write is the fastest of node:sqlite, a file per record with atomic rename, and this log; a
// $batch costs one fsync; node:sqlite is still experimental in Node 22. Its cold start (replay and
// compaction) is the slowest, about half a second for 50,000 items.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ItemMap } from './itemMap';
import { listMeta, siteMeta, type EmItem, type EmList, type EmListMeta, type EmMail, type EmSite, type EmSiteMeta, type EmTenant } from './model';

type Entry =
  | { t: 'site'; site: EmSiteMeta }
  | { t: 'list'; site: string; list: EmListMeta }
  | { t: 'dropList'; site: string; listId: string }
  | { t: 'item'; site: string; listId: string; item: EmItem }
  | { t: 'dropItem'; site: string; listId: string; itemId: number }
  | { t: 'mail'; mail: EmMail }
  | { t: 'tenant'; tenant: EmTenant };

export class Store {
  private readonly file: string;
  private fd: number | undefined;
  private pending: string[] = [];
  /** Mails sent through the Graph-compatible endpoint, oldest first (filled by load). */
  public readonly outbox: EmMail[] = [];
  /** The simulated tenant's approvals; Mail.Send is granted until a test or the dev host's
   * Udbakke switch (POST /_emulator/tenant) says not. */
  public tenant: EmTenant = { mailSendGranted: true };

  public constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'state.log');
  }

  public get isEmpty(): boolean {
    return !existsSync(this.file) || statSync(this.file).size === 0;
  }

  /** Replays the log into sites, then rewrites it compacted. */
  public load(): EmSite[] {
    const sites = new Map<string, EmSite>();
    if (existsSync(this.file)) {
      for (const line of readLines(this.file)) {
        if (line.trim() === '') continue;
        let entry: Entry;
        try {
          entry = JSON.parse(line) as Entry;
        } catch {
          // A line cut short by a crash was never acknowledged (the fsync comes before the reply).
          continue;
        }
        if (entry.t === 'mail') this.outbox.push(entry.mail);
        else if (entry.t === 'tenant') this.tenant = entry.tenant;
        else apply(sites, entry);
      }
    }
    const loaded = [...sites.values()];
    this.compact(loaded);
    return loaded;
  }

  public putSite(site: EmSite): void {
    this.push({ t: 'site', site: siteMeta(site) });
  }

  public putList(site: EmSite, list: EmList): void {
    this.push({ t: 'list', site: site.path, list: listMeta(list) });
  }

  public dropList(site: EmSite, listId: string): void {
    this.push({ t: 'dropList', site: site.path, listId });
  }

  /** Every change to an item is logged here (else it would not survive a restart), so this is
   * where an in-place change bumps the list's revision and what is derived from the items. */
  public putItem(site: EmSite, list: EmList, item: EmItem): void {
    list.items.touch();
    this.push({ t: 'item', site: site.path, listId: list.id, item });
  }

  public dropItem(site: EmSite, list: EmList, itemId: number): void {
    list.items.touch();
    this.push({ t: 'dropItem', site: site.path, listId: list.id, itemId });
  }

  public putMail(mail: EmMail): void {
    this.outbox.push(mail);
    this.push({ t: 'mail', mail });
  }

  public putTenant(tenant: EmTenant): void {
    this.tenant = tenant;
    this.push({ t: 'tenant', tenant });
  }

  /** Writes what the current request changed, durably, before its response goes out. */
  public commit(): void {
    if (this.pending.length === 0) return;
    const fd = this.open();
    writeSync(fd, this.pending.join(''));
    fsyncSync(fd);
    this.pending = [];
  }

  public close(): void {
    this.commit();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private push(entry: Entry): void {
    this.pending.push(`${JSON.stringify(entry)}\n`);
  }

  private open(): number {
    if (this.fd === undefined) this.fd = openSync(this.file, 'a');
    return this.fd;
  }

  private compact(sites: EmSite[]): void {
    const temp = `${this.file}.tmp`;
    const fd = openSync(temp, 'w');
    for (const site of sites) {
      writeSync(fd, `${JSON.stringify({ t: 'site', site: siteMeta(site) })}\n`);
      for (const list of site.lists) {
        writeSync(fd, `${JSON.stringify({ t: 'list', site: site.path, list: listMeta(list) })}\n`);
        for (const item of list.items.values()) writeSync(fd, `${JSON.stringify({ t: 'item', site: site.path, listId: list.id, item })}\n`);
      }
    }
    writeSync(fd, `${JSON.stringify({ t: 'tenant', tenant: this.tenant })}\n`);
    for (const mail of this.outbox) writeSync(fd, `${JSON.stringify({ t: 'mail', mail })}\n`);
    fsyncSync(fd);
    closeSync(fd);
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    renameSync(temp, this.file);
  }
}

/** The file's lines, read in chunks: a log of many writes (each item write also logs its list's
 * metadata) can pass the largest string Node can make (about 512 MB), so it is never read whole. */
export function* readLines(file: string, chunkBytes = 16 * 1024 * 1024): Generator<string> {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(chunkBytes);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      const text = rest + decoder.write(buffer.subarray(0, read));
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}

function apply(sites: Map<string, EmSite>, entry: Exclude<Entry, { t: 'mail' } | { t: 'tenant' }>): void {
  if (entry.t === 'site') {
    const existing = sites.get(entry.site.path);
    sites.set(entry.site.path, { ...entry.site, lists: existing?.lists ?? [] });
    return;
  }
  const site = sites.get(entry.site);
  if (!site) return;
  if (entry.t === 'list') {
    const existing = site.lists.find((l) => l.id === entry.list.id);
    if (existing) Object.assign(existing, entry.list);
    else site.lists.push({ ...entry.list, items: new ItemMap() });
  } else if (entry.t === 'dropList') {
    site.lists = site.lists.filter((l) => l.id !== entry.listId);
  } else {
    const list = site.lists.find((l) => l.id === entry.listId);
    if (!list) return;
    if (entry.t === 'item') list.items.set(entry.item.id, entry.item);
    else list.items.delete(entry.itemId);
  }
}
