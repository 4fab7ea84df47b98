'use client';

import Link from '@/components/layout/intent-link';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { datasetInfo } from '@/lib/bloomz-catalog';
import { CSV_TEMPLATE } from '@/lib/importers/csv-template';
import { DATASET_FACTS, IMPORT_DATASETS } from '@/lib/importers/datasets';
import { placeInFile } from '@/lib/importers/where';
import type { BenchmarkRow, HelmRow, ImportedRow, ImportResult } from '@/lib/importers/types';
import { namedModels, parseLanguages, parseParams, savedWithSameLabel, suggestedModelName, userModelsFromImport, type UserModel } from '@/lib/user-results';
import { downloadBlob } from '@/components/charts/export-image';
import { helmOutcome, leftOutText, nothingShownReason, placeHelmCells, unplacedText, type HelmOutcome, type HelmPlacement } from './helm-outcome';
import { useHelmColumns, type HelmColumnsState } from './use-helm-columns';
import { helmColumnHref, helmColumnPlace, type HelmColumn } from '@/lib/helm-columns';
import { ValueCells } from './value-with-unit';
import { removeAllUserModels, removeUserModel, saveUserModels, useUserModels } from './user-store';
import type { WorkerReply } from './import.worker';

type Result = ImportResult<ImportedRow>;

interface Job {
  id: number;
  file: File;
  status: 'reading' | 'review' | 'saved' | 'discarded' | 'cancelled';
  loaded: number;
  result: Result | null;
  name: string;
  params: string;
  languages: string;
  /** Unmapped lm-eval task → "dataset|config" chosen by the user ('' = skip). */
  mapping: Record<string, string>;
  message: string;
  /** How many saved models this one's name would repeat: the reader replaces them or renames. */
  nameTaken: number;
}

const SHOWN = 100;
let nextId = 1;

function benchmarkRows(result: Result): BenchmarkRow[] {
  return result.rows.filter((r): r is BenchmarkRow => r.suite === 'benchmark');
}

/** The lm-eval task names the user may map onto a dataset and language, each once. */
function mappableTasks(result: Result): string[] {
  if (!result.format.startsWith('lm-eval-harness')) return [];
  return [...new Set(result.unmapped.map((u) => u.task))];
}

const MAP_TARGETS = IMPORT_DATASETS.flatMap((d) => Object.entries(DATASET_FACTS[d].configs).map(([config, language]) => ({ value: `${d}|${config}`, label: `${DATASET_FACTS[d].name} · ${language}`, task: `${d}_${config}` })));

/**
 * Re-reads an lm-eval file with the user's task mapping: the chosen task keys are renamed
 * to the dashboard's names, and the rows they give keep the original name in their path.
 */
async function applyMapping(job: Job): Promise<Result> {
  const chosen = Object.entries(job.mapping).filter(([, target]) => target);
  if (!chosen.length || !job.result) return job.result!;
  let text = await job.file.text();
  const renamed = new Map<string, string>();
  for (const [task, target] of chosen) {
    const to = `${target.split('|')[0] === 'xstory_cloze' ? 'xstorycloze' : target.split('|')[0]}_${target.split('|')[1]}`;
    text = text.split(JSON.stringify(task)).join(JSON.stringify(to));
    renamed.set(to, task);
  }
  // The parsers load only when a mapping is applied; the page itself never needs them.
  const { importFile } = await import('@/lib/importers/detect');
  const again = importFile(job.file.name, text);
  const rows = benchmarkRows(again).map((r) => {
    for (const [to, from] of renamed) {
      if (r.source.path.includes(JSON.stringify(to))) {
        return { ...r, source: { ...r.source, path: r.source.path.split(JSON.stringify(to)).join(JSON.stringify(from)) }, protocol: `${r.protocol}; task "${from}" mapped to ${to} by you` };
      }
    }
    return r;
  });
  return { ...job.result, rows, unmapped: job.result.unmapped.filter((u) => !job.mapping[u.task]) };
}

export function ImportPanel() {
  const [jobs, setJobs] = useState<Job[]>([]);
  const workers = useRef(new Map<number, Worker>());
  const yours = useUserModels();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const all = workers.current;
    return () => all.forEach((w) => w.terminate());
  }, []);

  const update = (id: number, patch: Partial<Job>) => setJobs((list) => list.map((j) => (j.id === id ? { ...j, ...patch } : j)));

  const start = (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      const id = nextId++;
      const job: Job = { id, file, status: 'reading', loaded: 0, result: null, name: '', params: '', languages: '', mapping: {}, message: '', nameTaken: 0 };
      setJobs((list) => [...list, job]);
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      workers.current.set(id, worker);
      const received: Result['rows'] = [];
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        if (e.data.type === 'progress') update(id, { loaded: e.data.loaded });
        else if (e.data.type === 'rows') received.push(...e.data.rows);
        else {
          const result = { ...e.data.result, rows: received };
          update(id, { status: 'review', result, name: suggestedModelName(result, file.name) });
          worker.terminate();
          workers.current.delete(id);
        }
      };
      worker.onerror = (e) => {
        update(id, { status: 'cancelled', message: `The file could not be read: ${e.message || 'the reader stopped'}` });
        worker.terminate();
      };
      worker.postMessage({ file });
    }
  };

  const cancel = (id: number) => {
    workers.current.get(id)?.terminate();
    workers.current.delete(id);
    update(id, { status: 'cancelled', message: 'Cancelled. Nothing was imported.' });
  };

  const save = async (job: Job, replace = false) => {
    const params = parseParams(job.params);
    const { codes, unknown } = parseLanguages(job.languages);
    if (!job.name.trim()) return update(job.id, { message: 'Give the model a name first.' });
    if (Number.isNaN(params)) return update(job.id, { message: `"${job.params}" is not a parameter count (examples: 560M, 7.1B, 13000000000).` });
    if (unknown.length) return update(job.id, { message: `Unknown language codes: ${unknown.join(', ')}. Use ISO 639-1 codes such as en, fr, th.` });
    const result = await applyMapping(job);
    const models = userModelsFromImport(result, { name: job.name.trim().slice(0, 120), file: job.file.name, params, pretrainingLanguages: codes, importedAt: new Date().toISOString() });
    const taken = savedWithSameLabel(yours, models);
    if (taken.length && !replace) {
      const which = taken.map((m) => `“${m.label}” (from ${m.file}, ${m.importedAt.slice(0, 10)})`).join(', ');
      return update(job.id, {
        nameTaken: taken.length,
        message: `${taken.length === 1 ? 'A model' : 'Models'} of this name ${taken.length === 1 ? 'is' : 'are'} already saved in this browser: ${which}. Replace ${taken.length === 1 ? 'it' : 'them'} with this file's results, or change the name.`,
      });
    }
    try {
      await saveUserModels(models, taken.map((m) => m.id));
      update(job.id, { status: 'saved', result, message: '', nameTaken: 0 });
    } catch {
      update(job.id, { message: 'This browser would not store the results (storage blocked or full).' });
    }
  };

  const exportCsv = async () => {
    // Papa and the CSV writer load only when someone downloads.
    const { userResultsToCsv } = await import('@/lib/export-csv');
    downloadBlob(new Blob([userResultsToCsv(yours)], { type: 'text/csv;charset=utf-8' }), 'my-results.csv');
  };

  return (
    <>
      <section aria-labelledby="pick-heading">
        <h2 id="pick-heading">Add a results file</h2>
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (e.dataTransfer.files.length) start(e.dataTransfer.files);
          }}
        >
          <label className="file-label">
            Choose files (or drop them here)
            <input
              type="file"
              multiple
              accept=".json,.yaml,.yml,.md,.csv,application/json,text/csv,text/markdown"
              onChange={(e) => {
                if (e.target.files?.length) start(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
          <p className="note">lm-evaluation-harness results JSON · Hugging Face model card (README.md or its model-index YAML) · HELM groups/*.json · the dashboard CSV</p>
        </div>
        <p>
          <button type="button" className="link-button" onClick={() => downloadBlob(new Blob([CSV_TEMPLATE], { type: 'text/csv;charset=utf-8' }), 'results-template.csv')}>
            Download the CSV template
          </button>
        </p>
      </section>

      {jobs.map((job) => (
        <JobCard key={job.id} job={job} onChange={(patch) => update(job.id, patch)} onCancel={() => cancel(job.id)} onSave={(replace) => save(job, replace)} onDiscard={() => update(job.id, { status: 'discarded' })} />
      ))}

      <section aria-labelledby="yours-heading">
        <h2 id="yours-heading">Your results in this browser</h2>
        {yours.length === 0 ? (
          <p className="note">None yet. Imported results are kept in this browser only (IndexedDB) until you remove them.</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data-table" id="your-models">
                <caption>Imported models (shown as ★ … (yours) on the task, language, unseen and scaling views and the HELM leaderboards)</caption>
                <thead>
                  <tr>
                    <th scope="col">Model</th>
                    <th scope="col">Results</th>
                    <th scope="col">From</th>
                    <th scope="col">Coverage</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {yours.map((m) => (
                    <YourModelRow key={m.id} model={m} />
                  ))}
                </tbody>
              </table>
            </div>
            <p className="chart-actions">
              <button type="button" onClick={exportCsv}>
                Download my results (CSV)
              </button>
              <button type="button" onClick={() => removeAllUserModels()}>
                Remove all
              </button>
            </p>
            {yours.some((m) => m.helmRows?.length) ? <p className="note">HELM cells have no place in this CSV schema (no dataset or language): keep the HELM file you imported them from.</p> : null}
          </>
        )}
      </section>
    </>
  );
}

function YourModelRow({ model }: { model: UserModel }) {
  const datasets = [...new Set(model.rows.map((r) => r.dataset))];
  return (
    <tr data-your-model={model.label}>
      <th scope="row">{model.label}</th>
      <td>
        {model.rows.length ? (
          <>
            {model.rows.length} on{' '}
            {datasets.map((d, i) => (
              <span key={d}>
                {i > 0 ? ', ' : ''}
                <Link href={`/tasks/${d}`}>{datasetInfo(d).name}</Link>
              </span>
            ))}
          </>
        ) : null}
        {model.helmRows?.length ? (
          <>
            {model.rows.length ? '; ' : ''}
            {model.helmRows.length} <Link href="/helm">HELM</Link> cells
          </>
        ) : null}
      </td>
      <td>
        {model.file} <span className="note">({model.format})</span>
      </td>
      <td>{model.pretrainingLanguages ? `pretrained on ${model.pretrainingLanguages.join(', ')}` : 'not stated (unknown)'}</td>
      <td>
        <button type="button" onClick={() => removeUserModel(model.id)}>
          Remove {model.label}
        </button>
      </td>
    </tr>
  );
}

/** What the name field does for this file. */
function nameHint(result: ImportResult): string {
  const named = namedModels(result).size;
  if (named > 1) return `(used only for a file of one model: this one names ${named}, each keeps its own)`;
  return result.modelName || named ? '' : '(the file does not say)';
}

function JobCard({ job, onChange, onCancel, onSave, onDiscard }: { job: Job; onChange: (patch: Partial<Job>) => void; onCancel: () => void; onSave: (replace: boolean) => void; onDiscard: () => void }) {
  const result = job.result;
  const rows = result ? benchmarkRows(result) : [];
  const helmRows = result ? result.rows.filter((r): r is HelmRow => r.suite === 'helm') : [];
  const helm = helmOutcome(helmRows);
  const helmColumns = useHelmColumns(helm.kept.length > 0);
  const placement = helmColumns.status === 'ready' ? placeHelmCells(helm.kept, helmColumns.columns) : null;
  const tasks = result ? mappableTasks(result) : [];
  // Mappable tasks count: once mapped they become this model's rows, and it needs a name like any other.
  const savable = rows.length > 0 || helm.kept.length > 0 || tasks.length > 0;
  return (
    <article className="import-job" aria-labelledby={`job-${job.id}`} data-status={job.status}>
      <h3 id={`job-${job.id}`}>
        {job.file.name} <span className="note">({(job.file.size / 1024).toFixed(1)} KB)</span>
      </h3>
      {job.status === 'reading' ? (
        <p>
          <label>
            Reading…{' '}
            <progress max={job.file.size || 1} value={job.loaded}>
              {Math.round((job.loaded / (job.file.size || 1)) * 100)}%
            </progress>
          </label>{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </p>
      ) : null}
      {job.message ? (
        <p className="problems" role="status">
          {job.message}
        </p>
      ) : null}
      {result && job.status !== 'discarded' ? (
        <>
          <p className="import-summary" role="status">
            Format: <strong>{result.format}</strong>. <strong data-count="rows">{rows.length}</strong> results imported, <strong data-count="rejected">{result.rejected.length}</strong> rejected,{' '}
            <strong data-count="unmapped">{result.unmapped.length}</strong> unmapped
            {helmRows.length ? (
              <>
                , {helmRows.length} HELM cells (<strong data-count="helm">{helm.kept.length}</strong> scores that can join the HELM leaderboards)
              </>
            ) : null}
            .
          </p>
          {job.status === 'saved' ? <SavedNote rows={rows} helmKept={helm.kept.length} /> : null}
          {result.warnings.length ? (
            <ul className="note">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
          {savable && job.status === 'review' ? <ModelForm job={job} result={result} onChange={onChange} /> : null}
          {isHelm(result) ? <HelmOutcomeNote rows={helmRows} outcome={helm} columns={helmColumns.status} placement={placement} /> : null}
          <ImportTables result={result} rows={rows} helmKept={helm.kept} placement={placement} columns={helmColumns.status} />
          {tasks.length > 0 && job.status === 'review' ? (
            <fieldset className="mapping">
              <legend>Unmapped tasks: map them onto a dataset and language, or skip them</legend>
              {tasks.map((task) => (
                <label key={task}>
                  <code>{task}</code>
                  <select value={job.mapping[task] ?? ''} onChange={(e) => onChange({ mapping: { ...job.mapping, [task]: e.target.value } })}>
                    <option value="">skip</option>
                    {MAP_TARGETS.map((t) => (
                      <option key={t.value} value={t.value}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          ) : null}
          {job.status === 'review' ? (
            <p className="chart-actions">
              <button type="button" onClick={() => onSave(false)} disabled={rows.length === 0 && helm.kept.length === 0 && !Object.values(job.mapping).some(Boolean)}>
                Add to my dashboard
              </button>
              {job.nameTaken ? (
                <button type="button" onClick={() => onSave(true)}>
                  Replace the saved {job.nameTaken === 1 ? 'model' : 'models'}
                </button>
              ) : null}
              <button type="button" onClick={onDiscard}>
                Discard
              </button>
            </p>
          ) : null}
        </>
      ) : null}
      {job.status === 'discarded' ? <p className="note">Discarded.</p> : null}
    </article>
  );
}

const isHelm = (result: Result) => result.format === 'helm-groups' || result.format === 'helm-table';

function ModelForm({ job, result, onChange }: { job: Job; result: Result; onChange: (patch: Partial<Job>) => void }) {
  const named = namedModels(result).size;
  // One form per file: in a file of several models, size and languages are said of all of them.
  const forAll = named > 1 ? `; applies to all ${named} models of this file: import them one file each to tell them apart` : '';
  return (
    <form className="controls" aria-label={`Describe the model of ${job.file.name}`} onSubmit={(e) => e.preventDefault()}>
      <label>
        Model name {nameHint(result)}
        <input type="text" value={job.name} maxLength={120} onChange={(e) => onChange({ name: e.target.value, nameTaken: 0, message: '' })} required />
      </label>
      <label>
        Parameters (optional, e.g. 7.1B{forAll})
        <input type="text" value={job.params} onChange={(e) => onChange({ params: e.target.value })} inputMode="decimal" />
      </label>
      <label>
        Pretraining languages (optional, e.g. en, fr, ar{forAll})
        <input type="text" value={job.languages} onChange={(e) => onChange({ languages: e.target.value })} />
      </label>
    </form>
  );
}

function SavedNote({ rows, helmKept }: { rows: BenchmarkRow[]; helmKept: number }) {
  const datasets = [...new Set(rows.map((r) => r.dataset))];
  return (
    <p className="saved">
      Saved in this browser.{' '}
      {datasets.length ? (
        <>
          See it beside the published models on{' '}
          {datasets.map((d, i) => (
            <span key={d}>
              {i > 0 ? ', ' : ''}
              <Link href={`/tasks/${d}`}>{datasetInfo(d).name}</Link>
            </span>
          ))}
          .{' '}
        </>
      ) : null}
      {helmKept ? (
        <>
          Your HELM scores join the <Link href="/helm">HELM leaderboards</Link> wherever a published column has the same scenario, tab and metric.
        </>
      ) : null}
    </p>
  );
}

/** What a HELM file adds: nothing (and why), or which scores are kept and where they can appear. */
function HelmOutcomeNote({ rows, outcome, columns, placement }: { rows: HelmRow[]; outcome: HelmOutcome; columns: HelmColumnsState['status']; placement: HelmPlacement | null }) {
  const nothing = nothingShownReason(rows, outcome);
  if (nothing) {
    return (
      <p className="problems" data-helm-outcome="nothing">
        {nothing}
      </p>
    );
  }
  const hidden = outcome.kept.filter((r) => r.status === 'hidden').length;
  const unplaced = placement ? unplacedText(placement) : null;
  return (
    <>
      <p className="note" data-helm-outcome="kept">
        {outcome.kept.length} score cell{outcome.kept.length === 1 ? '' : 's'} will be kept{hidden ? ` (${hidden} hidden by the publisher: kept as hidden, without a number)` : ''}
        {outcome.leftOut.length ? `; not kept: ${leftOutText(outcome)}` : ''}. HELM tables name no language, so these cells stay off the per-language charts. Each
        appears as a ★ row on a <Link href="/helm">HELM leaderboard</Link> where a published column has the same scenario (run group), tab and metric
        {columns === 'loading' ? ' (checking the published columns…)' : ''}
        {columns === 'failed' ? ': the published columns could not be loaded to check this here, so a kept cell without a column would be saved but shown nowhere' : ''}
        {placement && !unplaced ? `: ${outcome.kept.length === 1 ? 'it does, and the table below links it' : `all ${outcome.kept.length} do, and the table below links each`} to its leaderboard` : ''}.
      </p>
      {unplaced ? (
        <p className="problems" data-helm-outcome="unplaced">
          {unplaced}
        </p>
      ) : null}
    </>
  );
}

function ImportTables({ result, rows, helmKept, placement, columns }: { result: Result; rows: BenchmarkRow[]; helmKept: HelmRow[]; placement: HelmPlacement | null; columns: HelmColumnsState['status'] }) {
  return (
    <>
      {rows.length ? (
        <ReviewTable
          summary="Imported results"
          columns={['Model', 'Dataset', 'Language', 'Metric', VALUE_COLUMN, 'Stderr', 'Where']}
          items={rows}
          row={(r, i) => (
            <tr key={i} data-imported={`${r.dataset}|${r.language}|${r.metric}`}>
              <td>{r.model ?? '—'}</td>
              <td>{datasetInfo(r.dataset).name}</td>
              <td>{r.language}</td>
              <td>{r.metric}</td>
              <ValueCells value={r.value} unit={r.unit} />
              <td className="num">{r.stderr ?? ''}</td>
              <WhereCell path={r.source.path} line={r.source.line} />
            </tr>
          )}
        />
      ) : null}
      {helmKept.length ? (
        <ReviewTable
          summary="HELM scores kept"
          columns={['Model', 'Scenario (run group)', 'Tab', 'Metric', VALUE_COLUMN, 'Where', 'Shown on']}
          items={helmKept}
          row={(r, i) => (
            <tr key={i} data-helm-kept={`${r.run_group}|${r.metric_tab}|${r.metric}`}>
              <td>{r.model}</td>
              <td>{r.run_group}</td>
              <td>{r.metric_tab}</td>
              <td>{r.metric}</td>
              {r.value === null ? <td colSpan={2}>hidden by the publisher (no number)</td> : <ValueCells value={r.value} unit={r.unit} />}
              <WhereCell path={r.source.path} line={r.source.line} />
              <td>{placement ? <HelmPlaces columns={placement.columnsOf(r)} /> : columns === 'loading' ? 'checking…' : 'not checked'}</td>
            </tr>
          )}
        />
      ) : null}
      {result.rejected.length ? (
        <details open>
          <summary>Rejected ({result.rejected.length}): not imported, with the reason</summary>
          <ul className="reasons">
            {result.rejected.slice(0, SHOWN).map((r, i) => (
              <li key={i}>
                <code>{placeInFile(r.where, r.line)}</code>: {r.reason}
              </li>
            ))}
          </ul>
          <More total={result.rejected.length} />
        </details>
      ) : null}
      {result.unmapped.length ? (
        <details open>
          <summary>Unmapped ({result.unmapped.length}): results the dashboard cannot place on its per-language charts</summary>
          <ul className="reasons">
            {result.unmapped.slice(0, SHOWN).map((u, i) => (
              <li key={i}>
                <code>{u.task}</code>
                {u.language ? ` (${u.language})` : ''}: {u.reason}
              </li>
            ))}
          </ul>
          <More total={result.unmapped.length} />
        </details>
      ) : null}
    </>
  );
}

function More({ total }: { total: number }) {
  return total > SHOWN ? <p className="note">… and {total - SHOWN} more.</p> : null;
}

function WhereCell({ path, line }: { path: string; line: number | null }) {
  return (
    <td>
      <code>{placeInFile(path, line)}</code>
    </td>
  );
}

/** Its value column spans two cells: the value as in the file, then the unit the importer decided. */
const VALUE_COLUMN = 'Value (as in the file) and unit';

const PLACES_SHOWN = 3;

function HelmPlaces({ columns }: { columns: HelmColumn[] }) {
  if (!columns.length) return <strong data-shown-on="nowhere">no published column: shown nowhere</strong>;
  return (
    <>
      {columns.slice(0, PLACES_SHOWN).map((c, i) => (
        <span key={`${c.project}/${c.group}`}>
          {i > 0 ? '; ' : ''}
          <Link href={helmColumnHref(c)}>{helmColumnPlace(c)}</Link>
        </span>
      ))}
      {columns.length > PLACES_SHOWN ? ` and ${columns.length - PLACES_SHOWN} more` : ''}
    </>
  );
}

function ReviewTable<T>({ summary, columns, items, row }: { summary: string; columns: string[]; items: T[]; row: (item: T, i: number) => ReactNode }) {
  return (
    <details open={items.length <= 30}>
      <summary>
        {summary} ({items.length})
      </summary>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" colSpan={c === VALUE_COLUMN ? 2 : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{items.slice(0, SHOWN).map(row)}</tbody>
        </table>
      </div>
      <More total={items.length} />
    </details>
  );
}
