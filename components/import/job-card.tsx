'use client';

import { useMemo } from 'react';
import Link from '@/components/layout/intent-link';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { andMore, fmt } from '@/lib/importers/limits';
import type { BenchmarkRow, HelmRow, ImportResult } from '@/lib/importers/types';
import { namedModels } from '@/lib/yours/user-results';
import { helmOutcome, placeHelmCells } from './helm-outcome';
import { benchmarkRows, isHelm, type Job, type Result } from './import-job';
import { HelmOutcomeNote, ImportTables } from './review-tables';
import { mappableTasks, TaskMapping } from './task-mapping';
import { useHelmColumns } from './use-helm-columns';

/** What the name field does for this file. */
function nameHint(result: ImportResult): string {
  const named = namedModels(result).size;
  if (named > 1) return `(used only for a file of one model: this one names ${named}, each keeps its own)`;
  return result.modelName || named ? '' : '(the file does not say)';
}

export function JobCard({ job, onChange, onCancel, onSave, onDiscard }: { job: Job; onChange: (patch: Partial<Job>) => void; onCancel: () => void; onSave: (replace: boolean) => void; onDiscard: () => void }) {
  const result = job.result;
  // A file can hold 500,000 rows: split them once per result, not on every keystroke in the form.
  const { rows, helmRows, tasks } = useMemo(() => ({ rows: result ? benchmarkRows(result) : [], helmRows: result ? result.rows.filter((r): r is HelmRow => r.suite === 'helm') : [], tasks: result ? mappableTasks(result) : [] }), [result]);
  const helm = useMemo(() => helmOutcome(helmRows), [helmRows]);
  const helmColumns = useHelmColumns(helm.kept.length > 0);
  const placement = helmColumns.status === 'ready' ? placeHelmCells(helm.kept, helmColumns.columns) : null;
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
            Format: <strong>{result.format}</strong>. <strong data-count="rows">{fmt(rows.length)}</strong> results imported, <strong data-count="rejected">{fmt(result.rejected.length + result.omitted.rejected)}</strong> rejected,{' '}
            <strong data-count="unmapped">{fmt(result.unmapped.length + result.omitted.unmapped)}</strong> unmapped
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
              {result.omitted.warnings ? <li>… {andMore(result.omitted.warnings, 'warnings, not listed')}.</li> : null}
            </ul>
          ) : null}
          {savable && job.status === 'review' ? <ModelForm job={job} result={result} onChange={onChange} /> : null}
          {isHelm(result) ? <HelmOutcomeNote rows={helmRows} outcome={helm} columns={helmColumns.status} placement={placement} /> : null}
          <ImportTables result={result} rows={rows} helmKept={helm.kept} placement={placement} columns={helmColumns.status} />
          {tasks.length > 0 && job.status === 'review' ? (
            <TaskMapping tasks={tasks} mapping={job.mapping} onChange={(mapping) => onChange({ mapping })} />
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
