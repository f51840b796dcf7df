/**
 * @jest-environment node
 */
// Issue 19, bad input: each refusal names the file and has its own code (the UI and the CLI word
// it in Danish); nothing is recognised, so nothing can be written.
import { Document, Packer, Paragraph } from 'docx';
import { importDocument } from '../../../src/services/wordImport/importDocument';
import { ImportFileError, MAX_IMPORT_BYTES, fileProblem } from '../../../src/services/wordImport/readDocx';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function compoundFile(streamName?: string): ArrayBuffer {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB, 0);
  if (streamName)
    bytes.set(
      Array.from(streamName).flatMap((c) => [c.charCodeAt(0), 0]),
      1024
    );
  else
    bytes.set(
      Array.from('WordDocument').flatMap((c) => [c.charCodeAt(0), 0]),
      1024
    );
  return bytes.buffer;
}

async function docx(paragraphs: string[]): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(new Document({ sections: [{ children: paragraphs.map((t) => new Paragraph(t)) }] }));
}

async function refusal(name: string, data: ArrayBuffer): Promise<ImportFileError> {
  try {
    await importDocument(name, data);
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error(`${name} was imported`);
}

describe('Word import refuses bad input', () => {
  it('refuses a file that is not a Word document (a text file renamed .docx)', async () => {
    const e = await refusal('notes.docx', new TextEncoder().encode('Udviklingsaftale 2023').buffer as ArrayBuffer);
    expect(e.code).toBe('notDocx');
    expect(e.fileName).toBe('notes.docx');
  });

  it('refuses a zip that is not a .docx', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await refusal('archive.docx', bytes.buffer)).code).toBe('notDocx');
  });

  it('tells the old .doc format from a password-protected .docx (both compound files)', async () => {
    expect((await refusal('aftale-2015.doc', compoundFile())).code).toBe('oldDoc');
    expect((await refusal('aftale-2023.docx', compoundFile('EncryptionInfo'))).code).toBe('passwordProtected');
  });

  it('refuses an empty file and a document without text', async () => {
    expect((await refusal('tom.docx', new ArrayBuffer(0))).code).toBe('emptyFile');
    expect((await refusal('blank.docx', await docx([]))).code).toBe('noText');
  });

  it('refuses a file over 20 MB before reading it', () => {
    expect(fileProblem(new ArrayBuffer(MAX_IMPORT_BYTES + 1))).toBe('tooLarge');
    expect(fileProblem(new ArrayBuffer(MAX_IMPORT_BYTES))).not.toBe('tooLarge');
  });

  it('refuses a document with no recognisable goals', async () => {
    const e = await refusal('referat.docx', await docx(['Referat af LMU-møde', 'Punkt 1: Godkendelse af dagsorden', 'Punkt 2: Eventuelt']));
    expect(e.code).toBe('noGoals');
  });
});
