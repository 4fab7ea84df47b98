/**
 * The shipped CSVs as a Frictionless tabular data package (datapackage.json), generated from
 * the zod schemas (lib/data/schema.ts: names, order, types, enums) and the column docs
 * (lib/data/column-docs.ts: descriptions, units). Nothing about a column is written twice.
 * Licences: sources.csv records none, so no `licenses` is claimed (see LICENCE_NOTE).
 * Properties beyond the spec (which allows them): a resource's `rowCount`, a field's `unit` /
 * `unitDescription` (a fixed unit) or `unitField` (the column naming each row's unit), a source's `citation`.
 */
import type { z } from 'zod';
import { FILE_DOCS, type ColumnDoc, type DataFileKey } from '../data/column-docs';
import type { Dataset } from '../data/load';
import { CSV_TYPES, DATA_FILES, type Source } from '../data/schema';
import { UNIT_INFO, UNITS, type Unit } from '../data/units';

export type FieldType = 'string' | 'number' | 'integer' | 'boolean';

export interface DataPackageField {
  name: string;
  type: FieldType;
  description: string;
  /** Boolean columns are written true/false only. */
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; enum?: string[] };
  /** A value column in one fixed unit (a units.ts id, with its meaning). */
  unit?: Unit;
  unitDescription?: string;
  /** A value column whose unit is given per row by this field. */
  unitField?: string;
}

export interface DataPackageSource {
  title: string;
  path: string;
  /** The exact file the numbers were copied from, or how to cite it (sources.csv `citation`). */
  citation?: string;
}

export interface DataPackageResource {
  name: string;
  path: string;
  title: string;
  description: string;
  profile: 'tabular-data-resource';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  /** Data rows (not counting the header). */
  rowCount: number;
  dialect: { delimiter: ','; quoteChar: '"'; header: true };
  schema: { fields: DataPackageField[]; missingValues: [''] };
  sources: DataPackageSource[];
}

export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  sources: DataPackageSource[];
  resources: DataPackageResource[];
}

export const LICENCE_NOTE = 'Licences: not stated. sources.csv records no licence for any source, so this package claims none; see each source.';

/** File name → the key of DATA_FILES, in the order the files are listed. */
export const DATA_FILE_KEYS = Object.keys(DATA_FILES) as DataFileKey[];

function describe(doc: ColumnDoc | undefined, file: string, column: string): Exclude<ColumnDoc, string> | { description: string } {
  const d = typeof doc === 'string' ? { description: doc } : doc;
  if (!d || !d.description.trim()) throw new Error(`${file}: column "${column}" has no description in lib/data/column-docs.ts`);
  return d;
}

/** One Frictionless field from a zod column schema and its doc. */
export function fieldOf(name: string, column: z.ZodType, doc: ColumnDoc | undefined, file: string): DataPackageField {
  const d = describe(doc, file, name);
  const csv = CSV_TYPES.get(column);
  const def = (column as { def?: { type?: string } }).def;
  const field: DataPackageField = { name, type: 'string', description: d.description };
  if (csv?.type === 'boolean') {
    field.type = 'boolean';
    field.trueValues = ['true'];
    field.falseValues = ['false'];
  } else if (csv?.type === 'number' || csv?.type === 'integer') {
    field.type = csv.type;
  } else if (csv?.type === 'list') {
    field.description = `${d.description} (A semicolon-separated list; empty: none.)`;
  }
  const constraints: NonNullable<DataPackageField['constraints']> = {};
  if (csv?.required || (def?.type === 'string' && ((column as z.ZodString).minLength ?? 0) > 0)) constraints.required = true;
  if (def?.type === 'enum') {
    const options = (column as z.ZodEnum).options.map(String);
    if (!options.includes('')) constraints.required = true;
    constraints.enum = options;
  }
  if (Object.keys(constraints).length) field.constraints = constraints;
  if ('unit' in d) {
    field.unit = d.unit;
    field.unitDescription = UNIT_INFO[d.unit].description;
  }
  if ('unitColumn' in d) field.unitField = d.unitColumn;
  if (name === 'unit' && constraints.enum?.every((u) => (UNITS as readonly string[]).includes(u))) {
    field.description = `${d.description} ${constraints.enum.map((u) => `${u}: ${UNIT_INFO[u as Unit].description}`).join('; ')}.`;
  }
  return field;
}

/** A file's parsed rows (sources.csv: none, it is the list of sources). */
function rowsOf(ds: Dataset, key: DataFileKey): readonly object[] {
  switch (key) {
    case 'sources':
      return [];
    case 'models':
      return [...ds.models.values()];
    case 'languages':
      return [...ds.languages.values()];
    case 'corpora':
      return [...ds.corpora.values()];
    case 'bloomzResults':
      return ds.bloomz;
    case 'bloomzPerPrompt':
      return ds.perPrompt;
    case 'helmResults':
      return ds.helm;
    case 'bloomEval':
      return ds.bloomEval;
    case 'bloomEvalMedians':
      return ds.bloomEvalMedians;
    case 'tfew':
      return ds.tfew;
  }
}

export function rowCount(ds: Dataset, key: DataFileKey): number {
  return key === 'sources' ? ds.sources.size : rowsOf(ds, key).length;
}

function sourceEntry(s: Source): DataPackageSource {
  return { title: s.title, path: s.url, ...(s.citation ? { citation: s.citation } : {}) };
}

export function resourceName(file: string): string {
  return file.replace(/\.csv$/, '');
}

export interface DataFileSpec {
  file: string;
  schema: z.ZodObject;
  doc: { title: string; description: string; columns: Record<string, ColumnDoc> };
}

export function fileSpecs(): (DataFileSpec & { key: DataFileKey })[] {
  return DATA_FILE_KEYS.map((key) => ({ key, file: DATA_FILES[key].file, schema: DATA_FILES[key].schema, doc: FILE_DOCS[key] }));
}

/** The fields of one file, in its header's order; throws on a column without a description or a doc for no column. */
export function fieldsOf(spec: DataFileSpec): DataPackageField[] {
  const shape = spec.schema.shape as Record<string, z.ZodType>;
  const extra = Object.keys(spec.doc.columns).filter((c) => !(c in shape));
  if (extra.length) throw new Error(`${spec.file}: lib/data/column-docs.ts describes columns the schema has not: ${extra.join(', ')}`);
  return Object.entries(shape).map(([name, column]) => fieldOf(name, column, spec.doc.columns[name], spec.file));
}

export function buildDataPackage(ds: Dataset): DataPackage {
  const resources = fileSpecs().map(({ key, ...spec }): DataPackageResource => {
    // The `source` ids the file's rows cite, in first-seen order.
    const cited = [...new Set(rowsOf(ds, key).flatMap((r) => ('source' in r && typeof r.source === 'string' ? [r.source] : [])))];
    return {
      name: resourceName(spec.file),
      path: spec.file,
      title: spec.doc.title,
      description: spec.doc.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      rowCount: rowCount(ds, key),
      dialect: { delimiter: ',', quoteChar: '"', header: true },
      schema: { fields: fieldsOf(spec), missingValues: [''] },
      sources: cited.flatMap((id) => {
        const s = ds.sources.get(id);
        return s ? [sourceEntry(s)] : [];
      }),
    };
  });
  return {
    profile: 'tabular-data-package',
    name: 'crosslingual-results',
    title: 'Published BLOOMZ/mT0, HELM and BigScience BLOOM evaluation results',
    description: `Every number as published (text kept as printed, never rounded or filled; an empty cell is a missing value), with its unit and source. ${LICENCE_NOTE}`,
    sources: [...ds.sources.values()].map(sourceEntry),
    resources,
  };
}
