/**
 * Saves a blob as a file. Apart from the image export, so pages that only download a CSV
 * (and every chart page, before its first download) do not load the SVG and PNG code.
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
