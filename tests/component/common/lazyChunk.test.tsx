// A chunk that could not be loaded (the network went after the first paint) is asked for again
// when the user presses the view's "Prøv igen": React.lazy alone kept the failure until a reload.
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { ViewErrorBoundary } from '../../../src/webparts/udviklingsaftaler/components/common/ViewErrorBoundary';
import { lazyChunk } from '../../../src/webparts/udviklingsaftaler/components/common/lazyChunk';
import { StringsProvider } from '../../../src/webparts/udviklingsaftaler/components/strings/StringsContext';
import { loadLocale } from '../../helpers/locales';

const da = loadLocale('da-dk');

const Goals: React.FC<{ count: number }> = ({ count }) => <p>{count} mål</p>;

/** A chunk whose first load fails, as a fetch does when the network is gone, and whose next succeeds. */
function failingOnce(): { load: () => Promise<{ default: React.FC<{ count: number }> }>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('ChunkLoadError: Loading chunk department-controls failed.')) : Promise.resolve({ default: Goals });
    },
    calls: () => calls
  };
}

function renderView(Component: React.ComponentType<{ count: number }>): void {
  render(
    <StringsProvider strings={da}>
      <ViewErrorBoundary resetKey="#/afdeling/1/2020">
        <React.Suspense fallback={<p>Indlæser</p>}>
          <Component count={4} />
        </React.Suspense>
      </ViewErrorBoundary>
    </StringsProvider>
  );
}

describe('lazyChunk', () => {
  // React logs what an error boundary caught; the failure is the point here.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('asks for a chunk again when the view is retried after its load failed', async () => {
    const chunk = failingOnce();
    renderView(lazyChunk(chunk.load));
    fireEvent.click(await screen.findByRole('button', { name: da.Resilience.Retry }));
    expect(await screen.findByText('4 mål')).toBeInTheDocument();
    expect(chunk.calls()).toBe(2);
  });

  it('React.lazy alone keeps the failure: the retry shows the error again (why lazyChunk exists)', async () => {
    const chunk = failingOnce();
    renderView(React.lazy(chunk.load));
    fireEvent.click(await screen.findByRole('button', { name: da.Resilience.Retry }));
    expect(await screen.findByRole('button', { name: da.Resilience.Retry })).toBeInTheDocument();
    expect(screen.queryByText('4 mål')).toBeNull();
    expect(chunk.calls()).toBe(1);
  });

  it('passes its props through to the loaded component', async () => {
    const Lazy = lazyChunk(() => Promise.resolve({ default: Goals }));
    renderView(Lazy);
    expect(await screen.findByText('4 mål')).toBeInTheDocument();
  });
});
