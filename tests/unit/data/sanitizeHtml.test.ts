/**
 * @jest-environment jsdom
 */
import { describe, expect, it } from '@jest/globals';
import { sanitizeHtml } from '../../../src/data/repositories/sanitizeHtml';

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers and javascript: links', () => {
    const dirty = '<p onclick="steal()">Mål <b>1</b><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a></p>';
    const clean = sanitizeHtml(dirty);
    expect(clean).not.toMatch(/script|onclick|onerror|javascript:|<img/i);
    expect(clean).toContain('<b>1</b>');
  });

  it('keeps only http(s) hrefs (the one link rule), the link text stays', () => {
    for (const href of ['mailto:x@k.dk', '/sites/lmu/referat.docx', 'data:text/html,x', 'vbscript:x', ' jav&#x09;ascript:alert(1)']) {
      expect(sanitizeHtml(`<a href="${href}">Referat</a>`)).toBe('<a>Referat</a>');
    }
  });

  it('keeps ordinary formatting and links', () => {
    expect(sanitizeHtml('<ul><li>Aktivitet</li></ul><a href="https://kommune.dk/x">Referat</a>')).toBe(
      '<ul><li>Aktivitet</li></ul><a href="https://kommune.dk/x">Referat</a>'
    );
  });
});
