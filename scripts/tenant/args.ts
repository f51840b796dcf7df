// Arguments of `npm run test:tenant`: the site, how to reach it (a bearer token for SharePoint, or
// --user <login> for the local emulator as `npm run provision` takes it), and optionally a token
// for Microsoft Graph (the test mail goes to the operator's own address).

export interface TenantArgs {
  site: string;
  token?: string;
  user?: string;
  graphToken?: string;
  /** Microsoft Graph's origin; another only for tests (a local stand-in). */
  graphUrl: string;
  /** Keep what was created (to look at it); default: delete it. */
  keep: boolean;
  prefix?: string;
}

const VALUE_FLAGS = ['--site', '--token', '--user', '--graph-token', '--graph-url', '--prefix'];

/** undefined when no --site is given: the check is skipped (npm test and CI run without a tenant). */
export function parseTenantArgs(argv: string[], env: Record<string, string | undefined>): TenantArgs | undefined {
  const values: Record<string, string> = {};
  let keep = false;
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--keep') {
      keep = true;
      continue;
    }
    if (!VALUE_FLAGS.includes(flag)) throw new Error(`Ukendt flag / unknown flag: ${flag}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} mangler en værdi / needs a value`);
    values[flag.slice(2)] = value;
    i += 1;
  }
  if (values.site === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(values.site))
    throw new Error('--site skal være en fuld adresse / must be a full URL, fx https://kommune.sharepoint.com/sites/udvikling');
  const token = values.token ?? env.SP_ACCESS_TOKEN;
  if (!token && !values.user)
    throw new Error('Angiv --token (eller SP_ACCESS_TOKEN) / give --token (or SP_ACCESS_TOKEN); --user <login> kun for emulatoren / only for the emulator');
  return {
    site: values.site.replace(/\/+$/, ''),
    token,
    user: values.user,
    graphToken: values['graph-token'] ?? env.GRAPH_ACCESS_TOKEN,
    graphUrl: (values['graph-url'] ?? 'https://graph.microsoft.com').replace(/\/+$/, ''),
    keep,
    prefix: values.prefix
  };
}

/** A prefix no installation has: letters and digits, from the time and a random part. */
export function uniquePrefix(now: Date = new Date(), random: () => number = Math.random): string {
  const stamp = now
    .toISOString()
    .replace(/[^0-9]/g, '')
    .slice(2, 12);
  const tail = Math.floor(random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0')
    .toUpperCase();
  return `UATest${stamp}${tail}`;
}
