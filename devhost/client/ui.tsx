// The dev host's page itself (React, Fluent UI, the app), rendered once main.tsx has started the
// first reads.
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { App } from '../../src/webparts/udviklingsaftaler/components/App/App';
import type { ViewKey } from '../../src/webparts/udviklingsaftaler/hostKind';
import type { AppServices } from '../../src/services/AppServices';
import type { ScreenSettled } from '../../src/webparts/udviklingsaftaler/components/common/ScreenSettled';
import type { DevhostPageConfig } from '../page';
import { DevhostBar } from './DevhostBar';

// The outbox page is dev-host chrome: its own chunk (with the HTML sanitiser it needs).
const Outbox = React.lazy(() => import('./Outbox').then((m) => ({ default: m.Outbox })));

// SharePoint pages register Fluent's icon font for every web part; the dev host does the same from
// the installed package (served by devhost/server.ts, no CDN), so chevrons, ticks and icon buttons
// render as they do on SharePoint.
initializeIcons('/devhost/fonts/');

export interface DevhostUi {
  config: DevhostPageConfig;
  login: string | undefined;
  services: AppServices | undefined;
  startView: ViewKey;
  configuredDepartmentId: number | undefined;
  /** Keeps a copy of the screen for the next visit (screenCopy.ts). */
  onScreenSettled: ScreenSettled | undefined;
}

export function renderUi(ui: DevhostUi): void {
  // When React starts mounting the page (bench/first-render.bench.ts reads it).
  performance.mark('devhost:mount');
  ReactDom.render(
    <>
      <DevhostBar municipalities={ui.config.municipalities} currentLogin={ui.login} locale={ui.config.locale} />
      {window.location.pathname === '/udbakke' ? (
        <React.Suspense fallback={null}>
          <Outbox />
        </React.Suspense>
      ) : (
        <App
          strings={ui.config.strings}
          host="local"
          services={ui.services}
          // The property pane's start view and department, as a page configured so would have them.
          startView={ui.startView}
          configuredDepartmentId={ui.configuredDepartmentId}
          onScreenSettled={ui.onScreenSettled}
        />
      )}
    </>,
    // On a revisit it holds the screen's copy (firstScreen.ts): this first render replaces it.
    document.getElementById('root')
  );
}
