// The copy of the screen kept for a revisit's first paint (issue 21): what is copied, what is
// painted (and what a stored copy may not bring into the page), and when the copy is taken.
import * as React from 'react';
import { render } from '@testing-library/react';
import {
  copyScreen,
  paintScreenCopy,
  removeScreenCopy,
  screenCopier,
  screenCopyKey,
  screenCopyKeyOf,
  SCREEN_COPY_ATTRIBUTE,
  SHOWN_IN_COPY_ATTRIBUTE
} from '../../../src/webparts/udviklingsaftaler/screenCopy';
import type { ScreenCopy } from '../../../src/webparts/udviklingsaftaler/screenCopy';
import { readCachedView, writeCachedView } from '../../../src/webparts/udviklingsaftaler/components/common/viewCache';
import { parseRoute } from '../../../src/webparts/udviklingsaftaler/routing/route';
import type { Route } from '../../../src/webparts/udviklingsaftaler/routing/route';

const SCOPE = 'siteA|anna';
const ENTRY_PREFIX = 'udviklingsaftaler:view:';

/** A host element in the page, as the web part's domElement is. */
function makeHost(html = ''): HTMLDivElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.appendChild(host);
  return host;
}

/** The copy's html as elements, parsed without running or loading anything. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** A style sheet of the page (as Fluent's and the bundle's are), removed after the test. */
function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  return style;
}

const added: HTMLStyleElement[] = [];
afterEach(() => {
  added.splice(0).forEach((s) => s.remove());
  document.body.innerHTML = '';
});

describe('copyScreen', () => {
  it('prefixes every class token and drops ids, leaving the live DOM as it is', () => {
    const host = makeHost('<div id="root" class="ms-Stack  row"><span id="title" class="title">Økonomi</span></div>');
    const { html } = copyScreen(host);
    const copy = parse(html);
    expect(copy.querySelector('div')?.getAttribute('class')).toBe('uacopy-ms-Stack uacopy-row');
    expect(copy.querySelector('span')?.getAttribute('class')).toBe('uacopy-title');
    expect(copy.querySelector('span')?.textContent).toBe('Økonomi');
    expect(copy.querySelectorAll('[id]')).toHaveLength(0);
    expect(html).not.toContain('id=');
    // The live app keeps its ids and class names.
    expect(host.querySelector('#root')?.getAttribute('class')).toBe('ms-Stack  row');
    expect(host.querySelector('#title')?.getAttribute('class')).toBe('title');
  });

  it('shows the "being refreshed" mark in the copy only', () => {
    const host = makeHost(`<p class="status" hidden ${SHOWN_IN_COPY_ATTRIBUTE}="">Opdaterer …</p><p class="other" hidden>Skjult</p>`);
    const copy = parse(copyScreen(host).html);
    expect(copy.querySelector(`[${SHOWN_IN_COPY_ATTRIBUTE}]`)?.hasAttribute('hidden')).toBe(false);
    // Hidden elements without the mark stay hidden.
    expect(copy.querySelector('.uacopy-other')?.hasAttribute('hidden')).toBe(true);
    expect(host.querySelector(`[${SHOWN_IN_COPY_ATTRIBUTE}]`)?.hasAttribute('hidden')).toBe(true);
  });

  it("keeps the fields' current values, not the ones they were rendered with", () => {
    const host = makeHost();
    render(
      <form>
        <input data-testid="name" defaultValue="rendered" />
        <textarea data-testid="note" defaultValue="rendered note" />
        <select data-testid="year" defaultValue="2023">
          <option value="2022">2022</option>
          <option value="2023">2023</option>
        </select>
      </form>,
      { container: host }
    );
    (host.querySelector('input') as HTMLInputElement).value = 'typed';
    (host.querySelector('textarea') as HTMLTextAreaElement).value = 'edited <b>note</b>';
    (host.querySelector('select') as HTMLSelectElement).value = '2022';

    const { html } = copyScreen(host);
    const copy = parse(html);
    expect(copy.querySelector('input')?.getAttribute('value')).toBe('typed');
    expect(html).not.toContain('rendered');
    expect(copy.querySelector('textarea')?.textContent).toBe('edited <b>note</b>');
    expect(copy.querySelector('textarea')?.children).toHaveLength(0); // text, not markup
    const selected = Array.from(copy.querySelectorAll('option'), (o) => [o.value, o.hasAttribute('selected')]);
    expect(selected).toEqual([
      ['2022', true],
      ['2023', false]
    ]);
    // What the live fields show is untouched.
    expect((host.querySelector('input') as HTMLInputElement).value).toBe('typed');
    expect((host.querySelector('select') as HTMLSelectElement).value).toBe('2022');
  });

  it("does not keep a password field's value", () => {
    const host = makeHost('<input type="password" class="p"><input type="text" class="t">');
    const [password, text] = Array.from(host.querySelectorAll('input'));
    password.value = 'hemmeligt';
    text.value = 'synligt';
    const { html } = copyScreen(host);
    expect(html).not.toContain('hemmeligt');
    expect(html).toContain('value="synligt"');
  });

  it('does not copy a painted copy the app has not replaced yet', () => {
    const host = makeHost('<p class="live">Nu</p>');
    writeCachedView(SCOPE, 'k', { html: '<p class="uacopy-old">Sidst</p>', css: '.uacopy-old { color: red; }' });
    expect(paintScreenCopy(host, SCOPE, 'k')).toBe(true);

    const { html } = copyScreen(host);
    expect(html).toBe('<p class="uacopy-live">Nu</p>');
    expect(html).not.toContain(SCREEN_COPY_ATTRIBUTE);
    expect(html).not.toContain('Sidst');
    // The live DOM still holds the painted copy (removing it is the app's first render's job).
    expect(host.querySelector(`[${SCREEN_COPY_ATTRIBUTE}]`)).not.toBeNull();
  });

  // A painted copy's own <style> is one of the page's sheets while it shows: its rules
  // (.uacopy-old) must not come back as `.uacopy-uacopy-old`.
  it("keeps none of a painted copy's own style rules", () => {
    const host = makeHost('<p class="live">Nu</p>');
    writeCachedView(SCOPE, 'k', { html: '<p class="uacopy-old">Sidst</p>', css: '.uacopy-old { color: red; }' });
    paintScreenCopy(host, SCOPE, 'k');
    expect(copyScreen(host).css).not.toContain('uacopy-old');
  });

  it('keeps the style rules the copied classes use, renamed, and the font faces they name', () => {
    added.push(
      addStyle(
        [
          '.a{color:red}',
          '.b:hover .a{color:blue}',
          '.a .notcopied{margin:1px}',
          '.unused{color:green}',
          '@media (max-width: 600px){.a{color:pink}.unused{color:black}}',
          '@media print{.unused{display:none}}',
          '@supports (display:grid){.b{display:grid}}',
          '@font-face{font-family:"IconFont";src:url(x.woff)}',
          "@font-face{font-family:'OtherFont';src:url(y.woff)}",
          '.icon{font-family:IconFont}'
        ].join('\n')
      )
    );
    const host = makeHost('<div class="b"><span class="a">x</span><i class="icon"></i></div>');

    const { css } = copyScreen(host);

    expect(css.split('\n')).toEqual([
      '@font-face {font-family: "IconFont"; src: url(x.woff);}',
      '.uacopy-a { color: red; }',
      '.uacopy-b:hover .uacopy-a { color: blue; }',
      '.uacopy-a .notcopied { margin: 1px; }',
      '@media (max-width: 600px) { .uacopy-a { color: pink; } }',
      '@supports (display:grid) { .uacopy-b { display: grid; } }',
      '.uacopy-icon { font-family: IconFont; }'
    ]);
    expect(css).not.toContain('unused');
    expect(css).not.toContain('OtherFont');
    expect(css).not.toContain('@media print');
  });

  it('passes over a style sheet it may not read (another origin)', () => {
    const host = makeHost('<span class="a">x</span>');
    const style = addStyle('.a{color:red}');
    added.push(style);
    const unreadable = {
      get cssRules(): CSSRuleList {
        throw new DOMException('cross-origin', 'SecurityError');
      }
    } as unknown as CSSStyleSheet;
    const sheets = [unreadable, style.sheet as CSSStyleSheet] as unknown as StyleSheetList;
    expect(copyScreen(host, sheets).css).toBe('.uacopy-a { color: red; }');
  });
});

describe('paintScreenCopy', () => {
  const stored: ScreenCopy = {
    html: '<div class="uacopy-row" data-testid="row"><span class="uacopy-title">Økonomi</span></div>',
    css: '.uacopy-row { color: red; }'
  };

  it('paints the kept copy into the host, inert, hidden from assistive technology and marked busy', () => {
    writeCachedView(SCOPE, 'k', stored);
    const host = makeHost('<p>before</p>');

    expect(paintScreenCopy(host, SCOPE, 'k')).toBe(true);

    const holders = host.querySelectorAll(`[${SCREEN_COPY_ATTRIBUTE}]`);
    expect(holders).toHaveLength(1);
    const holder = holders[0] as HTMLElement;
    expect(host.lastElementChild).toBe(holder);
    expect(host.firstElementChild?.outerHTML).toBe('<p>before</p>');
    expect(holder.hasAttribute('inert')).toBe(true);
    expect(holder.getAttribute('aria-busy')).toBe('true');
    expect(holder.getAttribute('aria-hidden')).toBe('true');
    expect(holder.firstElementChild?.tagName).toBe('STYLE');
    expect(holder.firstElementChild?.textContent).toBe(stored.css);
    expect(holder.innerHTML).toBe(`<style>${stored.css}</style>${stored.html}`);
  });

  it('paints what copyScreen took from another host', () => {
    const live = makeHost('<div id="x" class="row"><input class="field"></div>');
    (live.querySelector('input') as HTMLInputElement).value = 'typed';
    writeCachedView(SCOPE, screenCopyKeyOf(12, 2023, 'da'), copyScreen(live));
    const host = makeHost();

    expect(paintScreenCopy(host, SCOPE, screenCopyKeyOf(12, 2023, 'da'))).toBe(true);

    const painted = host.querySelector(`[${SCREEN_COPY_ATTRIBUTE}] .uacopy-field`) as HTMLInputElement | null;
    expect(painted?.value).toBe('typed');
    expect(host.querySelector('#x')).toBeNull();
  });

  it.each<[string, () => string | undefined]>([
    ['an unknown key', () => 'other'],
    ['no key (a route with no copy)', () => undefined]
  ])('paints nothing for %s', (_name, key) => {
    writeCachedView(SCOPE, 'k', stored);
    const host = makeHost('<p>before</p>');
    expect(paintScreenCopy(host, SCOPE, key())).toBe(false);
    expect(host.innerHTML).toBe('<p>before</p>');
  });

  it("paints nothing from another site's or user's copy", () => {
    writeCachedView(SCOPE, 'k', stored);
    const host = makeHost('<p>before</p>');
    expect(paintScreenCopy(host, 'siteA|bo', 'k')).toBe(false);
    expect(paintScreenCopy(host, 'siteB|anna', 'k')).toBe(false);
    expect(host.innerHTML).toBe('<p>before</p>');
  });

  it.each<[string, unknown]>([
    ['html that is not a string', { html: 1, css: '' }],
    ['no css', { html: '<p>x</p>' }],
    ['null', null],
    ['a string', '<p>x</p>'],
    ['an array', ['<p>x</p>', '']]
  ])('paints nothing from a stored value with %s', (_name, value) => {
    writeCachedView(SCOPE, 'k', value);
    const host = makeHost('<p>before</p>');
    expect(paintScreenCopy(host, SCOPE, 'k')).toBe(false);
    expect(host.innerHTML).toBe('<p>before</p>');
  });

  it('leaves out scripts, frames, style elements, event handlers and script URLs', () => {
    writeCachedView(SCOPE, 'k', {
      html: [
        '<div class="uacopy-row" data-testid="row" onclick="alert(1)">',
        '<script>alert(1)</script>',
        '<iframe src="https://example.org"></iframe>',
        '<img class="uacopy-pic" src="x" alt="pic" onerror="alert(1)">',
        '<a class="uacopy-link" href="javascript:alert(1)">link</a>',
        '<a class="uacopy-spaced" href="  JavaScript:alert(1)">spaced</a>',
        '<a class="uacopy-fine" href="#/afdeling/12/2023">fine</a>',
        '<form action="javascript:alert(1)"><button formaction="data:text/html,x">b</button></form>',
        '<style>body { display: none; }</style>',
        '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>s</text></a></svg>',
        '</div>'
      ].join(''),
      css: '.uacopy-row { color: red; }'
    });
    const host = makeHost();

    expect(paintScreenCopy(host, SCOPE, 'k')).toBe(true);

    const holder = host.querySelector(`[${SCREEN_COPY_ATTRIBUTE}]`) as HTMLElement;
    expect(holder.querySelectorAll('script, iframe')).toHaveLength(0);
    expect(holder.querySelectorAll('style')).toHaveLength(1); // the holder's own, first
    expect(holder.firstElementChild?.tagName).toBe('STYLE');
    expect(holder.firstElementChild?.textContent).toBe('.uacopy-row { color: red; }');
    expect(Array.from(holder.querySelectorAll('*')).flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith('on')))).toEqual([]);
    expect(holder.innerHTML).not.toMatch(/javascript:|data:/i);

    const row = holder.querySelector('[data-testid="row"]');
    expect(row?.getAttribute('class')).toBe('uacopy-row');
    const img = holder.querySelector('img');
    expect(img?.getAttribute('class')).toBe('uacopy-pic');
    expect(img?.getAttribute('src')).toBe('x');
    expect(img?.getAttribute('alt')).toBe('pic');
    const link = holder.querySelector('a.uacopy-link');
    expect(link?.textContent).toBe('link');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(holder.querySelector('a.uacopy-spaced')?.hasAttribute('href')).toBe(false);
    expect(holder.querySelector('a.uacopy-fine')?.getAttribute('href')).toBe('#/afdeling/12/2023');
    expect(holder.querySelector('form')?.hasAttribute('action')).toBe(false);
    expect(holder.querySelector('button')?.hasAttribute('formaction')).toBe(false);
  });

  // Browsers remove tabs and newlines anywhere in a URL (and C0 controls around it), so
  // "java<TAB>script:" is a script URL.
  it('leaves out a script URL with a tab inside its scheme', () => {
    writeCachedView(SCOPE, 'k', { html: '<a href="java&#9;script:alert(1)">x</a>', css: '' });
    const host = makeHost();
    paintScreenCopy(host, SCOPE, 'k');
    const link = host.querySelector('a') as HTMLAnchorElement;
    expect(link.protocol).not.toBe('javascript:');
  });
});

describe('removeScreenCopy', () => {
  it('removes the painted copy and nothing else', () => {
    writeCachedView(SCOPE, 'k', { html: '<p class="uacopy-x">copy</p>', css: '' });
    const host = makeHost('<p id="keep">first</p>');
    paintScreenCopy(host, SCOPE, 'k');
    host.appendChild(document.createElement('section')).textContent = 'after';
    expect(host.querySelector(`[${SCREEN_COPY_ATTRIBUTE}]`)).not.toBeNull();

    removeScreenCopy(host);

    expect(host.querySelector(`[${SCREEN_COPY_ATTRIBUTE}]`)).toBeNull();
    expect(host.innerHTML).toBe('<p id="keep">first</p><section>after</section>');
  });

  it('is harmless when nothing is painted', () => {
    const host = makeHost('<p>first</p>');
    removeScreenCopy(host);
    expect(host.innerHTML).toBe('<p>first</p>');
  });
});

describe('screenCopyKey', () => {
  it.each<[string, Route | undefined]>([
    ['no route', undefined],
    ['a department view without a department', { view: 'afdeling' }],
    ['a department view without a year', { view: 'afdeling', departmentId: 12 }],
    ['a department view without a department but with a year', { view: 'afdeling', year: 2023 }],
    ['the Word import of a department', { view: 'importer', departmentId: 12, year: 2023 }],
    ['the overview', { view: 'overblik', year: 2023 }],
    ['a goal', { view: 'maal', goalId: 12 }],
    ['a parsed "#/afdeling/12"', parseRoute('#/afdeling/12')]
  ])('has no key for %s', (_name, route) => {
    expect(screenCopyKey(route, 'da')).toBeUndefined();
  });

  it("is the department view's key, per variant", () => {
    const key = screenCopyKey(parseRoute('#/afdeling/12/2023'), 'da|sharePoint|1.0');
    expect(key).toBe(screenCopyKeyOf(12, 2023, 'da|sharePoint|1.0'));
    expect(screenCopyKey({ view: 'afdeling', departmentId: 12, year: 2023 }, 'da|sharePoint|1.0')).toBe(key);
    expect(screenCopyKey({ view: 'afdeling', departmentId: 12, year: 2023 }, 'en|sharePoint|1.0')).not.toBe(key);
    expect(screenCopyKey({ view: 'afdeling', departmentId: 12, year: 2023 }, 'da|teams-dark|1.0')).not.toBe(key);
    expect(screenCopyKey({ view: 'afdeling', departmentId: 12, year: 2024 }, 'da|sharePoint|1.0')).not.toBe(key);
    expect(screenCopyKey({ view: 'afdeling', departmentId: 13, year: 2023 }, 'da|sharePoint|1.0')).not.toBe(key);
  });
});

describe('screenCopier', () => {
  type IdleWindow = { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  const KEY = screenCopyKeyOf(12, 2023, 'da');

  // Every write to the browser's storage, to count the copies written.
  let setItem: jest.SpyInstance;
  beforeEach(() => {
    setItem = jest.spyOn(Storage.prototype, 'setItem');
    window.location.hash = '#/afdeling/12/2023';
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
    setItem.mockRestore();
    window.location.hash = '';
  });
  const entryWrites = (): unknown[][] => setItem.mock.calls.filter(([key]) => key !== `${ENTRY_PREFIX}index`);

  function storedKeys(): string[] {
    return Object.keys(window.localStorage)
      .filter((k) => k !== `${ENTRY_PREFIX}index`)
      .map((k) => k.slice(ENTRY_PREFIX.length));
  }

  function copier(host: HTMLElement, variant = 'da'): (departmentId: number, year: number) => void {
    return screenCopier(
      host,
      () => SCOPE,
      () => variant
    );
  }

  describe('without requestIdleCallback (jsdom has none): a second after the settle', () => {
    beforeEach(() => expect(typeof (window as IdleWindow).requestIdleCallback).toBe('undefined'));

    it('copies the host as it is then, under the scope and variant', () => {
      const host = makeHost('<p class="view">loading</p>');
      copier(host)(12, 2023);
      host.innerHTML = '<p class="view">Økonomi 2023</p>';
      jest.advanceTimersByTime(999);
      expect(storedKeys()).toEqual([]);
      jest.advanceTimersByTime(1);

      expect(storedKeys()).toEqual([KEY]);
      expect(readCachedView<ScreenCopy>(SCOPE, KEY)?.html).toBe('<p class="uacopy-view">Økonomi 2023</p>');
      expect(readCachedView(SCOPE, screenCopyKeyOf(12, 2023, 'en'))).toBeUndefined();
      expect(readCachedView('siteA|bo', KEY)).toBeUndefined();
    });

    it('a newer settle replaces a pending one: one write only', () => {
      const host = makeHost('<p>first</p>');
      const keep = copier(host);

      keep(12, 2023);
      jest.advanceTimersByTime(500);
      host.innerHTML = '<p>second</p>';
      keep(12, 2023);
      jest.advanceTimersByTime(600); // the first settle's second has passed
      expect(entryWrites()).toHaveLength(0);
      jest.advanceTimersByTime(400);

      expect(entryWrites()).toHaveLength(1);
      expect(readCachedView<ScreenCopy>(SCOPE, KEY)?.html).toBe('<p>second</p>');
    });

    it('a settle after the copy was written writes again', () => {
      const host = makeHost('<p>first</p>');
      const keep = copier(host);
      keep(12, 2023);
      jest.advanceTimersByTime(1000);
      host.innerHTML = '<p>second</p>';
      keep(12, 2023);
      jest.advanceTimersByTime(1000);
      expect(entryWrites()).toHaveLength(2);
      expect(readCachedView<ScreenCopy>(SCOPE, KEY)?.html).toBe('<p>second</p>');
    });

    it.each([
      ['another department', '#/afdeling/13/2023'],
      ['another year', '#/afdeling/12/2024'],
      ['a goal', '#/maal/5'],
      ['no route', '']
    ])('copies nothing when the page has moved on to %s by then', (_name, hash) => {
      const host = makeHost('<p>view</p>');
      copier(host)(12, 2023);
      window.location.hash = hash;
      jest.advanceTimersByTime(5000);
      expect(entryWrites()).toHaveLength(0);
      expect(storedKeys()).toEqual([]);
    });

    it('copies nothing while the view shows that it is being refreshed', () => {
      const host = makeHost('<p>view</p>');
      const keep = copier(host);
      keep(12, 2023);
      host.innerHTML = '<div role="status" data-testid="view-refreshing">Opdaterer …</div><p>view</p>';
      jest.advanceTimersByTime(5000);
      expect(storedKeys()).toEqual([]);

      host.innerHTML = '<p>view</p>';
      keep(12, 2023);
      jest.advanceTimersByTime(1000);
      expect(storedKeys()).toEqual([KEY]);
    });
  });

  describe('with requestIdleCallback: a second after the settle, once the browser is idle', () => {
    let idle: Map<number, IdleRequestCallback>;
    let nextHandle: number;
    const request = jest.fn((callback: IdleRequestCallback, _options?: IdleRequestOptions): number => {
      nextHandle += 1;
      idle.set(nextHandle, callback);
      return nextHandle;
    });
    const cancel = jest.fn((handle: number): void => {
      idle.delete(handle);
    });
    const runIdle = (): void => {
      const callbacks = Array.from(idle.values());
      idle.clear();
      callbacks.forEach((c) => c({ didTimeout: false, timeRemaining: () => 50 }));
    };

    beforeEach(() => {
      idle = new Map();
      nextHandle = 0;
      request.mockClear();
      cancel.mockClear();
      Object.assign(window, { requestIdleCallback: request, cancelIdleCallback: cancel });
    });
    afterEach(() => {
      delete (window as IdleWindow).requestIdleCallback;
      delete (window as IdleWindow).cancelIdleCallback;
    });

    it('copies the host as it is when the browser is idle, not when the view settled', () => {
      const host = makeHost('<p>at settle</p>');
      copier(host)(12, 2023);

      jest.advanceTimersByTime(999);
      expect(request).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(request).toHaveBeenCalledTimes(1);
      expect(request.mock.calls[0][1]).toEqual({ timeout: 2000 });
      jest.advanceTimersByTime(10000); // no timer of its own: the browser's timeout
      expect(storedKeys()).toEqual([]);
      host.innerHTML = '<p>at idle</p>';
      runIdle();

      expect(storedKeys()).toEqual([KEY]);
      expect(readCachedView<ScreenCopy>(SCOPE, KEY)?.html).toBe('<p>at idle</p>');
    });

    it('a newer settle cancels the pending idle callback: one write only', () => {
      const host = makeHost('<p>x</p>');
      const keep = copier(host);

      keep(12, 2023);
      jest.advanceTimersByTime(1000);
      keep(12, 2023);
      expect(cancel).toHaveBeenCalledTimes(1);
      expect(cancel).toHaveBeenCalledWith(request.mock.results[0].value);
      jest.advanceTimersByTime(1000);
      expect(request).toHaveBeenCalledTimes(2);
      runIdle();

      expect(entryWrites()).toHaveLength(1);
      expect(storedKeys()).toEqual([KEY]);
    });

    it('a newer settle within the second asks for one idle callback only', () => {
      const host = makeHost('<p>x</p>');
      const keep = copier(host);
      keep(12, 2023);
      jest.advanceTimersByTime(500);
      keep(12, 2023);
      jest.advanceTimersByTime(2000);
      expect(request).toHaveBeenCalledTimes(1);
      runIdle();
      expect(entryWrites()).toHaveLength(1);
    });

    it('copies nothing when the page has moved on while it waited for the browser', () => {
      const host = makeHost('<p>x</p>');
      copier(host)(12, 2023);
      jest.advanceTimersByTime(1000);
      window.location.hash = '#/afdeling/13/2023';
      runIdle();
      expect(storedKeys()).toEqual([]);
    });
  });
});
