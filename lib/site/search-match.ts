/** The header search's entries and matching, kept free of data imports: it runs in every page's browser bundle. */
export const SEARCH_KINDS = { model: 'model', language: 'language', dataset: 'dataset', scenario: 'HELM scenario' } as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

export interface SearchEntry {
  kind: SearchKind;
  label: string;
  /** Other words it is found by: an id, a code, a native name, a family. */
  also: string[];
  /** Shown beside the label, e.g. "sw · Kiswahili" or "HELM Lite". */
  detail: string;
  href: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** How well an entry matches: exact > starts with > a word starts with > contains; 0: no match. */
function score(entry: SearchEntry, q: string): number {
  let best = 0;
  for (const [i, text] of [entry.label, ...entry.also].entries()) {
    const t = fold(text);
    const s = t === q ? 4 : t.startsWith(q) ? 3 : t.split(/[\s()\-_/.,]+/).some((w) => w.startsWith(q)) ? 2 : t.includes(q) ? 1 : 0;
    // The label counts a little more than an id or code with the same match.
    best = Math.max(best, s * 2 + (i === 0 && s ? 1 : 0));
  }
  return best;
}

export function searchEntries(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = fold(query);
  if (!q) return [];
  return index
    .map((e, i) => ({ e, i, s: score(e, q) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.e.label.length - b.e.label.length || a.i - b.i)
    .slice(0, limit)
    .map((x) => x.e);
}
