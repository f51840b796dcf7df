// Downloads bytes as a file: Blob, object URL, an anchor with `download`. The anchor carries
// data-interception="off" so SharePoint's page router (and Teams) leave the click to the browser.
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function saveFile(bytes: ArrayBuffer, fileName: string, mimeType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.setAttribute('data-interception', 'off');
  anchor.style.display = 'none';
  doc.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }
}
