/**
 * Hugging Face model-card `model-index` YAML (the card's front matter, or a whole
 * README.md). Values keep the text the card was written with (`53.0` stays "53.0").
 * Cards state no unit, so it is decided per metric type from all of the card's values
 * of that type, and every decision that is not certain is reported as a warning.
 */
import { fmt, LIMITS } from './limits';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { PUBLISHED_NUMBER } from '../data/published-number';
import type { Unit } from '../data/units';
import { DataPath, ResultBuilder, quote, warnDuplicateRows } from './collect';
import { DATASET_FACTS, datasetOfHfType, placeConfig } from './datasets';
import { resolveLanguage } from './languages';
import { lowerIsBetterOf, metricKind, normaliseMetricName, type MetricKind } from './metrics';
import type { BenchmarkRow, ImportResult } from './types';

export interface FrontMatter {
  yaml: string;
  /** Lines before the YAML in the original text, so reported lines match the user's file. */
  lineOffset: number;
}

/** The YAML between a first line `---` and the next `---` (or `...`) line; null when there is none. */
export function extractFrontMatter(text: string): FrontMatter | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const bare = (l: string) => l.replace(/\r$/, '').trimEnd();
  if (bare(lines[0]) !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    if (bare(lines[i]) === '---' || bare(lines[i]) === '...') return { yaml: lines.slice(1, i).join('\n'), lineOffset: 1 };
  }
  return null;
}

export function looksLikeModelIndex(text: string): boolean {
  return /^model-index\s*:/m.test(text);
}

type YamlNode = unknown;

interface Reader {
  doc: Document;
  line(node: YamlNode): number | null;
  /** Alias → the node it names: resolving walks the document, so each alias is resolved once. */
  resolved: Map<YamlNode, YamlNode>;
  aliasUses: number;
}

/** Reading stops at a limit; what was read before it is kept. */
class LimitReached extends Error {
  constructor(
    readonly where: string,
    readonly line: number | null,
    reason: string,
  ) {
    super(reason);
  }
}

function deref(reader: Reader, node: YamlNode): YamlNode {
  if (!isAlias(node)) return node;
  if (reader.resolved.has(node)) return reader.resolved.get(node);
  // Aliases can multiply a small file into millions of results ("billion laughs"); real cards use none.
  if (++reader.aliasUses > LIMITS.yamlAliases) {
    throw new LimitReached(`line ${reader.line(node) ?? '?'}`, reader.line(node), `the YAML uses aliases (*${node.source}) more than ${fmt(LIMITS.yamlAliases)} times; model cards use none, so reading stopped here`);
  }
  let target: YamlNode;
  try {
    target = node.resolve(reader.doc);
  } catch {
    target = undefined;
  }
  reader.resolved.set(node, target);
  return target;
}

function child(reader: Reader, node: YamlNode, key: string): YamlNode {
  const n = deref(reader, node);
  return isMap(n) ? deref(reader, n.get(key, true)) : undefined;
}

/** A scalar as text: numbers as written (`2016`, `9.00`), strings as they are. */
function scalarText(node: YamlNode): string | null {
  if (!isScalar(node)) return null;
  if (typeof node.value === 'number') return node.source ?? String(node.value);
  if (typeof node.value === 'string') return node.value.trim();
  return null;
}

/** A list's items, each still an alias where it is one: they are resolved as they are read, so a limit stops reading at the right item. */
function items(reader: Reader, node: YamlNode): YamlNode[] | null {
  const n = deref(reader, node);
  return isSeq(n) ? (n.items as YamlNode[]) : null;
}

type ParsedValue = { ok: true; text: string; number: number } | { ok: false; reason: string };

function parseValue(node: YamlNode): ParsedValue {
  if (node === undefined || node === null) return { ok: false, reason: 'no value' };
  if (!isScalar(node)) return { ok: false, reason: `expected a number, got ${isSeq(node) ? 'a list' : 'an object'}` };
  const v = node.value;
  if (typeof v === 'number') {
    const text = node.source ?? String(v);
    if (!Number.isFinite(v)) return { ok: false, reason: `expected a number, got ${quote(text)}` };
    if (!PUBLISHED_NUMBER.test(text)) return { ok: false, reason: `${quote(text)} is not written as a decimal number` };
    return { ok: true, text, number: v };
  }
  // The Hub allows text values ("20.0 ± 1.2"); a text that is exactly a number is that number.
  if (typeof v === 'string' && PUBLISHED_NUMBER.test(v)) return { ok: true, text: v, number: Number(v) };
  return { ok: false, reason: `expected a number, got ${typeof v === 'string' ? `the text ${quote(v)}` : String(v)}` };
}

function maxOf(values: readonly number[]): number {
  return values.reduce((a, b) => (b > a ? b : a), -Infinity);
}

interface UnitDecision {
  unit: Unit;
  note: string;
  /** Values outside are not this metric on the decided scale. */
  range: readonly [number, number] | null;
}

/**
 * A card's accuracy can be a fraction (0.536) or a percent (53.6). A value above 1 can
 * only be a percent; if every value is at most 1 the card may use either, and we do not
 * guess. WER/CER can exceed 100%, so they have no upper bound.
 */
function decideUnit(kind: MetricKind, type: string, values: number[]): UnitDecision {
  const max = maxOf(values);
  if (kind === 'other') return { unit: 'unknown-scale', note: `unit of "${type}" unknown`, range: null };
  if (max <= 1) return { unit: 'unknown-scale', note: `unit unknown: every "${type}" value in this card is between 0 and 1 (fraction or percent?)`, range: null };
  const note = `unit ${kind === 'sacrebleu' ? 'score-100' : 'percent'}: "${type}" values in this card go up to ${max}`;
  if (kind === 'sacrebleu') return { unit: 'score-100', note, range: [0, 100] };
  return { unit: 'percent', note, range: kind === 'rate' ? [0, 100] : [0, Infinity] };
}

interface MetricAt {
  path: DataPath;
  line: number | null;
  type: string;
  name: string | null;
  value: ParsedValue;
}

interface ResultAt {
  path: DataPath;
  line: number | null;
  model: string | null;
  datasetType: string;
  config: string | null;
  split: string | null;
  revision: string | null;
  nShot: number | null;
  metrics: MetricAt[];
}

export function importHfModelIndex(file: string, text: string): ImportResult<BenchmarkRow> {
  const out = new ResultBuilder<BenchmarkRow>();
  const front = extractFrontMatter(text);
  if (!front && /\.(md|markdown)$/i.test(file)) {
    out.reject('file', 1, 'no YAML front matter: a model card starts with a line "---", the YAML, and another "---" line');
    return out.result('hf-model-index', null);
  }
  const { yaml, lineOffset } = front ?? { yaml: text.replace(/^\uFEFF/, ''), lineOffset: 0 };
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  const reader: Reader = {
    doc,
    resolved: new Map(),
    aliasUses: 0,
    line(node) {
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      return range ? counter.linePos(range[0]).line + lineOffset : null;
    },
  };
  for (const e of doc.errors) {
    const at = e.linePos?.[0];
    const line = at ? at.line + lineOffset : null;
    // prettyErrors appends "at line L, column C:" and a code excerpt; the location is in `where` already.
    const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    out.reject(at ? `line ${line}, column ${at.col}` : 'file', line, `YAML: ${message}`);
  }
  for (const w of doc.warnings) out.warn(`YAML: ${w.message.split('\n')[0]}`);

  const index = child(reader, doc.contents, 'model-index');
  const entries = items(reader, index);
  if (!entries) {
    out.reject('model-index', null, index === undefined ? 'no model-index in this YAML (a card without evaluation results?)' : 'model-index is not a list');
    return out.result('hf-model-index', null);
  }

  const collected: Collected = { results: [], names: [], values: 0 };
  try {
    collect(reader, entries, out, collected);
  } catch (error) {
    if (!(error instanceof LimitReached)) throw error;
    out.reject(error.where, error.line, `${error.message}; the ${fmt(collected.results.reduce((n, r) => n + r.metrics.length, 0))} values read before it are kept`);
  }
  const names = [...new Set(collected.names)];
  emitRows(file, collected.results, out);
  warnDuplicateRows(out.rows, (m) => out.warn(m));
  return out.result('hf-model-index', names.length === 1 ? names[0] : null);
}

interface Collected {
  results: ResultAt[];
  names: string[];
  /** Metric values so far, aliases expanded. */
  values: number;
}

function collect(reader: Reader, entries: YamlNode[], out: ResultBuilder<BenchmarkRow>, collected: Collected): void {
  const { results, names } = collected;
  entries.forEach((entry, i) => {
    const entryPath = DataPath.root().prop('model-index').index(i);
    const model = scalarText(child(reader, entry, 'name')) || null;
    if (model) names.push(model);
    else out.warn(`${entryPath.text} has no name: the model name is not in the file.`);
    const list = items(reader, child(reader, entry, 'results'));
    if (!list) {
      out.reject(entryPath.prop('results').text, reader.line(entry), 'no results list');
      return;
    }
    list.forEach((result, j) => {
      const path = entryPath.prop('results').index(j);
      const dataset = child(reader, result, 'dataset');
      const datasetType = scalarText(child(reader, dataset, 'type'));
      if (!datasetType) {
        out.reject(path.prop('dataset').prop('type').text, reader.line(dataset ?? result), 'no dataset type');
        return;
      }
      const args = child(reader, dataset, 'args');
      const shots = isMap(args) ? child(reader, args, 'num_few_shot') : undefined;
      const metrics = (items(reader, child(reader, result, 'metrics')) ?? []).map((metric, k): MetricAt => {
        const metricPath = path.prop('metrics').index(k);
        if (++collected.values > LIMITS.modelIndexValues) {
          throw new LimitReached(metricPath.text, reader.line(metric), `the model-index holds more than ${fmt(LIMITS.modelIndexValues)} metric values (YAML aliases expanded); real cards hold hundreds, so reading stopped here`);
        }
        const valueNode = child(reader, metric, 'value');
        return {
          path: metricPath,
          line: reader.line(valueNode ?? metric),
          type: scalarText(child(reader, metric, 'type')) ?? '',
          name: scalarText(child(reader, metric, 'name')),
          value: parseValue(valueNode),
        };
      });
      if (metrics.length === 0) out.reject(path.prop('metrics').text, reader.line(result), 'no metrics list');
      results.push({
        path,
        line: reader.line(result),
        model,
        datasetType,
        // Older cards name the config in `args` ("cs", "afr deu devtest").
        config: scalarText(child(reader, dataset, 'config')) ?? scalarText(args),
        split: scalarText(child(reader, dataset, 'split')),
        revision: scalarText(child(reader, dataset, 'revision')),
        nShot: isScalar(shots) && typeof shots.value === 'number' && Number.isInteger(shots.value) && shots.value >= 0 ? shots.value : null,
        metrics,
      });
    });
  });
}

function emitRows(file: string, results: ResultAt[], out: ResultBuilder<BenchmarkRow>): void {
  const valuesByType = new Map<string, number[]>();
  for (const r of results) {
    for (const m of r.metrics) {
      if (!m.value.ok || !m.type) continue;
      const key = normaliseMetricName(m.type);
      const list = valuesByType.get(key);
      if (list) list.push(m.value.number);
      else valuesByType.set(key, [m.value.number]);
    }
  }
  const decisions = new Map<string, UnitDecision>();
  const decide = (type: string): UnitDecision => {
    const key = normaliseMetricName(type);
    let d = decisions.get(key);
    if (!d) {
      d = decideUnit(metricKind(type), type, valuesByType.get(key) ?? []);
      decisions.set(key, d);
    }
    return d;
  };

  for (const r of results) {
    const datasetId = datasetOfHfType(r.datasetType);
    const task = `${r.datasetType}${r.config !== null ? ` (config ${quote(r.config)})` : ''}`;
    const single = r.config !== null && /^\S+$/.test(r.config) ? resolveLanguage(r.config).code : null;
    if (!datasetId) {
      out.unmap({ where: r.path.text, line: r.line, task, language: single, reason: `dataset ${quote(r.datasetType)} is not one of XNLI, XCOPA, XStoryCloze, XWinograd` });
      continue;
    }
    if (r.config === null) {
      out.unmap({ where: r.path.text, line: r.line, task, language: null, reason: `${DATASET_FACTS[datasetId].name} result without a dataset config: its language is unknown` });
      continue;
    }
    const placed = placeConfig(datasetId, r.config);
    if (!placed.mapped) {
      out.unmap({ where: r.path.text, line: r.line, task, language: placed.language, reason: placed.reason });
      continue;
    }
    for (const m of r.metrics) {
      const where = m.path.prop('value');
      if (!m.type) {
        out.reject(m.path.prop('type').text, m.line, 'metric without a type');
        continue;
      }
      if (!m.value.ok) {
        out.reject(where.text, m.line, m.value.reason);
        continue;
      }
      const unit = decide(m.type);
      const kind = metricKind(m.type);
      if (unit.range && (m.value.number < unit.range[0] || m.value.number > unit.range[1])) {
        out.reject(where.text, m.line, `${m.type} = ${m.value.text} is outside ${unit.range[0]}–${unit.range[1]} (${unit.unit})`);
        continue;
      }
      const all = valuesByType.get(normaliseMetricName(m.type)) ?? [];
      if (unit.unit === 'unknown-scale' && kind !== 'other') {
        out.warn(`All ${all.length} "${m.type}" values in this card are between 0 and 1: they may be fractions or percentages below 1. Not guessed: their unit is unknown-scale.`);
      } else if (unit.unit === 'unknown-scale') {
        out.warn(`Metric "${m.type}" has no known scale: its rows have unit unknown-scale.`);
      } else if (m.value.number <= 1) {
        out.warn(`${where.text}: ${m.type} ${m.value.text} is read as ${unit.unit}, like the other "${m.type}" values of this card (up to ${maxOf(all)}).`);
      }
      const notes = ['Hugging Face model-index', `dataset ${r.datasetType}`];
      if (r.split) notes.push(`split ${r.split}`);
      if (r.revision) notes.push(`revision ${r.revision}`);
      if (m.name && m.name !== m.type) notes.push(`metric name ${quote(m.name)}`);
      notes.push(unit.note);
      if (r.model && /^(bloomz|mt0)/i.test(r.model) && normaliseMetricName(m.type) === 'accuracy') {
        notes.push("BigScience card: best single prompt over the EN, MT and HT prompt sets, not the paper's median");
      }
      out.rows.push({
        suite: 'benchmark',
        model: r.model,
        dataset: placed.dataset,
        config: placed.config,
        language: placed.language,
        metric: m.type,
        filter: null,
        value: m.value.text,
        number: m.value.number,
        unit: unit.unit,
        stderr: null,
        lower_is_better: lowerIsBetterOf(m.type),
        n_shot: r.nShot,
        protocol: notes.join('; '),
        source: { file, path: where.text, line: m.line },
      });
    }
  }
}
