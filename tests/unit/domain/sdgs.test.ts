import { describe, expect, it } from '@jest/globals';
import { SDGS, isSdgNumber, sdgLabel } from '../../../src/domain';

describe('UN SDGs', () => {
  it('has the 17 goals numbered 1-17 with the Danish names used in the 2023 annex', () => {
    expect(SDGS.map((s) => s.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(sdgLabel(7)).toBe('7. Bæredygtig energi');
    expect(sdgLabel(12)).toBe('12. Ansvarligt forbrug og produktion');
    expect(sdgLabel(13)).toBe('13. Klimaindsats');
  });

  it('rejects numbers outside 1-17', () => {
    expect(isSdgNumber(0)).toBe(false);
    expect(isSdgNumber(17)).toBe(true);
    expect(isSdgNumber(2.5)).toBe(false);
    expect(() => sdgLabel(18)).toThrow('Verdensmål 18 findes ikke (gyldige numre er 1-17).');
  });
});
