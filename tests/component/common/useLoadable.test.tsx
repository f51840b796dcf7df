// A revisit's view starts from the browser's copy (issue 21): the copy is read once per mount, the
// view renders it once, then once more with the server's answer, never a second time before that.
import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import { useLoadable, type Loadable } from '../../../src/webparts/udviklingsaftaler/components/common/useLoadable';
import { clearCachedViews, readCachedView, writeCachedView } from '../../../src/webparts/udviklingsaftaler/components/common/viewCache';

const SCOPE = 'https://kommune.sharepoint.com/sites/udvikling|anna';
const KEY = 'department:1:2020';

afterEach(() => {
  clearCachedViews();
  jest.restoreAllMocks();
});

function Probe({
  load,
  rendered,
  arrived
}: {
  load: () => Promise<string>;
  rendered: Array<Loadable<string>>;
  arrived?: () => string | undefined;
}): React.ReactElement {
  const [state] = useLoadable(load, [load], { scope: SCOPE, key: KEY }, arrived);
  rendered.push(state);
  return <p>{state.status === 'ready' ? `${state.value}${state.refreshing ? ' (opdateres)' : ''}` : state.status}</p>;
}

it('a mount over the browser copy reads it once and renders it once before the fresh answer', async () => {
  writeCachedView(SCOPE, KEY, 'kopi');
  const getItem = jest.spyOn(Storage.prototype, 'getItem');
  let answer: (value: string) => void = () => undefined;
  const load = (): Promise<string> => new Promise<string>((resolve) => (answer = resolve));
  const rendered: Array<Loadable<string>> = [];

  render(<Probe load={load} rendered={rendered} />);

  expect(screen.getByText('kopi (opdateres)')).toBeTruthy();
  expect(rendered).toEqual([{ status: 'ready', value: 'kopi', refreshing: true }]);
  expect(getItem.mock.calls.filter(([key]) => key === `udviklingsaftaler:view:${KEY}`)).toHaveLength(1);

  await act(async () => answer('frisk'));
  expect(screen.getByText('frisk')).toBeTruthy();
  expect(rendered.map((s) => (s.status === 'ready' ? s.value : s.status))).toEqual(['kopi', 'frisk']);
});

it('a mount without a copy shows loading, then the answer', async () => {
  let answer: (value: string) => void = () => undefined;
  const load = (): Promise<string> => new Promise<string>((resolve) => (answer = resolve));
  const rendered: Array<Loadable<string>> = [];

  render(<Probe load={load} rendered={rendered} />);
  expect(screen.getByText('loading')).toBeTruthy();

  await act(async () => answer('frisk'));
  expect(rendered.map((s) => (s.status === 'ready' ? s.value : s.status))).toEqual(['loading', 'frisk']);
});

// The first mount waits for a read the host started at boot (firstReads.ts readyToMount): an answer
// already in is what the view renders first, fresh, and the read is not asked for again.
it('a mount with an answer already in renders it once, fresh, asks nothing, and keeps it for the next visit', async () => {
  writeCachedView(SCOPE, KEY, 'kopi');
  const load = jest.fn((): Promise<string> => Promise.resolve('igen'));
  const rendered: Array<Loadable<string>> = [];

  render(<Probe load={load} rendered={rendered} arrived={() => 'frisk'} />);
  await act(async () => undefined);

  expect(screen.getByText('frisk')).toBeTruthy();
  expect(rendered).toEqual([{ status: 'ready', value: 'frisk' }]);
  expect(load).not.toHaveBeenCalled();
  expect(readCachedView(SCOPE, KEY)).toBe('frisk');
});

it('a mount whose answer is not in yet reads as before', async () => {
  const load = jest.fn((): Promise<string> => Promise.resolve('frisk'));
  const rendered: Array<Loadable<string>> = [];

  render(<Probe load={load} rendered={rendered} arrived={() => undefined} />);
  await act(async () => undefined);

  expect(load).toHaveBeenCalledTimes(1);
  expect(rendered.map((s) => (s.status === 'ready' ? s.value : s.status))).toEqual(['loading', 'frisk']);
});
