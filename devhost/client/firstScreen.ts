// The first module the dev host's boot runs: what the page's config, URL and cookie say (the user,
// the site, the route), and on a revisit the copy of the screen the user saw last, painted before
// the data layer's modules are even evaluated (screenCopy.ts, issue 21). Light on purpose: nothing
// here may pull the data layer or the UI into this module's evaluation.
import type { DevhostPageConfig } from '../page';
import { paintsFromCopy } from '../../src/webparts/udviklingsaftaler/firstReads';
import { parseRoute } from '../../src/webparts/udviklingsaftaler/routing/route';
import { paintScreenCopy, screenCopyKey } from '../../src/webparts/udviklingsaftaler/screenCopy';

export const config = JSON.parse(document.getElementById('devhost-config')?.textContent ?? '{}') as DevhostPageConfig;
export const params = new URLSearchParams(window.location.search);

function cookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

export const login = params.get('user') ?? cookie('emulator-user');
export const municipality =
  config.municipalities.find((m) => m.users.some((user) => user.login === login) && m.key === params.get('site')) ??
  config.municipalities.find((m) => m.users.some((user) => user.login === login)) ??
  config.municipalities[0];

export const siteUrl = municipality ? `${window.location.origin}${municipality.sitePath}` : undefined;
export const storageScope = `${siteUrl}|${login}`;
export const route = parseRoute(window.location.hash);
/** The outbox page is dev-host chrome: it reads no SharePoint data. */
export const outbox = window.location.pathname === '/udbakke';
/** What else than the data changes the screen: here the language (the web part adds its host). */
export const screenVariant = config.locale;
/** The element the page renders into; a revisit's copy is painted into it. */
export const root = document.getElementById('root') as HTMLElement;

// A revisit paints the browser's copy of the view: the screen's copy at once, the UI asked for
// before anything else (main.tsx), so its files come from the browser's cache while the boot
// starts the reads.
export const fromCopy = Boolean(siteUrl && login && !outbox && paintsFromCopy(storageScope, route));
if (fromCopy) paintScreenCopy(root, storageScope, screenCopyKey(route, screenVariant));
