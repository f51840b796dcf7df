// Runs the tenant check: a test installation with a unique prefix on the operator's site, the
// scenarios of steps.ts in order (a failed step is reported and the rest still run where they can),
// then removes everything the installation created: its lists (found by the prefix in their URL),
// its groups and its permission level. The cleanup runs also when a step failed or threw.
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import { createSp } from '../../src/data/pnp';
import { useInstallationPrefix } from '../../src/data/schema/installation';
import { webServerRelativePath } from '../../src/data/repositories';
import { createFetchGraphClient } from '../../src/data/graph/fetchGraphClient';
import { createAppServices } from '../../src/services/createAppServices';
import { SKANDERBORG_STAGES } from '../../src/domain';
import { uniquePrefix, type TenantArgs } from './args';
import { STEPS, type CheckContext, type Step } from './steps';

export interface StepResult {
  key: string;
  da: string;
  en: string;
  ok: boolean;
  skipped: boolean;
  ms: number;
  detail: string;
}

export interface TenantReport {
  site: string;
  prefix: string;
  steps: StepResult[];
  /** What the cleanup removed and what it could not. */
  removed: string[];
  leftBehind: string[];
  ok: boolean;
}

export interface CheckOptions {
  /** The Excel labels (the web part's Danish ones; the CLI reads them from the loc file). */
  workbookLabels: CheckContext['workbookLabels'];
  /** The scenarios; tests pass a failing one to see that the cleanup still runs. */
  steps?: Step[];
  onStep?: (result: StepResult) => void;
}

function spFor(args: TenantArgs): SPFI {
  const headers: Record<string, string> = args.token ? { Authorization: `Bearer ${args.token}` } : { 'X-Emulator-User': args.user ?? '' };
  return createSp(spfi(args.site).using(SPBrowser({ baseUrl: args.site }), InjectHeaders(headers)));
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300);

/** Removes what carries the prefix; every removal is tried, each failure is reported. */
async function cleanup(sp: SPFI, prefix: string): Promise<{ removed: string[]; leftBehind: string[] }> {
  const removed: string[] = [];
  const leftBehind: string[] = [];
  const attempt = async (what: string, run: () => Promise<unknown>): Promise<void> => {
    try {
      await run();
      removed.push(what);
    } catch (error) {
      leftBehind.push(`${what}: ${message(error)}`);
    }
  };
  const listsPath = `${webServerRelativePath(sp)}/Lists/${prefix}`.toLowerCase();
  const lists = await sp.web.lists.select('Id', 'Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<
    Array<{ Id: string; Title: string; RootFolder: { ServerRelativeUrl: string } }>
  >();
  // Lookups point from the later lists to the earlier ones: delete in reverse creation order.
  const ours = lists.filter((l) => l.RootFolder.ServerRelativeUrl.toLowerCase().startsWith(listsPath)).reverse();
  for (const list of ours) await attempt(`liste / list ${list.RootFolder.ServerRelativeUrl}`, () => sp.web.lists.getById(list.Id).delete());
  const groups = await sp.web.siteGroups.select('Id', 'Title')<Array<{ Id: number; Title: string }>>();
  for (const group of groups.filter((g) => g.Title.startsWith(`${prefix} `)))
    await attempt(`gruppe / group ${group.Title}`, () => sp.web.siteGroups.removeById(group.Id));
  const roles = await sp.web.roleDefinitions.select('Id', 'Name')<Array<{ Id: number; Name: string }>>();
  for (const role of roles.filter((r) => r.Name.startsWith(`${prefix} `)))
    await attempt(`tilladelsesniveau / permission level ${role.Name}`, () => sp.web.roleDefinitions.getById(role.Id).delete());
  return { removed, leftBehind };
}

export async function runTenantCheck(args: TenantArgs, options: CheckOptions): Promise<TenantReport> {
  const prefix = args.prefix ?? uniquePrefix();
  const restore = useInstallationPrefix(prefix);
  const sp = spFor(args);
  const graphHeaders = args.graphToken ? { Authorization: `Bearer ${args.graphToken}` } : undefined;
  const ctx: CheckContext = {
    sp,
    config: SKANDERBORG_STAGES,
    year: new Date().getFullYear(),
    workbookLabels: options.workbookLabels,
    // The product's own services read no mail; the mail step uses this client.
    services: createAppServices(sp, {
      stageConfiguration: SKANDERBORG_STAGES,
      storageScope: `${args.site}|tenant-check`,
      graph: createFetchGraphClient({ baseUrl: args.graphUrl, headers: graphHeaders })
    }),
    graph: graphHeaders ? createFetchGraphClient({ baseUrl: args.graphUrl, headers: graphHeaders }) : undefined
  };
  const results: StepResult[] = [];
  let removed: string[] = [];
  let leftBehind: string[] = [];
  try {
    for (const step of options.steps ?? STEPS) {
      const started = Date.now();
      let result: StepResult;
      try {
        const detail = await step.run(ctx);
        result = { key: step.key, da: step.da, en: step.en, ok: true, skipped: detail.startsWith('SPRUNGET OVER'), ms: Date.now() - started, detail };
      } catch (error) {
        result = { key: step.key, da: step.da, en: step.en, ok: false, skipped: false, ms: Date.now() - started, detail: message(error) };
      }
      results.push(result);
      options.onStep?.(result);
    }
  } finally {
    try {
      if (!args.keep) ({ removed, leftBehind } = await cleanup(sp, prefix));
    } catch (error) {
      leftBehind.push(`oprydning / cleanup: ${message(error)}`);
    }
    restore();
  }
  return { site: args.site, prefix, steps: results, removed, leftBehind, ok: results.every((r) => r.ok) && leftBehind.length === 0 };
}

/** The report as printed: one line per step in Danish and English, then the cleanup. */
export function formatReport(report: TenantReport, keep = false): string {
  const lines = [
    `Udviklingsaftaler: test af tenant / tenant check`,
    `Websted / site: ${report.site}`,
    `Testinstallation / test installation: ${report.prefix} (lister, grupper og tilladelsesniveau med dette præfiks / lists, groups and permission level with this prefix)`,
    ''
  ];
  for (const r of report.steps) {
    const status = !r.ok ? 'FEJL / FAILED' : r.skipped ? 'SPRUNGET OVER / SKIPPED' : 'OK';
    lines.push(`${status.padEnd(24)} ${r.da} / ${r.en} (${r.ms} ms)`, `${''.padEnd(24)} ${r.detail}`);
  }
  lines.push('');
  if (keep) lines.push(`Beholdt (--keep) / kept: fjern lister, grupper og tilladelsesniveau med præfikset ${report.prefix} / remove what carries the prefix`);
  else lines.push(`Fjernet / removed: ${report.removed.length}`, ...report.leftBehind.map((l) => `IKKE FJERNET / NOT REMOVED: ${l}`));
  const failed = report.steps.filter((r) => !r.ok).length;
  lines.push(
    report.ok
      ? 'Resultat / result: alt OK / all OK'
      : `Resultat / result: ${failed} trin fejlede / steps failed${report.leftBehind.length > 0 ? ', noget blev ikke fjernet / something was left behind' : ''}`
  );
  return `${lines.join('\n')}\n`;
}
