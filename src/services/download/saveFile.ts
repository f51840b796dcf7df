// Hands a generated file (the .docx and .xlsx exports) to the browser as a download. Works on a SharePoint page and in Teams
// (desktop and web): a Blob behind an object URL and an anchor with `download`. The anchor carries
// data-interception="off" so SharePoint's page router does not take the click as navigation.

export function saveFile(data: ArrayBuffer | Blob, fileName: string, mimeType: string): void {
  const blob = data instanceof Blob ? data : new Blob([data], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.setAttribute('data-interception', 'off');
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Revoke after the click has been handled: revoking at once cancels the download in some
    // browsers (older Edge/Teams webviews).
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
