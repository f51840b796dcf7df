import { describe, expect, it } from '@jest/globals';
import { unlocalizedFragments } from '../../../devhost/locales/pseudo';

describe('unlocalizedFragments', () => {
  it('sees through a localized format wrapping a marked value, and still finds text outside every marker', () => {
    expect(unlocalizedFragments('⟦⟦Opfølgning⟧ (békræftét)⟧')).toEqual([]);
    expect(unlocalizedFragments('⟦Štátúš⟧ Godkendt ⟦⟦Opfølgning⟧ (békræftét)⟧ 3')).toEqual(['Godkendt']);
  });
});
