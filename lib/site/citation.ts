/**
 * "Cite this view": the BibTeX and plain-text citations of a chart's sources and of the view
 * itself (a @misc entry with its shareable URL, access date and data version). Pure strings:
 * the dialog (components/views/cite-dialog.tsx) and /sources render them.
 */

/** What the dialog knows of one source (served by /citations.json). */
export interface CitableSource {
  id: string;
  /** Reader wording of the source's title (reader-wording.ts). */
  title: string;
  /** Where its links go (the pinned file when the citation names one). */
  url: string;
  /** The exact file and commit, as published in data/sources.csv (reader wording), or ''. */
  citation: string;
  /** Its BibTeX exactly as in data/sources.csv, or ''. */
  bibtex: string;
}

/** What /citations.json holds: every source by id, and the shipped data's version. */
export interface CitationsFile {
  dataVersion: string;
  sources: Record<string, CitableSource>;
}

/** The site's name, as in its page titles. */
export const SITE_NAME = 'Crosslingual results dashboard';

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, whitespace collapsed. */
export function escapeBibtex(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\\{}~^%&$#_]/g, (c) => BIBTEX_SPECIALS[c]);
}

/** A URL safe inside a BibTeX field and \url{}: braces, backslashes and whitespace percent-encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits: short, stable, dependency-free. */
export function fnv1a32(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The @misc key of a view: its path in words and a hash of path and settings (parameters
 * sorted), so the same view has the same key on any host, any day, in any parameter order.
 */
export function viewKey(url: string): string {
  const u = new URL(url, 'https://example.invalid');
  const params = [...u.searchParams.entries()].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = new URLSearchParams(params).toString();
  const slug =
    u.pathname
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40)
      .replace(/_+$/, '') || 'home';
  return `crosslingual_${slug}_${fnv1a32(`${u.pathname}?${query}`)}`;
}

export interface ViewCitation {
  /** The chart's title. */
  title: string;
  /** The view's full shareable URL, with its state. */
  url: string;
  /** The access date, ISO (YYYY-MM-DD). */
  accessed: string;
  /** The shipped data's version (lib/data/version.ts). */
  dataVersion: string;
}

/** The view's own BibTeX entry. */
export function viewBibtex(view: ViewCitation): string {
  const url = bibtexUrl(view.url);
  return [
    `@misc{${viewKey(view.url)},`,
    `  title        = {{${escapeBibtex(view.title)}}},`,
    `  howpublished = {\\url{${url}}},`,
    `  url          = {${url}},`,
    `  urldate      = {${view.accessed}},`,
    `  year         = {${view.accessed.slice(0, 4)}},`,
    `  note         = {${escapeBibtex(`Chart in the ${SITE_NAME}. Accessed ${view.accessed}; data version ${view.dataVersion}`)}}`,
    '}',
  ].join('\n');
}

/** The view's plain-text citation. */
export function viewPlain(view: ViewCitation): string {
  return `“${view.title.trim()}”. ${SITE_NAME}. ${view.url} (accessed ${view.accessed}; data version ${view.dataVersion}).`;
}

/** The fields of one BibTeX entry (braced or quoted values, one level of nested braces kept as text). */
export function bibtexFields(bibtex: string): Record<string, string> {
  const fields: Record<string, string> = {};
  const re = /(\w+)\s*=\s*(?:\{((?:[^{}]|\{[^{}]*\})*)\}|"([^"]*)"|(\d+))/g;
  for (const m of bibtex.matchAll(re)) fields[m[1].toLowerCase()] = (m[2] ?? m[3] ?? m[4]).replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  return fields;
}

function authorsText(authors: string): string {
  const names = authors.split(/\s+and\s+/).map((a) => a.trim());
  const others = names[names.length - 1] === 'others';
  const people = (others ? names.slice(0, -1) : names).map((n) => (n.includes(',') ? n.split(',')[0].trim() : n.split(' ').pop()!));
  if (people.length === 0) return '';
  if (others || people.length > 3) return `${people[0]} et al.`;
  return people.length === 1 ? people[0] : `${people.slice(0, -1).join(', ')} and ${people[people.length - 1]}`;
}

/** A source's plain-text citation: from its published BibTeX when it has one, else its title, link and exact file. */
export function sourcePlain(source: CitableSource): string {
  const f = source.bibtex ? bibtexFields(source.bibtex) : {};
  if (f.title) {
    const who = f.author ? `${authorsText(f.author)} ` : '';
    const year = f.year ? `(${f.year}). ` : '';
    const venue = f.journal ?? f.booktitle ?? '';
    return `${who}${year}${f.title}.${venue ? ` ${venue}.` : ''}`;
  }
  return `${source.title}. ${source.url}${source.citation ? ` (exact source: ${source.citation})` : ''}.`;
}

/**
 * The source with published BibTeX that a source's numbers belong to, when it has none of its
 * own: the xmtf notebooks and the BLOOMZ/mT0 model cards are the BLOOMZ/mT0 paper's
 * (Muennighoff et al.), the HELM leaderboards HELM's (Liang et al.). null: no such paper here.
 */
export function paperOf(sourceId: string): string | null {
  if (/^(xmtf_(?!paper$)|hfcard_(bloomz|mt0))/.test(sourceId)) return 'xmtf_paper';
  if (/^helm_(?!paper$)/.test(sourceId)) return 'helm_paper';
  return null;
}

export interface SourceCitation {
  source: CitableSource;
  plain: string;
  /** The paper to cite with it when the source has no BibTeX of its own (paperOf). */
  paper: CitableSource | null;
}

/** Every source behind a view, with what to cite for it; the papers' BibTeX entries, once each. */
export function citationsFor(ids: string[], known: Record<string, CitableSource>): { sources: SourceCitation[]; bibtex: string[] } {
  const sources: SourceCitation[] = [];
  const bibtex: string[] = [];
  const addBibtex = (b: string) => {
    if (b && !bibtex.includes(b.trim())) bibtex.push(b.trim());
  };
  for (const id of ids) {
    const source = known[id];
    if (!source) continue;
    const paperId = source.bibtex ? null : paperOf(id);
    const paper = paperId ? (known[paperId] ?? null) : null;
    addBibtex(source.bibtex);
    if (paper) addBibtex(paper.bibtex);
    sources.push({ source, plain: sourcePlain(source), paper });
  }
  return { sources, bibtex };
}
