/**
 * Turns a BLOOMZ spec and its slice into ChartData. Used unchanged by the page,
 * the table, the downloads and (later) the embed.
 */
import { datasetInfo, PROMPT_CHOICES, STAT_CHOICES } from './bloomz-catalog';
import type { BloomzSlice, SliceRow } from './bloomz-slice';
import { subjectRows, type BloomzSpec } from './bloomz-spec';
import type { ChartCategory, ChartCell, ChartData } from './chart-data';
import { formatParams } from './format';
import { UNIT_INFO, type Unit } from './units';

function categoryKeyOf(spec: BloomzSpec, r: SliceRow): string {
  return spec.view === 'task' ? `${r.config}|${r.language}` : `${r.dataset}|${r.config}`;
}

function categoriesOf(spec: BloomzSpec, rows: SliceRow[], slice: BloomzSlice, multilingual: boolean): ChartCategory[] {
  const keys: string[] = [];
  for (const r of rows) {
    const k = categoryKeyOf(spec, r);
    if (!keys.includes(k)) keys.push(k);
  }
  if (spec.view === 'task') {
    // English-only datasets (ANLI r1–r3, SuperGLUE cb/rte/copa) differ by config, not language.
    return keys.map((key) => {
      const [config, language] = key.split('|');
      const label = multilingual ? (slice.languages[language]?.name ?? language) : config.toUpperCase();
      return { key, label };
    });
  }
  const configsPerDataset = new Map<string, Set<string>>();
  for (const r of rows) configsPerDataset.set(r.dataset, (configsPerDataset.get(r.dataset) ?? new Set()).add(r.config));
  return keys.map((key) => {
    const [dataset, config] = key.split('|');
    const name = datasetInfo(dataset).name;
    return { key, label: (configsPerDataset.get(dataset)?.size ?? 0) > 1 ? `${name} ${config.toUpperCase()}` : name };
  });
}

function mostCommonUnit(rows: SliceRow[]): Unit {
  const counts = new Map<Unit, number>();
  for (const r of rows) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'percent';
}

export function bloomzChartData(spec: BloomzSpec, slice: BloomzSlice): ChartData {
  const promptSet = PROMPT_CHOICES[spec.prompt].promptSet;
  const stat = STAT_CHOICES[spec.stat];
  const allRows = subjectRows(spec.view, spec.subject, slice.rows).filter((r) => r.language !== 'multi');
  const multilingual = new Set(allRows.map((r) => r.language)).size > 1;
  const rows = allRows.filter((r) => r.promptSet === promptSet && r.metric === stat.metric);
  let categories = categoriesOf(spec, rows, slice, multilingual);
  const modelById = new Map(slice.models.map((m) => [m.id, m]));
  const series = spec.models
    .map((id) => modelById.get(id))
    .filter((m) => m !== undefined)
    .map((m) => ({ key: m.id, label: m.label, color: m.color, detail: `${m.family}, ${m.paramsLabel || formatParams(m.params)}, finetuned on ${m.finetune}` }));

  const selected = rows.filter((r) => spec.models.includes(r.model));
  const unit = mostCommonUnit(selected.length ? selected : rows);
  const byKey = new Map(selected.map((r) => [`${categoryKeyOf(spec, r)}\u0000${r.model}`, r]));
  const cells: ChartCell[] = [];
  for (const c of categories) {
    for (const s of series) {
      const r = byKey.get(`${c.key}\u0000${s.key}`);
      const language = spec.view === 'task' ? c.key.split('|')[1] : spec.subject;
      const coverage = slice.coverage[s.key]?.[language] ?? null;
      cells.push(
        r
          ? { category: c.key, series: s.key, state: 'reported', value: Number(r.value), published: r.value, unit: r.unit, source: r.source, coverage, offAxis: r.unit !== unit, note: r.notes }
          : { category: c.key, series: s.key, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage, offAxis: false, note: '' },
      );
    }
  }

  if (spec.sort === 'name') categories = [...categories].sort((a, b) => a.label.localeCompare(b.label));
  if (spec.sort === 'value' && series.length) {
    const first = series[0].key;
    const valueOf = (key: string) => cells.find((c) => c.category === key && c.series === first && !c.offAxis)?.value ?? null;
    categories = [...categories].sort((a, b) => {
      const va = valueOf(a.key);
      const vb = valueOf(b.key);
      if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
      return vb - va;
    });
  }

  const usedSources = new Set(cells.map((c) => c.source).filter((s): s is string => s !== null));
  const notes: string[] = [`${stat.label}: ${stat.explain}.`, `Prompts: ${PROMPT_CHOICES[spec.prompt].label}.`];
  if (cells.some((c) => c.offAxis)) notes.push(`Some values are published in another unit than ${UNIT_INFO[unit].label}; they are listed in the table but not drawn on this axis.`);
  const subjectName = spec.view === 'task' ? datasetInfo(spec.subject).name : (slice.languages[spec.subject]?.name ?? spec.subject);
  return {
    title: `${subjectName}: ${stat.label.toLowerCase()}, ${PROMPT_CHOICES[spec.prompt].label}`,
    valueLabel: `${stat.label} (${UNIT_INFO[unit].label})`,
    unit,
    lowerIsBetter: false,
    categoryLabel: spec.view === 'task' ? (multilingual ? 'Language' : 'Subset') : 'Dataset',
    categories,
    series,
    cells,
    sources: [...usedSources].map((id) => slice.sources[id]),
    notes,
  };
}
