// One file through the import: bytes -> blocks (mammoth) -> mapping (recognition). The UI's lazy
// chunk, the CLI and the tests all call this, so they read a file the same way.
import { recognise, type ImportMapping } from '../../domain/wordImport/recognise';
import { ImportFileError, readDocx } from './readDocx';

export interface ImportedFile {
  fileName: string;
  mapping: ImportMapping;
}

/** Reads and recognises one file; an ImportFileError (with the file's name) when it cannot be imported. */
export async function importDocument(fileName: string, data: ArrayBuffer): Promise<ImportedFile> {
  // The bytes decide, not the name: a renamed .doc or an encrypted package is told apart by its header.
  const blocks = await readDocx(fileName, data);
  const mapping = recognise(blocks);
  if (mapping.goals.every((g) => g.skip)) throw new ImportFileError('noGoals', fileName);
  return { fileName, mapping };
}
