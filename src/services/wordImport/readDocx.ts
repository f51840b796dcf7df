// Reads a .docx into the import's document blocks with mammoth (loaded on demand: this module is
// in the 'word-import-view' chunk, never in the main bundle). Refuses what is not a readable Word
// 2007+ document before mammoth sees it, with a code the UI and the CLI word in Danish:
// - over 20 MB or empty;
// - the old binary .doc and a password-protected .docx: both are OLE compound files (magic
//   D0 CF 11 E0 A1 B1 1A E1, [MS-CFB] 2.2); an encrypted OOXML package holds an "EncryptionInfo"
//   stream ([MS-OFFCRYPTO] 2.3.4.1), a .doc does not;
// - anything else that is not a zip with word/document.xml.
import * as mammoth from 'mammoth';
import type { DocBlock } from '../../domain/wordImport/documentModel';
import { htmlToBlocks } from './htmlBlocks';
import { ImportFileError, MAX_IMPORT_BYTES, type ImportFileProblem } from './importErrors';

export { ImportFileError, MAX_IMPORT_BYTES, type ImportFileProblem };

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** "EncryptionInfo" as UTF-16LE, the way a compound file's directory names its streams. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const name = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    for (let k = 0; k < name.length; k++) if (bytes[i + k] !== name[k]) continue outer;
    return true;
  }
  return false;
}

/** The problem with a file's bytes before any parsing, or undefined when it looks like a .docx. */
export function fileProblem(data: ArrayBuffer): ImportFileProblem | undefined {
  if (data.byteLength > MAX_IMPORT_BYTES) return 'tooLarge';
  if (data.byteLength === 0) return 'emptyFile';
  const bytes = new Uint8Array(data);
  if (startsWith(bytes, CFB)) return hasEncryptionInfo(bytes) ? 'passwordProtected' : 'oldDoc';
  if (!startsWith(bytes, ZIP)) return 'notDocx';
  return undefined;
}

/** Word's Title style as the document's title (mammoth maps unknown styles to plain paragraphs). */
const STYLE_MAP = ["p[style-name='Title'] => p.doc-title:fresh", "p[style-name='Titel'] => p.doc-title:fresh"];

export async function readDocx(fileName: string, data: ArrayBuffer): Promise<DocBlock[]> {
  const problem = fileProblem(data);
  if (problem) throw new ImportFileError(problem, fileName);
  let html: string;
  try {
    // The browser build of mammoth reads `arrayBuffer`, the Node build `buffer`: both get the bytes.
    const input = { arrayBuffer: data, buffer: data } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true })).value;
  } catch {
    throw new ImportFileError('notDocx', fileName);
  }
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new ImportFileError('noText', fileName);
  return blocks;
}
