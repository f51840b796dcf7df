import { danishNumberText, parseDanishDecimal } from '../../../src/domain';

describe('parseDanishDecimal: one grammar for every number typed', () => {
  it.each([
    ['1.000', 1000],
    ['2,8', 2.8],
    ['1.000,5', 1000.5],
    ['12.345.678', 12345678],
    ['-1,25', -1.25],
    [' 42 ', 42],
    ['1000', 1000],
    ['1000,5', 1000.5],
    ['0,05', 0.05]
  ])('reads %s as %d', (text, value) => {
    expect(parseDanishDecimal(text)).toEqual({ ok: true, value });
  });

  it('reads empty input as no value', () => {
    expect(parseDanishDecimal('')).toEqual({ ok: true, value: undefined });
    expect(parseDanishDecimal('   ')).toEqual({ ok: true, value: undefined });
  });

  it.each(['2.8', '3.14', '1.5000', '1.00'])('refuses %s as ambiguous, in Danish, never reading it silently', (text) => {
    expect(parseDanishDecimal(text)).toEqual({ ok: false, code: 'numberAmbiguous', params: { value: text } });
  });

  it.each(['1,000,5', '2,8 %', 'ca. 3', '1.000.5', ',5', '1,'])('refuses %s as no number', (text) => {
    expect(parseDanishDecimal(text)).toMatchObject({ ok: false, code: 'numberUnreadable' });
  });

  it('shows a number so that it parses back to itself', () => {
    for (const value of [2.8, 1000.5, -3, 1234567]) expect(parseDanishDecimal(danishNumberText(value))).toEqual({ ok: true, value });
  });
});
