// Text from the lists is data. Where a view must render rich text as HTML (a goal's description
// pasted from Word), it passes through here first; everything else is rendered as plain text.
import DOMPurify from 'dompurify';
import { safeHttpUrl } from '../../domain/safeUrl';

// Formatting a goal text can legitimately carry; no scripts, styles, forms, frames or media.
const ALLOWED_TAGS = ['p', 'br', 'b', 'strong', 'i', 'em', 'u', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div'];
const ALLOWED_ATTR = ['href', 'title', 'colspan', 'rowspan'];

// The app's one rule for links from stored data (domain/safeUrl.ts): an href stays only when it
// is an absolute http(s) address; otherwise the link text stays and the href goes.
let hooked = false;
function hookLinks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.hasAttribute('href') && safeHttpUrl(node.getAttribute('href')) === undefined) node.removeAttribute('href');
  });
}

export function sanitizeHtml(html: string): string {
  if (!DOMPurify.isSupported) {
    // Without a DOM DOMPurify would hand the input back unchanged; refusing is the safe answer.
    throw new Error('sanitizeHtml needs a DOM (browser or jsdom)');
  }
  hookLinks();
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/)/i
  });
}
