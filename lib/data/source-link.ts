/**
 * Where a source link points. A source's `url` often names a branch (`blob/master`) or a live
 * page (a Hugging Face card), which can change after the numbers were taken; its citation names
 * the exact GitHub file and commit (`owner/repo@<40-hex sha>:path`). Links use that file at that
 * commit when the citation names one file; otherwise the source's own url.
 */
const ONE_FILE_AT_COMMIT = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{40}):([^\s,*{}]+)(?=\s|$)/;

export function pinnedSourceUrl(citation: string): string | null {
  const m = ONE_FILE_AT_COMMIT.exec(citation);
  return m ? `https://github.com/${m[1]}/blob/${m[2]}/${m[3].split('/').map(encodeURIComponent).join('/')}` : null;
}

export function sourceLink(source: { url: string; citation: string }): string {
  return pinnedSourceUrl(source.citation) ?? source.url;
}
