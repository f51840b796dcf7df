import { describe, expect, it } from '@jest/globals';
import { isSafeHttpUrl, safeHttpUrl } from '../../../src/domain/safeUrl';

describe('links from stored data', () => {
  it('keeps absolute http and https addresses as they were stored (trimmed)', () => {
    expect(safeHttpUrl('https://kommune.sharepoint.com/sites/lmu/Referat.docx')).toBe('https://kommune.sharepoint.com/sites/lmu/Referat.docx');
    expect(safeHttpUrl('  http://intra.kommune.local/referat?id=3#p2 ')).toBe('http://intra.kommune.local/referat?id=3#p2');
    expect(safeHttpUrl('HTTPS://K.DK/x')).toBe('HTTPS://K.DK/x');
  });

  it.each([
    'javascript:alert(document.cookie)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\njavascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///C:/referat.docx',
    'mailto:lmu@kommune.dk',
    '//evil.example/x',
    '/sites/lmu/referat.docx',
    'referat.docx',
    'https://',
    'http:/\\/',
    '',
    '   '
  ])('refuses %j as a link', (value) => {
    expect(safeHttpUrl(value)).toBeUndefined();
    expect(isSafeHttpUrl(value)).toBe(false);
  });

  it('gives undefined for missing values', () => {
    expect(safeHttpUrl(undefined)).toBeUndefined();
    expect(safeHttpUrl(null)).toBeUndefined();
  });
});
