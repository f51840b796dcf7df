// The one display format for dates (issue 16): "1. december 2023" in text, "01-12-2023" in tables,
// never ISO. Every view, mail and document writes dates through these three.
import { danishDateShort, danishDateText, danishDateTime } from '../../../src/domain/danishDateFormat';
import { danishDate } from '../../../src/domain/documentText';

describe('Danish date display', () => {
  it('writes a day in text as "1. december 2023" and in tables as dd-mm-åååå', () => {
    expect(danishDateText('2023-12-01')).toBe('1. december 2023');
    expect(danishDateText('2023-01-19')).toBe('19. januar 2023');
    expect(danishDateShort('2023-12-01')).toBe('01-12-2023');
    expect(danishDateShort('2023-03-31T10:00:00Z')).toBe('31-03-2023');
  });

  it('returns what is not a date as it is rather than hiding it', () => {
    expect(danishDateText('efterår')).toBe('efterår');
    expect(danishDateText('2023-13-01')).toBe('2023-13-01');
    expect(danishDateShort('')).toBe('');
  });

  it('writes a timestamp in the reader\'s time with "kl." and no ISO', () => {
    const at = new Date(2023, 0, 19, 10, 5).toISOString();
    expect(danishDateTime(at)).toBe('19. januar 2023 kl. 10.05');
    expect(danishDateTime('2023-01-19')).toBe('19. januar 2023');
    expect(danishDateTime(at)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("is the document's date too (one implementation)", () => {
    expect(danishDate).toBe(danishDateText);
  });
});
