/** Bytes sent as base64 (`packets:read`) as a PDF Blob. */
export function pdfBlobOf(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: 'application/pdf' });
}

/** How long a Blob URL lives: long enough for the browser to start the download or open the tab. */
const blobUrlMs = 60_000;

/** Saves a PDF through the browser's own download, under the name the backend gave it. */
export function downloadPdf(fileName: string, base64: string, doc: Document = document): void {
  downloadBlob(fileName, pdfBlobOf(base64), doc);
}

/**
 * Saves a file through the browser's own download (a temporary `<a download>`). Used where the
 * desktop app would show its save dialog instead.
 */
export function downloadBlob(fileName: string, blob: Blob, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), blobUrlMs);
}

/** Shows a PDF in a new browser tab, where the browser's own viewer can print or save it. */
export function openPdf(base64: string, win: Window = window): void {
  const url = URL.createObjectURL(pdfBlobOf(base64));
  win.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), blobUrlMs);
}
