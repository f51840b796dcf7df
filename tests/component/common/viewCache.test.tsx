// The browser's copy of the last views (issue 21): one site and user at a time, bounded in size.
import { clearCachedViews, readCachedView, writeCachedView } from '../../../src/webparts/udviklingsaftaler/components/common/viewCache';

beforeEach(() => window.localStorage.clear());

it('gives back what was kept, for the same scope only', () => {
  writeCachedView('siteA|anna', 'department:1:2020', { title: 'Økonomi' });
  expect(readCachedView('siteA|anna', 'department:1:2020')).toEqual({ title: 'Økonomi' });
  expect(readCachedView('siteA|bo', 'department:1:2020')).toBeUndefined();
  expect(readCachedView('siteB|anna', 'department:1:2020')).toBeUndefined();
});

it('a write under another scope removes everything the previous one kept', () => {
  writeCachedView('siteA|anna', 'a', 1);
  writeCachedView('siteA|anna', 'b', 2);
  writeCachedView('siteB|anna', 'c', 3);
  expect(readCachedView('siteA|anna', 'a')).toBeUndefined();
  expect(Object.keys(window.localStorage).sort()).toEqual(['udviklingsaftaler:view:c', 'udviklingsaftaler:view:index']);
});

it('stays within its bound: the oldest entries go first, and a value larger than the bound is not kept', () => {
  const big = 'x'.repeat(400);
  writeCachedView('s', 'one', big, 1000);
  writeCachedView('s', 'two', big, 1000);
  writeCachedView('s', 'three', big, 1000);
  expect(readCachedView('s', 'one')).toBeUndefined();
  expect(readCachedView('s', 'two')).toBe(big);
  expect(readCachedView('s', 'three')).toBe(big);
  writeCachedView('s', 'huge', 'y'.repeat(2000), 1000);
  expect(readCachedView('s', 'huge')).toBeUndefined();
  expect(readCachedView('s', 'three')).toBe(big);
});

it('a full browser storage costs the copy, never the caller', () => {
  const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  expect(() => writeCachedView('s', 'k', { a: 1 })).not.toThrow();
  setItem.mockRestore();
  expect(readCachedView('s', 'k')).toBeUndefined();
});

it('clearCachedViews removes every entry', () => {
  writeCachedView('s', 'k', 1);
  clearCachedViews();
  expect(Object.keys(window.localStorage)).toEqual([]);
});
