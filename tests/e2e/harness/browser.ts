import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// The system Chromium (Debian's package, installed by .ci/run); playwright never downloads one.
// The flags keep it off the network this machine does not have.
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium package or set CHROME_PATH`);
  }
  return path;
}

// Chromium's new headless mode is the whole browser: for every window (each test's and each
// benchmark's fresh context) it loads the omnibox's WebUI popup (chrome://omnibox-popup.top-chrome)
// in a renderer of its own, which no headless page ever shows. In a trace of the first-render
// benchmark (Chromium 156.0.8078.129, this 2-core machine) that renderer's main thread ran 892 ms
// while the measured page loaded (857 ms of the page's own). The three omnibox features together
// keep it from loading (any one alone did not, tried one by one); the fourth keeps other browser
// pages (tab search and the like) from being preloaded.
const HEADLESS_UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];

// Playwright disables features of its own with one --disable-features switch, and Chromium keeps
// only the last of several (CommandLine::AppendSwitchNative replaces the value: browserless#5450,
// cypress#34787), so a second switch would silently turn Playwright's list back on. The launch
// drops Playwright's switch and passes one with both lists. Playwright's list as playwright-core
// 1.65 sends it (src/server/chromium/chromiumSwitches.ts); oneFeatureSwitch() fails the launch when
// an upgrade changes it, so it cannot drift unnoticed.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion'
];

const disableFeatures = (features: readonly string[]): string => `--disable-features=${features.join(',')}`;

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: [disableFeatures(PLAYWRIGHT_DISABLED_FEATURES)],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      disableFeatures([...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_UNUSED_FEATURES])
    ]
  });
  try {
    oneFeatureSwitch();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/** Every browser this process started has one --disable-features switch, ours: else Playwright's
 * list changed. Read from /proc (Linux, as CI): Chromium returns its command line over CDP only with
 * --enable-automation, which Playwright does not pass. A machine without /proc (a developer's Mac)
 * launches unchecked; CI checks every launch. */
function oneFeatureSwitch(): void {
  if (!existsSync('/proc')) return;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    let argv: string[];
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    // The parent's pid is the second field after the parenthesised command name.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent !== process.pid || !argv.includes('--remote-debugging-pipe')) continue;
    const switches = argv.filter((arg) => arg.startsWith('--disable-features='));
    if (switches.length !== 1) {
      throw new Error(
        `Chromium was started with ${switches.length} --disable-features switches (${switches.join(' ')}): only the last counts. ` +
          "Playwright's own list has changed; copy it into PLAYWRIGHT_DISABLED_FEATURES in tests/e2e/harness/browser.ts."
      );
    }
  }
}
