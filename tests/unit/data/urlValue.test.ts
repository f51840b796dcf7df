// URL columns are SP.FieldUrlValue objects both ways (issue #14.3).
import { describe, expect, it } from '@jest/globals';
import { approvalLogMapping } from '../../../src/data/repositories/mappers/approvalLogMapper';
import { fromUrlValue, toUrlValue } from '../../../src/data/repositories/mappers/urlValue';

describe('URL values', () => {
  it('writes {Url, Description}, and null for no URL', () => {
    expect(toUrlValue(' https://intra.kommune.dk/lmu ')).toEqual({ Url: 'https://intra.kommune.dk/lmu', Description: 'https://intra.kommune.dk/lmu' });
    expect(toUrlValue('')).toBeNull();
    expect(toUrlValue(undefined)).toBeNull();
  });

  it('reads the Url of the object; anything else is no URL', () => {
    expect(fromUrlValue({ Url: 'https://intra.kommune.dk/lmu', Description: 'Referat' })).toBe('https://intra.kommune.dk/lmu');
    expect(fromUrlValue(null)).toBeUndefined();
    expect(fromUrlValue({ Url: '' })).toBeUndefined();
  });

  it('the approval log writes MinutesUrl as the object', () => {
    expect(approvalLogMapping.toFields({ minutesUrl: 'https://intra.kommune.dk/lmu' })).toEqual({
      MinutesUrl: { Url: 'https://intra.kommune.dk/lmu', Description: 'https://intra.kommune.dk/lmu' }
    });
  });
});
