/**
 * The header search's index, built once at build time (/search-index.json): every model,
 * language (by name, code and native name), dataset of the paper and HELM scenario, with
 * the page it jumps to. Matching runs in the browser on this list (searchEntries).
 */
import { datasetInfo } from '../bloomz/catalog';
import { bloomzDatasetIds } from '../bloomz/queries';
import type { Dataset } from '../data/load';
import { HELM_PROJECTS, isHelmProjectId } from '../helm/projects';
import { pageLanguages } from '../languages/pages';
import { modelPath } from '../url/paths';
import type { SearchEntry } from './search-match';

/**
 * A language's name in itself, from the CLDR data of the ICU that Node ships
 * (Intl.DisplayNames); languages.csv has none. null where ICU does not know it.
 */
export function nativeName(code: string): string | null {
  try {
    const name = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    return name && name.toLowerCase() !== code ? name : null;
  } catch {
    return null;
  }
}

export function searchIndex(ds: Dataset): SearchEntry[] {
  const out: SearchEntry[] = [];
  for (const m of ds.models.values()) {
    out.push({ kind: 'model', label: m.label, also: [m.id, m.family, m.hf_repo].filter(Boolean), detail: m.suite === 'bloomz' ? `${m.family}, the paper` : `${m.creator || m.family}, HELM`, href: modelPath(m.id) });
  }
  for (const l of pageLanguages(ds)) {
    const native = nativeName(l.code);
    out.push({ kind: 'language', label: l.name, also: [l.code, ...(native ? [native] : [])], detail: [l.code, native].filter(Boolean).join(' · '), href: `/languages/${l.code}` });
  }
  for (const id of bloomzDatasetIds(ds)) out.push({ kind: 'dataset', label: datasetInfo(id).name, also: [id], detail: 'the paper', href: `/tasks/${id}` });
  const scenarios = new Set<string>();
  for (const r of ds.helm) {
    if (r.kind !== 'score' || !isHelmProjectId(r.project) || r.scenario === r.group) continue;
    const key = `${r.project}/${r.group}/${r.scenario}`;
    if (scenarios.has(key)) continue;
    scenarios.add(key);
    const p = HELM_PROJECTS[r.project];
    out.push({ kind: 'scenario', label: r.scenario_display, also: [r.scenario], detail: `${p.name} ${p.release}`, href: `/helm/${r.project}/${r.group}?scenario=${encodeURIComponent(r.scenario)}` });
  }
  return out;
}
