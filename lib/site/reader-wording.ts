/**
 * The curators' wording of data/sources.csv and source-notes.ts, rewritten for readers of the
 * site. The shipped files keep the curators' words (what they could and could not read, where
 * they put their copies); the pages say the same thing in neutral terms. The one place that
 * does it: /sources and /citations.json show only what passes through here.
 */

/** [curators' words, readers' words], applied in order. */
const REWRITES: [RegExp, string][] = [
  // Titles.
  [/\s+-\s+NOT retrieved$/, ''],
  [/\s+-\s+NOT read beyond abstract$/, ''],
  [/\(original publication; NOT reachable from this machine\)/, '(original publication)'],
  [/\(checked, NOT used\)/, '(checked, not used)'],
  [/\(vendored copy\)/, '(archived copy)'],
  [/\s+accidentally committed to HELM repo\b/, ' committed to the HELM repository'],
  [/^Curator notes in \.\.\/shared\/data\/bloomz\/models\.csv/, 'Curators’ notes'],
  // What a source contains, and the caveats.
  [/Only directory-listing pages were visible in the docs corpus; no file contents could be read\./, 'Its files were not consulted directly: the numbers here come from the tables published from it.'],
  [
    /Stored pages only expose the abstract \/ first section; appendix tables were not read, so correspondence of xmtf_allres to a numbered paper table is inferred, not verified\./,
    'Which numbered table of the paper the all-results notebook corresponds to is inferred, not verified.',
  ],
  [/Only the abstract was read by the curators; which/, 'Which'],
  [/Only abstract-level pages were found in the stored pages corpus; no per-model numeric table was extracted from the paper\./, 'No numbers were taken from the paper itself.'],
  [/Not fetched directly \(no internet\); reached via the mirrors below\./, 'Reached through the mirrors listed below.'],
  [/Not readable from this project’s sources:/, 'Not available to this dashboard:'],
  [/ and were not checked against a fetched source \(the curator says so\)/, ', not checked against a published source'],
  [/\s*Raw: raw\/[^\n]*$/, ''],
  [/\s*Copied to raw\/\S+\/?\.?/g, ''],
  [/\s*Not copied\./, ''],
  [/\s*Cited in results\.csv column source\./, ''],
  [/ into \.\.\/shared\/data\/\S+$/, ''],
  [/^\.\.\/shared\/data\/bloomz\/README\.md, section 7 \(models\.csv\)$/, 'the curators’ README of the BLOOMZ data, section 7 (models)'],
];

/** A title, description, citation or note of the curators, in the words shown to readers. */
export function forReaders(text: string): string {
  return REWRITES.reduce((t, [from, to]) => t.replace(from, to), text).trim();
}
