// A copy of the department view as the user last saw it, painted the moment a revisit's boot runs
// (issue 21, decision 0015). The view's data copy (viewCache) still needs the app's code (React,
// Fluent UI, every component: about 100 ms on a slow machine) before anything shows; this copy is
// the screen itself, so it shows while that code loads. It is inert (nothing in it can be focused,
// clicked or typed into) and marked busy, and the app replaces it when it mounts: React's first
// render into the host's element replaces what is in it (ReactDOM.render's documented behaviour).
// Kept with the views' data (viewCache): per site and user, size-bounded, removed with them.
// No React here: the web part's main file and the dev host's boot import this.
import { departmentViewKey, readCachedView, writeCachedView } from './components/common/viewCache';
import { parseRoute, routedView, type Route } from './routing/route';

/** What is kept: the host element's contents and the style rules they use. */
export interface ScreenCopy {
  html: string;
  css: string;
}

/** Marks the painted copy; the app's first render removes it with the rest of the host's contents. */
export const SCREEN_COPY_ATTRIBUTE = 'data-screen-copy';
/** An element rendered hidden in the live view and shown in the copy (the "being refreshed" mark:
 * the copy is what the user saw last, shown while the server is asked again). */
export const SHOWN_IN_COPY_ATTRIBUTE = 'data-shown-in-copy';
/** The copy's class names get this prefix: the page's own style rules (SharePoint's page uses the
 * same Fluent class-name generator) cannot reach into it, nor its rules out of it. */
const CLASS_PREFIX = 'uacopy-';
const CLASS_IN_SELECTOR = /\.(-?[_a-zA-Z][\w-]*)/g;

/** The key the copy of a routed department view is kept under. `variant` separates what changes
 * the screen besides the data: the language, the host (SharePoint, Teams and its theme) and the
 * app's version. */
export function screenCopyKey(route: Route | undefined, variant: string): string | undefined {
  const view = routedView(route);
  return view && screenCopyKeyOf(view.departmentId, view.year, variant);
}

/** The screen copy's key for a department view the app shows (see screenCopyKey). */
export function screenCopyKeyOf(departmentId: number, year: number, variant: string): string {
  return `screen:${variant}:${departmentViewKey(departmentId, year)}`;
}

function elementsOf(root: Element): Element[] {
  return [root, ...Array.from(root.querySelectorAll('*'))];
}

/** The style rules (from the page's readable style sheets) whose selectors name one of `classes`,
 * with those class names prefixed; font faces the kept rules name; media and supports blocks
 * around kept rules. A sheet from another origin cannot be read, and is skipped. */
function rulesFor(classes: ReadonlySet<string>, sheets: StyleSheetList): string {
  const kept: string[] = [];
  const fonts: Array<{ family: string; text: string }> = [];
  const rename = (selector: string): string =>
    selector.replace(CLASS_IN_SELECTOR, (whole, name: string) => (classes.has(name) ? `.${CLASS_PREFIX}${name}` : whole));
  const walk = (rules: CSSRuleList): string[] => {
    const out: string[] = [];
    for (const rule of Array.from(rules)) {
      if ('selectorText' in rule) {
        const style = rule as CSSStyleRule;
        const names = Array.from(style.selectorText.matchAll(CLASS_IN_SELECTOR), (m) => m[1]);
        if (names.some((n) => classes.has(n))) out.push(`${rename(style.selectorText)} { ${style.style.cssText} }`);
      } else if ('media' in rule && 'cssRules' in rule) {
        const inner = walk((rule as CSSMediaRule).cssRules);
        if (inner.length > 0) out.push(`@media ${(rule as CSSMediaRule).media.mediaText} { ${inner.join(' ')} }`);
      } else if ('containerName' in rule) {
        continue; // a container query: its condition is not a @supports one, and the view has none
      } else if ('conditionText' in rule && 'cssRules' in rule) {
        const inner = walk((rule as CSSSupportsRule).cssRules);
        if (inner.length > 0) out.push(`@supports ${(rule as CSSSupportsRule).conditionText} { ${inner.join(' ')} }`);
      } else if (rule.cssText.startsWith('@font-face')) {
        const family = (rule as CSSFontFaceRule).style.getPropertyValue('font-family').replace(/["']/g, '').trim();
        fonts.push({ family, text: rule.cssText });
      }
    }
    return out;
  };
  for (const sheet of Array.from(sheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet (a CDN's): not readable, and not ours
    }
    kept.push(...walk(rules));
  }
  const text = kept.join('\n');
  // The icon font's face (Fluent's icons are characters of a font the page registers).
  const faces = fonts.filter((f) => f.family !== '' && text.includes(f.family)).map((f) => f.text);
  return [...faces, text].join('\n');
}

/** Copies what `host` shows: its elements without ids (the live app has them), with the values of
 * its fields, the class names prefixed, and the style rules they use. */
export function copyScreen(host: HTMLElement, sheets: StyleSheetList = document.styleSheets): ScreenCopy {
  const clone = host.cloneNode(true) as HTMLElement;
  const live = elementsOf(host);
  const copied = elementsOf(clone);
  const classes = new Set<string>();
  copied.forEach((element, i) => {
    // A copy of a copy (the app has not replaced the painted one yet) is not kept: removed below.
    if (element.closest(`[${SCREEN_COPY_ATTRIBUTE}]`) !== null) return;
    const original = live[i];
    element.removeAttribute('id');
    if (element.hasAttribute(SHOWN_IN_COPY_ATTRIBUTE)) element.removeAttribute('hidden');
    // A password's value is not kept (none is on the view; said here for what may come).
    if (original instanceof HTMLInputElement) element.setAttribute('value', original.type === 'password' ? '' : original.value);
    else if (original instanceof HTMLTextAreaElement) element.textContent = original.value;
    else if (original instanceof HTMLOptionElement) element.toggleAttribute('selected', original.selected);
    const names = element.getAttribute('class');
    if (names) {
      const tokens = names.split(/\s+/).filter(Boolean);
      tokens.forEach((t) => classes.add(t));
      element.setAttribute('class', tokens.map((t) => CLASS_PREFIX + t).join(' '));
    }
  });
  clone.querySelectorAll(`[${SCREEN_COPY_ATTRIBUTE}]`).forEach((e) => e.remove());
  return { html: clone.innerHTML, css: rulesFor(classes, sheets) };
}

const UNSAFE_ELEMENTS = 'script,iframe,frame,object,embed,link,meta,base,style,template';

/** What the stored copy may not bring into the page, though only this app's own code writes it:
 * script elements, frames, event-handler attributes, script URLs. */
function sanitize(root: DocumentFragment): void {
  root.querySelectorAll(UNSAFE_ELEMENTS).forEach((e) => e.remove());
  root.querySelectorAll('*').forEach((element) => {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      // As a browser reads a URL: without control characters and spaces around it, or tabs and
      // newlines within it (https://url.spec.whatwg.org/#concept-basic-url-parser).
      const url = Array.from(attribute.value)
        .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
        .join('');
      const scripted = /^(javascript|vbscript|data):/i.test(url) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(name);
      if (name.startsWith('on') || scripted) element.removeAttribute(attribute.name);
    }
  });
}

function isScreenCopy(value: unknown): value is ScreenCopy {
  return typeof value === 'object' && value !== null && typeof (value as ScreenCopy).html === 'string' && typeof (value as ScreenCopy).css === 'string';
}

/** Paints the copy kept for `key` under `scope` into `host`, inert, hidden from assistive
 * technology and marked busy; false when none
 * is kept. The app's first render replaces it (and removeScreenCopy when the app cannot mount). */
export function paintScreenCopy(host: HTMLElement, scope: string, key: string | undefined): boolean {
  const copy = key === undefined ? undefined : readCachedView<unknown>(scope, key);
  if (!isScreenCopy(copy)) return false;
  const template = document.createElement('template');
  template.innerHTML = copy.html;
  sanitize(template.content);
  const holder = document.createElement('div');
  holder.setAttribute(SCREEN_COPY_ATTRIBUTE, '');
  // Inert: nothing in it can be focused or clicked. Hidden from assistive technology as well (inert
  // content is, in Chromium; said explicitly for the others): it is a picture of the page for the
  // moment until the app, which such users then get, replaces it.
  holder.setAttribute('inert', '');
  holder.setAttribute('aria-hidden', 'true');
  holder.setAttribute('aria-busy', 'true');
  const style = document.createElement('style');
  style.textContent = copy.css;
  holder.append(style, template.content);
  host.appendChild(holder);
  return true;
}

/** Removes a painted copy (the app could not mount: its error takes the place). */
export function removeScreenCopy(host: HTMLElement): void {
  host.querySelectorAll(`:scope > [${SCREEN_COPY_ATTRIBUTE}]`).forEach((e) => e.remove());
}

/** How long after a view settles its screen is copied: the parts in chunks of their own (the
 * export button, the stage actions) come in after the data, and the copy should show them. */
const SETTLE_MS = 1000;
/** How long the copy then waits at most for the browser to be idle. */
const IDLE_TIMEOUT_MS = 2000;

/** What a host hands the app (App's onScreenSettled): when a routed department view has rendered
 * fresh data, its screen is copied (under the `scope` and `variant` of that moment) a second later,
 * once the browser is idle: the copy costs a few ms of the main thread, not on the way to anything
 * the user waits for. A newer settle replaces a pending one; a copy is not taken when the page has
 * moved on to another route by then, or shows a view being refreshed. */
export function screenCopier(host: HTMLElement, scope: () => string, variant: () => string): (departmentId: number, year: number) => void {
  let pending: (() => void) | undefined;
  return (departmentId, year) => {
    pending?.();
    const keep = (): void => {
      pending = undefined;
      const key = screenCopyKeyOf(departmentId, year, variant());
      if (screenCopyKey(parseRoute(window.location.hash), variant()) !== key) return;
      if (host.querySelector('[data-testid="view-refreshing"]') !== null) return;
      writeCachedView(scope(), key, copyScreen(host));
    };
    const idle = (): void => {
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(keep, { timeout: IDLE_TIMEOUT_MS });
        pending = () => window.cancelIdleCallback(handle);
      } else keep();
    };
    const timer = window.setTimeout(idle, SETTLE_MS);
    pending = () => window.clearTimeout(timer);
  };
}
