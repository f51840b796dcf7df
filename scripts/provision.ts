// `npm run provision -- --site <url> [--token <bearer> | --user <login>]`: creates or completes the
// product's lists, groups and permissions on a site through the same provision() the web part's
// site-owner setup uses. A real tenant is reached with an access token for SharePoint (from
// `m365 util accesstoken get --resource https://<tenant>.sharepoint.com` or
// `az account get-access-token --resource https://<tenant>.sharepoint.com`), given as --token or
// in SP_ACCESS_TOKEN; the local emulator with --user <login> (the site owner is admin@kommune.local).
import { SPBrowser, spfi } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { provision } from '../src/data/provisioning';
import { createSp } from '../src/data/pnp';

interface ProvisionArgs {
  site: string;
  token?: string;
  user?: string;
}

export function parseProvisionArgs(argv: string[], env: Record<string, string | undefined>): ProvisionArgs {
  const args: Partial<ProvisionArgs> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--site', '--token', '--user'].includes(flag)) throw new Error(`Ukendt flag: ${flag}`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} mangler en værdi`);
    args[flag.slice(2) as keyof ProvisionArgs] = value;
    i += 1;
  }
  if (!args.site || !/^https?:\/\/[^\s/]+\/?/.test(args.site)) {
    throw new Error('Angiv webstedet med --site, fx --site https://kommune.sharepoint.com/sites/udvikling');
  }
  const token = args.token ?? env.SP_ACCESS_TOKEN;
  if (!token && !args.user) throw new Error('Angiv --token (eller SP_ACCESS_TOKEN) for en rigtig tenant, eller --user <login> for emulatoren');
  return { site: args.site.replace(/\/+$/, ''), token, user: args.user };
}

async function main(): Promise<void> {
  const args = parseProvisionArgs(process.argv.slice(2), process.env);
  const headers: Record<string, string> = args.token ? { Authorization: `Bearer ${args.token}` } : { 'X-Emulator-User': args.user ?? '' };
  const sp = createSp(spfi(args.site).using(SPBrowser({ baseUrl: args.site }), InjectHeaders(headers)));
  const report = await provision(sp, {
    onProgress: (step) => process.stdout.write(`${step.action.padEnd(9)} ${step.kind.padEnd(14)} ${step.target}${step.detail ? ` (${step.detail})` : ''}\n`)
  });
  process.stdout.write(report.changed ? `\n${report.changes.length} ændringer på ${args.site}\n` : `\nIntet at ændre: ${args.site} er allerede opsat\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
