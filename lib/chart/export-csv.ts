/**
 * The CSV download of a chart: one row per drawn value (and per prompt for strip
 * charts), with the published text, unit, state and source. Safe to open in a
 * spreadsheet: text cells that a spreadsheet would run as a formula are prefixed with '.
 */
import Papa from 'papaparse';
import type { ChartCellFlag, ChartData } from './data';
import { PUBLISHED_NUMBER } from '../data/published-number';

export const CSV_COLUMNS = [
  'chart',
  'category',
  'category_label',
  'series',
  'series_label',
  'prompt',
  'statistic',
  'state',
  'value_as_published',
  'value',
  'unit',
  'computed',
  'coverage',
  'source_id',
  'source_title',
  'source_url',
  'note',
  'publisher_warning',
] as const;

/**
 * A cell is dangerous if a spreadsheet would read it as a formula: it starts with = + - @
 * (or a tab/CR that some apps strip first), or a line inside it does. Published numbers
 * such as "-0.35" are data, not formulas, and stay as they are.
 */
export function escapeCell(value: string): string {
  if (PUBLISHED_NUMBER.test(value)) return value;
  if (/^[=+\-@\t\r\n]/.test(value) || /[\r\n][\t ]*[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

/** A publisher's warning in words, with its symbol (HELM's own text repeats it). */
const flagText = (flag: ChartCellFlag) => `${flag.symbol} ${flag.label}${flag.text ? `: ${flag.text}` : ''}`;

export function chartDataToRows(data: ChartData): Record<(typeof CSV_COLUMNS)[number], string>[] {
  const category = new Map(data.categories.map((c) => [c.key, c.label]));
  const series = new Map(data.series.map((s) => [s.key, s.label]));
  const source = new Map(data.sources.map((s) => [s.id, s]));
  const rows: Record<(typeof CSV_COLUMNS)[number], string>[] = [];
  for (const c of data.categories) {
    for (const s of data.series) {
      const cell = data.cells.find((x) => x.category === c.key && x.series === s.key);
      if (!cell) continue;
      const row = (fields: { prompt: string; statistic?: string; state: string; published: string; value: number | null; unit: string; computed: string; source: string | null; note: string; warning?: string }) => {
        const src = fields.source ? source.get(fields.source) : undefined;
        rows.push({
          chart: data.title,
          category: c.key,
          category_label: category.get(c.key) ?? c.key,
          series: s.key,
          series_label: series.get(s.key) ?? s.key,
          prompt: fields.prompt || (data.facets?.prompt ?? ''),
          statistic: fields.statistic ?? data.facets?.statistic ?? '',
          state: fields.state,
          value_as_published: fields.published,
          value: fields.value === null ? '' : String(fields.value),
          unit: fields.unit,
          computed: fields.computed,
          coverage: cell.coverage ?? '',
          source_id: fields.source ?? '',
          source_title: src?.title ?? '',
          source_url: src?.url ?? '',
          note: fields.note,
          publisher_warning: fields.warning ?? '',
        });
      };
      row({ prompt: '', state: cell.state, published: cell.published ?? '', value: cell.value, unit: cell.unit ?? '', computed: cell.derived?.method ?? '', source: cell.source, note: cell.note, warning: cell.flag ? flagText(cell.flag) : '' });
      for (const o of cell.alsoPublished ?? []) {
        row({ prompt: '', state: 'reported', published: o.published, value: Number(o.published), unit: o.unit, computed: '', source: o.source, note: `${o.label} for this cell, not drawn${o.note ? `: ${o.note}` : ''}` });
      }
      for (const p of cell.points ?? []) {
        row({ prompt: p.label, statistic: 'single prompt', state: 'reported', published: p.published, value: p.value, unit: data.unit, computed: '', source: p.source, note: 'single prompt' });
      }
    }
  }
  for (const r of data.references ?? []) {
    const src = r.source ? source.get(r.source) : undefined;
    rows.push({
      chart: data.title,
      category: `reference:${r.key}`,
      category_label: r.label,
      series: '',
      series_label: '',
      prompt: '',
      statistic: '',
      state: 'reference',
      value_as_published: r.published ?? '',
      value: String(r.value),
      unit: data.unit,
      computed: r.published === null ? r.about : '',
      coverage: '',
      source_id: r.source ?? '',
      source_title: src?.title ?? '',
      source_url: src?.url ?? '',
      note: r.published === null ? '' : r.about,
      publisher_warning: '',
    });
  }
  return rows;
}

export function chartDataToCsv(data: ChartData): string {
  const rows = chartDataToRows(data).map((r) => CSV_COLUMNS.map((c) => escapeCell(r[c])));
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { delimiter: ',', newline: '\r\n', quotes: true }) + '\r\n';
}
