// The local stand-in for SharePoint's page: it resolves what an SPFx context would give the web
// part (user, site, locale), builds the services over the data site and starts the first screen's
// reads, then renders the page (ui.tsx) once they are on the wire, as the web part does (issue 21).
// Evaluated first: on a revisit it paints the screen's copy before the modules below are run.
import { config, fromCopy, login, municipality, outbox, params, root, route, screenVariant, siteUrl, storageScope } from './firstScreen';
import { isViewKey, type ViewKey } from '../../src/webparts/udviklingsaftaler/hostKind';
import { PageFormDigest } from './pageDigest';
import { SPBrowser, spfi } from '@pnp/sp';
import { createSp } from '../../src/data/pnp';
import { createAppServices } from '../../src/services/createAppServices';
import { createFetchGraphClient } from '../../src/data/graph/fetchGraphClient';
import { DEFAULT_STAGE_CONFIGURATIONS } from '../../src/domain/stageConfigurations';
import { sendWatch, startFirstReads } from '../../src/webparts/udviklingsaftaler/firstReads';
import { screenCopier } from '../../src/webparts/udviklingsaftaler/screenCopy';

const { locale } = config;
const requestedView = params.get('startView');
const startView: ViewKey = isViewKey(requestedView) ? requestedView : 'afdeling';
document.documentElement.lang = locale === 'en-us' ? 'en' : 'da';

// What the web part's onInit does with SPFx(context), the dev host does with PnPjs's browser
// defaults: same origin as the page, the user chosen by the cookie the emulator reads.
const stageConfiguration = DEFAULT_STAGE_CONFIGURATIONS.find((c) => c.key === municipality?.stageConfigurationKey) ?? DEFAULT_STAGE_CONFIGURATIONS[0];
// E-mails about decisions link to this page (without ?user=, which names the sender).
const approvalLinks = { pageUrl: `${window.location.origin}${window.location.pathname}` };
// A revisit (firstScreen.ts painted the screen's copy): the UI is asked for before anything else,
// so its files come from the browser's cache while the boot starts the reads (as the web part).
const earlyUi = fromCopy ? import('./ui') : undefined;
const watch = sendWatch();
const built =
  siteUrl && login
    ? createAppServices(createSp(spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), PageFormDigest(siteUrl, config.formDigest)), { onSend: watch.onSend }), {
        stageConfiguration,
        approvalLinks,
        storageScope,
        graph: createFetchGraphClient({ baseUrl: window.location.origin })
      })
    : undefined;
// The outbox page reads no SharePoint data.
const first = built && !outbox ? startFirstReads(built, route, watch.batchSent, fromCopy) : undefined;
const services = first?.services ?? built;

/** Names the UI's files to the browser all at once (the import below would find them one import level
 * at a time), as webpack asks for the web part's app chunk and the chunks it shares together. */
function preloadUi(): void {
  for (const href of config.uiScripts ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
}

// As the web part's mountFirst(): the page's UI (React components, Fluent UI) is asked for and
// mounted once the first reads are on the wire (PnPjs sends them from timers, a $batch one timer
// after its parts), so the boot's files are all the page fetches and compiles before them. Mounted
// in the task its import settles in, as the web part mounts: one more timer here held a revisit's
// paint back by ~8 ms (its reads had left long before, while the UI's files were evaluated).
void (first?.onTheWire ?? Promise.resolve())
  .then(() => {
    if (earlyUi) return earlyUi;
    preloadUi();
    return import('./ui');
  })
  // As the web part: with the view's data about to come, the first mount renders it (readyToMount).
  .then(async (ui) => {
    await first?.readyToMount();
    return ui;
  })
  .then(({ renderUi }) =>
    renderUi({
      config,
      login: login ?? undefined,
      services,
      startView,
      configuredDepartmentId: Number(params.get('department')) || undefined,
      onScreenSettled: services
        ? screenCopier(
            root,
            () => storageScope,
            () => screenVariant
          )
        : undefined
    })
  );
