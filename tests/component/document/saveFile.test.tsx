import { DOCX_MIME, saveFile } from '../../../src/services/download/saveFile';

// jsdom has no object URLs; the test supplies them to see what saveFile does with them.
describe('saveFile (the download on a SharePoint page and in Teams)', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('clicks a hidden anchor with download and data-interception="off", removes it, and revokes the URL later', () => {
    jest.useFakeTimers();
    const created: Blob[] = [];
    const revoked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:fixture/1';
    };
    URL.revokeObjectURL = (url: string) => void revoked.push(url);
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (e: MouseEvent): void => {
      clicked.push(e.target as HTMLAnchorElement);
      e.preventDefault();
    };
    document.addEventListener('click', onClick);
    saveFile(new Uint8Array([0x50, 0x4b]).buffer, 'Udviklingsaftale 2023 - Staben Økonomi.docx', DOCX_MIME);
    document.removeEventListener('click', onClick);

    expect(clicked).toHaveLength(1);
    expect(clicked[0].getAttribute('download')).toBe('Udviklingsaftale 2023 - Staben Økonomi.docx');
    expect(clicked[0].getAttribute('data-interception')).toBe('off');
    expect(clicked[0].getAttribute('href')).toBe('blob:fixture/1');
    expect(clicked[0].isConnected).toBe(false);
    expect(created[0].type).toBe(DOCX_MIME);
    expect(created[0].size).toBe(2);
    expect(revoked).toEqual([]);
    jest.advanceTimersByTime(30000);
    expect(revoked).toEqual(['blob:fixture/1']);
  });
});
