// Print rules of the Dokument view. On paper only the agreement shows: every element that neither
// is the document, lies inside it, nor contains it is hidden, which takes away the app header, the
// dev host bar, the view's buttons and SharePoint's or Teams' own chrome without knowing their
// markup. Each goal starts a page as in the seed documents; rows and small tables are not split;
// black on white whatever the theme.
export const DOCUMENT_CLASS = 'ua-document';
export const GOAL_CLASS = 'ua-document-goal';
export const KEEP_TOGETHER_CLASS = 'ua-document-keep';
export const NO_PRINT_CLASS = 'ua-no-print';

const PRINT_CSS = `
@media print {
  @page { margin: 18mm 16mm; }
  body *:not(:has(.${DOCUMENT_CLASS})):not(.${DOCUMENT_CLASS}):not(.${DOCUMENT_CLASS} *) { display: none !important; }
  .${NO_PRINT_CLASS} { display: none !important; }
  html, body { background: #fff !important; }
  body *:has(.${DOCUMENT_CLASS}) { margin: 0 !important; padding: 0 !important; border: 0 !important; background: #fff !important; box-shadow: none !important; }
  .${DOCUMENT_CLASS}, .${DOCUMENT_CLASS} * { color: #000 !important; background: #fff !important; box-shadow: none !important; }
  .${DOCUMENT_CLASS} { max-width: none !important; font-size: 11pt; }
  .${DOCUMENT_CLASS} .${GOAL_CLASS} { break-before: page; page-break-before: always; }
  .${DOCUMENT_CLASS} h1, .${DOCUMENT_CLASS} h2, .${DOCUMENT_CLASS} h3, .${DOCUMENT_CLASS} h4, .${DOCUMENT_CLASS} caption { break-after: avoid; page-break-after: avoid; }
  .${DOCUMENT_CLASS} tr, .${DOCUMENT_CLASS} .${KEEP_TOGETHER_CLASS} { break-inside: avoid; page-break-inside: avoid; }
  .${DOCUMENT_CLASS} thead { display: table-header-group; }
  .${DOCUMENT_CLASS} th, .${DOCUMENT_CLASS} td { border-color: #000 !important; }
}
`;

const STYLE_ID = 'ua-document-print-styles';

/** Adds the print rules to the page once; they only match while a document is rendered. */
export function ensurePrintStyles(doc: Document = document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.media = 'print';
  style.textContent = PRINT_CSS;
  doc.head.appendChild(style);
}
