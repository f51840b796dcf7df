// A revisit paints the browser's copy of the view (issue 21): the web part asks for its app chunk at
// the start of onInit, before it builds its services and starts the reads, so the chunk's files
// come from the browser's cache meanwhile. A first visit asks for it only once the reads are on
// the wire (mountFirst), so the chunk's compiling does not hold the first request back.
import { paintsFromCopy } from '../../../src/webparts/udviklingsaftaler/firstReads';
import { parseRoute } from '../../../src/webparts/udviklingsaftaler/routing/route';
import { clearCachedViews, departmentViewKey, writeCachedView } from '../../../src/webparts/udviklingsaftaler/components/common/viewCache';

// When the app chunk's module is first asked for (jest evaluates a module on its first import).
const mockAsked: string[] = [];
jest.mock('../../../src/webparts/udviklingsaftaler/appChunk', () => {
  mockAsked.push('app chunk');
  return jest.requireActual('../../../src/webparts/udviklingsaftaler/appChunk');
});

type TestableWebPart = { onInit(): Promise<void>; render(): void; domElement: HTMLElement };

/** The web part's class from a fresh module registry: its app chunk not yet asked for. */
function freshWebPart(): TestableWebPart {
  let instance: TestableWebPart | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy per test
    const { default: WebPart } = require('../../../src/webparts/udviklingsaftaler/UdviklingsaftalerWebPart') as { default: new () => TestableWebPart };
    instance = new WebPart();
  });
  if (!instance) throw new Error('no web part');
  return instance;
}

// The stand-in SPFx context's site and user (tests/__mocks__/sp-webpart-base.ts).
const SCOPE = 'https://kommune.sharepoint.com/sites/udvikling|i:0#.f|membership|redaktoer@kommune.dk';

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  mockAsked.length = 0;
  clearCachedViews();
  window.location.hash = '';
  document.body.innerHTML = '';
});

describe("the web part's app chunk on a revisit (issue 21)", () => {
  it('is asked for during onInit when the browser keeps a copy of the routed view', async () => {
    window.location.hash = '#/afdeling/10/2020';
    writeCachedView(SCOPE, departmentViewKey(10, 2020), { kept: true });
    const webPart = freshWebPart();
    await webPart.onInit();
    await flush();
    // Before render(): the chunk is on its way while the reads start.
    expect(mockAsked).toEqual(['app chunk']);
  });

  it('waits for the reads to leave on a first visit (no copy)', async () => {
    window.location.hash = '#/afdeling/10/2020';
    const webPart = freshWebPart();
    await webPart.onInit();
    await flush();
    expect(mockAsked).toEqual([]);
  });

  it('knows a copy only for the routed department view of the same site and user', () => {
    writeCachedView(SCOPE, departmentViewKey(10, 2020), { kept: true });
    expect(paintsFromCopy(SCOPE, parseRoute('#/afdeling/10/2020'))).toBe(true);
    expect(paintsFromCopy(SCOPE, parseRoute('#/afdeling/10/2021'))).toBe(false);
    expect(paintsFromCopy(`${SCOPE}x`, parseRoute('#/afdeling/10/2020'))).toBe(false);
    expect(paintsFromCopy(SCOPE, parseRoute('#/oversigt/2020'))).toBe(false);
    expect(paintsFromCopy(SCOPE, undefined)).toBe(false);
  });
});
