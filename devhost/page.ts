import type { DevhostMunicipality } from './users';

/** What a SharePoint page hands SPFx as legacyPageContext.formDigestValue / formDigestTimeoutSeconds. */
export interface PageDigest {
  value: string;
  timeoutSeconds: number;
}

export interface DevhostPageConfig {
  municipalities: DevhostMunicipality[];
  formDigest?: PageDigest;
  /** The page's locale and its strings (devhost/locales/localeStrings.ts). */
  locale: string;
  strings: IUdviklingsaftalerStrings;
  /** The UI's script files (full URLs, bundle.ts `ui`): the boot preloads them all at once when the
   * first reads are on the wire, then imports the UI. */
  uiScripts?: string[];
}

/** The page's scripts (bundle.ts): the entry file, how it loads (`format`) and the boot's chunks
 * (preloaded; the UI's are in the config, asked for later), under `base`: the script origin's
 * /devhost/ (server.ts), a host of its own as SharePoint's CDN is. */
export interface PageScripts {
  entry: string;
  format: 'module' | 'script';
  preload: readonly string[];
  base: string;
}

/** The HTML shell: one element for the app, the config as JSON, and the bundle. Module scripts from
 * another origin are fetched with CORS (`crossorigin`); webpack's classic main file is not, as
 * SPFx's loader does not fetch the web part's files with CORS. */
export function renderPage(config: DevhostPageConfig, scripts: PageScripts): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  const modules = scripts.format === 'module';
  const preloads = modules
    ? [scripts.entry, ...scripts.preload].map((file) => `<link rel="modulepreload" crossorigin href="${scripts.base}${file}">`).join('\n')
    : '';
  const entry = modules
    ? `<script type="module" crossorigin src="${scripts.base}${scripts.entry}"></script>`
    : `<script src="${scripts.base}${scripts.entry}"></script>`;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Udviklingsaftaler – lokal udviklingsside</title>
${preloads}
<style>body{margin:0;font-family:"Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif;background:#faf9f8}#root{max-width:1200px;margin:0 auto;padding:16px}</style>
</head>
<body>
<div id="root"></div>
<!-- Fluent registers Segoe UI from Microsoft's CDN unless told otherwise; this page runs without
     the internet and never asks another host for anything (an empty fontBaseUrl registers none,
     @fluentui/theme DefaultFontStyles). The icon font comes from the dev host itself. -->
<script>window.FabricConfig = { fontBaseUrl: '' };</script>
<script id="devhost-config" type="application/json">${json}</script>
${entry}
</body>
</html>`;
}
