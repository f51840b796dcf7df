// The three-way merge of a re-import (decision 0011): base = fingerprints of what the earlier
// import wrote, mine = the corrected file, theirs = what is stored now.
import { baseOf, fingerprint, mergeSections, parseImportBase, sectionKey, threeWayMerge } from '../../../src/domain/wordImport/reimportMerge';

const KEYS = ['purpose', 'activities', 'involved', 'trackIds'] as const;
const earlier = { purpose: 'P', activities: 'A', involved: 'I', trackIds: [1, 2] };

describe('threeWayMerge', () => {
  it('takes what only the file changed, keeps what only the app changed, and reports what both changed', () => {
    const mine = { purpose: 'P', activities: 'A from the file', involved: 'I from the file', trackIds: [1, 2] };
    const theirs = { purpose: 'P from the app', activities: 'A', involved: 'I from the app', trackIds: [1, 2] };
    const r = threeWayMerge(KEYS, baseOf(KEYS, earlier), mine, theirs);
    expect(r.apply).toEqual({ activities: 'A from the file' });
    expect(r.conflicts).toEqual([{ key: 'involved', mine: 'I from the file', theirs: 'I from the app' }]);
    // The waiting field keeps the old base, so the next import still sees both changes.
    expect(r.base.involved).toBe(fingerprint('I'));
    expect(r.base.activities).toBe(fingerprint('A from the file'));
    expect(r.base.purpose).toBe(fingerprint('P'));
  });

  it("applies the user's choice and then counts the file's value as answered", () => {
    const mine = { ...earlier, involved: 'file' };
    const theirs = { ...earlier, involved: 'app' };
    expect(threeWayMerge(KEYS, baseOf(KEYS, earlier), mine, theirs, { 'g:involved': 'mine' }, (k) => `g:${k}`).apply).toEqual({ involved: 'file' });
    const kept = threeWayMerge(KEYS, baseOf(KEYS, earlier), mine, theirs, { 'g:involved': 'theirs' }, (k) => `g:${k}`);
    expect(kept.apply).toEqual({});
    expect(kept.conflicts).toEqual([]);
    // Answered: the same file again finds the app's value changed only in the app.
    expect(threeWayMerge(KEYS, kept.base, mine, theirs)).toMatchObject({ apply: {}, conflicts: [] });
  });

  it('treats empty, absent and [] as one, and the same value on both sides as no change', () => {
    const r = threeWayMerge(KEYS, baseOf(KEYS, { purpose: '' }), { purpose: undefined, trackIds: [] }, { purpose: '', trackIds: undefined });
    expect(r).toMatchObject({ apply: {}, conflicts: [] });
    expect(threeWayMerge(KEYS, baseOf(KEYS, earlier), { ...earlier, purpose: 'same' }, { ...earlier, purpose: 'same' })).toMatchObject({
      apply: {},
      conflicts: []
    });
  });

  it('without a base, fills only what is empty and never overwrites a filled value', () => {
    const r = threeWayMerge(
      KEYS,
      undefined,
      { purpose: 'file', activities: 'file', involved: undefined },
      { purpose: undefined, activities: 'app', involved: 'app' }
    );
    expect(r.apply).toEqual({ purpose: 'file' });
    expect(r.conflicts.map((c) => c.key)).toEqual(['activities']);
  });
});

describe('mergeSections', () => {
  const base = mergeSections(
    undefined,
    [
      { heading: 'Arbejdsmiljø', body: 'a' },
      { heading: 'Kultur', body: 'k' }
    ],
    []
  ).base;

  it('merges each free section by its heading', () => {
    const r = mergeSections(
      base,
      [
        { heading: 'Arbejdsmiljø', body: 'a from the file' },
        { heading: 'Kultur', body: 'k from the file' },
        { heading: 'Nyt', body: 'n' }
      ],
      [
        { heading: 'Kultur', body: 'k from the app' },
        { heading: 'Arbejdsmiljø', body: 'a' },
        { heading: 'Appens eget', body: 'x' }
      ]
    );
    expect(r.sections).toEqual([
      { heading: 'Kultur', body: 'k from the app' },
      { heading: 'Arbejdsmiljø', body: 'a from the file' },
      { heading: 'Appens eget', body: 'x' },
      { heading: 'Nyt', body: 'n' }
    ]);
    expect(r.conflicts).toEqual([{ key: sectionKey('Kultur'), heading: 'Kultur', mine: 'k from the file', theirs: 'k from the app' }]);
    expect(r.changed).toBe(true);
  });

  it('removes a section the file dropped only when nobody changed it in the app', () => {
    const r = mergeSections(
      base,
      [{ heading: 'Kultur', body: 'k' }],
      [
        { heading: 'Arbejdsmiljø', body: 'a' },
        { heading: 'Kultur', body: 'k' }
      ]
    );
    expect(r.sections).toEqual([{ heading: 'Kultur', body: 'k' }]);
    const edited = mergeSections(
      base,
      [{ heading: 'Kultur', body: 'k' }],
      [
        { heading: 'Arbejdsmiljø', body: 'a edited' },
        { heading: 'Kultur', body: 'k' }
      ]
    );
    // Dropped in the file, edited in the app: kept until the user chooses.
    expect(edited.sections).toHaveLength(2);
    expect(edited.conflicts.map((c) => c.heading)).toEqual(['Arbejdsmiljø']);
    const choose = (choice: 'mine' | 'theirs') =>
      mergeSections(
        base,
        [{ heading: 'Kultur', body: 'k' }],
        [
          { heading: 'Arbejdsmiljø', body: 'a edited' },
          { heading: 'Kultur', body: 'k' }
        ],
        { [sectionKey('Arbejdsmiljø')]: choice }
      );
    expect(choose('theirs').sections).toHaveLength(2);
    expect(choose('mine').sections).toEqual([{ heading: 'Kultur', body: 'k' }]);
  });
});

describe('parseImportBase', () => {
  it('reads a map of strings and nothing else', () => {
    expect(parseImportBase('{"title":"abc"}')).toEqual({ title: 'abc' });
    expect(parseImportBase(undefined)).toBeUndefined();
    expect(parseImportBase('not json')).toBeUndefined();
    expect(parseImportBase('[1]')).toBeUndefined();
    expect(parseImportBase('{"title":1}')).toBeUndefined();
  });
});
