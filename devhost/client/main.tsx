import * as React from 'react';
import * as ReactDom from 'react-dom';
import { App } from '../../src/webparts/udviklingsaftaler/components/App/App';
import { isViewKey, type ViewKey } from '../../src/webparts/udviklingsaftaler/hostKind';
import daDk from 'udviklingsaftaler-locale/da-dk';
import enUs from 'udviklingsaftaler-locale/en-us';
import { pseudoLocalize } from '../locales/pseudo';
import type { DevhostPageConfig } from '../page';
import { DevhostBar } from './DevhostBar';
import { PageFormDigest } from './pageDigest';
import { Outbox } from './Outbox';
import { SPBrowser, spfi } from '@pnp/sp';
import { createSp } from '../../src/data/pnp';
import { createAppServices } from '../../src/services/createAppServices';
import { createFetchGraphClient } from '../../src/data/graph/fetchGraphClient';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../src/domain/stageConfigurations';
import { initializeIcons } from '@fluentui/font-icons-mdl2';

// SharePoint pages register Fluent's icon font for every web part; the dev host does the same from
// the installed package (served by devhost/server.ts, no CDN), so chevrons, ticks and icon buttons
// render as they do on SharePoint.
initializeIcons('/devhost/fonts/');

// The local stand-in for SharePoint's page: it resolves what an SPFx context would give the web
// part (user, site, locale) and renders the same root component the web part renders.
const config = JSON.parse(document.getElementById('devhost-config')?.textContent ?? '{}') as DevhostPageConfig;
const params = new URLSearchParams(window.location.search);

function cookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

const login = params.get('user') ?? cookie('emulator-user');
const municipality =
  config.municipalities.find((m) => m.users.some((user) => user.login === login) && m.key === params.get('site')) ??
  config.municipalities.find((m) => m.users.some((user) => user.login === login)) ??
  config.municipalities[0];

const locale = params.get('locale') ?? 'da-dk';
const requestedView = params.get('startView');
const startViewParam: ViewKey = isViewKey(requestedView) ? requestedView : 'afdeling';
const stringsByLocale: Record<string, IUdviklingsaftalerStrings> = {
  'da-dk': daDk,
  'en-us': enUs,
  'qps-ploc': pseudoLocalize(daDk)
};
document.documentElement.lang = locale === 'en-us' ? 'en' : 'da';

// What the web part's onInit does with SPFx(context), the dev host does with PnPjs's browser
// defaults: same origin as the page, the user chosen by the cookie the emulator reads.
const siteUrl = municipality ? `${window.location.origin}${municipality.sitePath}` : undefined;
const stageConfiguration = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === municipality?.stageConfigurationKey) ?? DEFAULT_STAGE_CONFIGURATIONS[0];
// E-mails about decisions link to this page (without ?user=, which names the sender).
const approvalLinks = { pageUrl: `${window.location.origin}${window.location.pathname}` };
const services = siteUrl && login ? createAppServices(createSp(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), PageFormDigest(siteUrl, config.formDigest))), { stageConfiguration, approvalLinks, storageScope: `${siteUrl}|${login}`, graph: createFetchGraphClient({ baseUrl: window.location.origin }) }) : undefined;

ReactDom.render(
  <>
    <DevhostBar municipalities={config.municipalities} currentLogin={login} locale={locale} />
    {window.location.pathname === '/udbakke' ? (
      <Outbox />
    ) : (
      <App
        strings={stringsByLocale[locale] ?? stringsByLocale['da-dk']}
        host="local"
        services={services}
        // The property pane's start view and department, as a page configured so would have them.
        startView={startViewParam}
        configuredDepartmentId={Number(params.get('department')) || undefined}
      />
    )}
  </>,
  document.getElementById('root')
);
