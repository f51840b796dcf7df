// Why a file cannot be imported: a code the page and the CLI word in Danish, and the file's name.
// Its own module (no mammoth), so the view can tell a refusal from an error without loading the reader.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ImportFileProblem = 'tooLarge' | 'emptyFile' | 'oldDoc' | 'passwordProtected' | 'notDocx' | 'noText' | 'noGoals';

export class ImportFileError extends Error {
  public constructor(
    public readonly code: ImportFileProblem,
    public readonly fileName: string
  ) {
    super(`${fileName}: ${code}`);
    this.name = 'ImportFileError';
  }
}
