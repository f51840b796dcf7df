// Where the web part runs. Teams hosts are detected from this.context.sdks.microsoftTeams; the
// personal app opens on "Mine opgaver" (README, Features), a page or tab on the configured default view.
export type HostKind = 'sharePoint' | 'teamsTab' | 'teamsPersonalApp' | 'local';

export const VIEW_KEYS = ['afdeling', 'opgaver', 'overblik', 'opfoelgning', 'dus', 'dokument'] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export function isViewKey(value: unknown): value is ViewKey {
  return typeof value === 'string' && (VIEW_KEYS as readonly string[]).indexOf(value) >= 0;
}

export function startView(host: HostKind, configured: ViewKey | undefined): ViewKey {
  if (host === 'teamsPersonalApp') return 'opgaver';
  return configured ?? 'afdeling';
}
