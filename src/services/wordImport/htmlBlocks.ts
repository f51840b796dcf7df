// The HTML mammoth writes from a .docx, as the import's document blocks. Mammoth's output is a
// small, well-formed subset (p, h1-h6, ul/ol/li, table/tr/td/th, strong/em/a/br/sup/sub, img), so a
// tokenizer is enough and the same code runs in the browser and in Node (the CLI, the tests)
// without a DOM. Unknown tags keep their text.
import type { DocBlock, DocCell } from '../../domain/wordImport/documentModel';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Token {
  kind: 'open' | 'close' | 'text';
  tag: string;
  attrs: string;
  text: string;
}

function tokens(html: string): Token[] {
  const out: Token[] = [];
  const re = /<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    if (m[5] !== undefined) out.push({ kind: 'text', tag: '', attrs: '', text: decode(m[5]) });
    else {
      const tag = m[2].toLowerCase();
      if (m[1]) out.push({ kind: 'close', tag, attrs: '', text: '' });
      else {
        out.push({ kind: 'open', tag, attrs: m[3], text: '' });
        if (m[4] || tag === 'br' || tag === 'img') out.push({ kind: 'close', tag, attrs: '', text: '' });
      }
    }
  }
  return out;
}

const clean = (text: string): string =>
  text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();

/** Parses mammoth's HTML into blocks; a container (document, cell) collects its own children. */
export function htmlToBlocks(html: string): DocBlock[] {
  const ts = tokens(html);
  let i = 0;

  /** Inline text up to the close of `tag`; `strong` when every character is inside <strong>/<b>. */
  function inline(tag: string): { text: string; strong: boolean } {
    let text = '';
    let strongDepth = 0;
    let plainChars = 0;
    while (i < ts.length) {
      const t = ts[i++];
      if (t.kind === 'close' && t.tag === tag) break;
      if (t.kind === 'text') {
        text += t.text;
        if (strongDepth === 0) plainChars += t.text.trim().length;
      } else if (t.tag === 'strong' || t.tag === 'b') strongDepth += t.kind === 'open' ? 1 : -1;
      else if (t.kind === 'open' && t.tag === 'br') text += '\n';
    }
    const cleaned = clean(text);
    return { text: cleaned, strong: cleaned !== '' && plainChars === 0 };
  }

  function list(tag: string, level: number, into: DocBlock[]): void {
    while (i < ts.length) {
      const t = ts[i++];
      if (t.kind === 'close' && t.tag === tag) return;
      if (t.kind === 'open' && t.tag === 'li') listItem(level, into);
    }
  }

  function listItem(level: number, into: DocBlock[]): void {
    let text = '';
    const nested: DocBlock[] = [];
    while (i < ts.length) {
      const t = ts[i++];
      if (t.kind === 'close' && t.tag === 'li') break;
      if (t.kind === 'open' && (t.tag === 'ul' || t.tag === 'ol')) list(t.tag, level + 1, nested);
      else if (t.kind === 'text') text += t.text;
      else if (t.kind === 'open' && t.tag === 'br') text += '\n';
    }
    if (clean(text) !== '') into.push({ kind: 'listItem', level, text: clean(text).replace(/\n/g, ' ') });
    into.push(...nested);
  }

  function table(): DocBlock {
    const rows: DocCell[][] = [];
    let row: DocCell[] | undefined;
    while (i < ts.length) {
      const t = ts[i++];
      if (t.kind === 'close' && t.tag === 'table') break;
      if (t.kind === 'open' && t.tag === 'tr') rows.push((row = []));
      else if (t.kind === 'open' && (t.tag === 'td' || t.tag === 'th')) {
        const span = Number(/colspan="(\d+)"/.exec(t.attrs)?.[1] ?? '1');
        const cell: DocCell = { blocks: container(t.tag) };
        row?.push(cell);
        // A merged cell is one cell: the columns after it are empty (keeps X marks under their titles).
        for (let k = 1; k < span; k++) row?.push({ blocks: [] });
      }
    }
    return { kind: 'table', rows };
  }

  function container(end: string | undefined): DocBlock[] {
    const out: DocBlock[] = [];
    let loose = '';
    const flushLoose = (): void => {
      if (clean(loose) !== '') out.push({ kind: 'paragraph', text: clean(loose) });
      loose = '';
    };
    while (i < ts.length) {
      const t = ts[i++];
      if (t.kind === 'close' && t.tag === end) break;
      if (t.kind === 'text') {
        loose += t.text;
        continue;
      }
      if (t.kind !== 'open') continue;
      const heading = /^h([1-6])$/.exec(t.tag);
      if (heading) {
        flushLoose();
        const { text } = inline(t.tag);
        if (text) out.push({ kind: 'heading', level: Number(heading[1]), text: text.replace(/\n/g, ' ') });
      } else if (t.tag === 'p') {
        flushLoose();
        const isTitle = /class="[^"]*doc-title/.test(t.attrs);
        const { text, strong } = inline('p');
        if (text) {
          // A line break inside a paragraph is kept as separate paragraphs (the stored text's lines).
          if (isTitle) out.push({ kind: 'title', text: text.replace(/\n/g, ' ') });
          else for (const line of text.split('\n')) if (line.trim()) out.push({ kind: 'paragraph', text: line.trim(), ...(strong ? { strong } : {}) });
        }
      } else if (t.tag === 'ul' || t.tag === 'ol') {
        flushLoose();
        list(t.tag, 0, out);
      } else if (t.tag === 'table') {
        flushLoose();
        out.push(table());
      }
    }
    flushLoose();
    return out;
  }

  return container(undefined);
}
