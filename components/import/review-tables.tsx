'use client';

import Link from '@/components/layout/intent-link';
import type { ReactNode } from 'react';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { helmColumnHref, helmColumnPlace, type HelmColumn } from '@/lib/helm/columns';
import { andMore, fmt } from '@/lib/importers/limits';
import { placeInFile } from '@/lib/importers/where';
import type { BenchmarkRow, HelmRow } from '@/lib/importers/types';
import { leftOutText, nothingShownReason, unplacedText, type HelmOutcome, type HelmPlacement } from './helm-outcome';
import type { Result } from './import-job';
import type { HelmColumnsState } from './use-helm-columns';
import { ValueCells } from './value-with-unit';

/** Rows, HELM cells, rejections and unmapped tasks are listed up to this many each. */
const SHOWN = 100;

/** What a HELM file adds: nothing (and why), or which scores are kept and where they can appear. */
export function HelmOutcomeNote({ rows, outcome, columns, placement }: { rows: HelmRow[]; outcome: HelmOutcome; columns: HelmColumnsState['status']; placement: HelmPlacement | null }) {
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

export function ImportTables({ result, rows, helmKept, placement, columns }: { result: Result; rows: BenchmarkRow[]; helmKept: HelmRow[]; placement: HelmPlacement | null; columns: HelmColumnsState['status'] }) {
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
          <summary>Rejected ({fmt(result.rejected.length + result.omitted.rejected)}): not imported, with the reason</summary>
          <ul className="reasons">
            {result.rejected.slice(0, SHOWN).map((r, i) => (
              <li key={i}>
                <code>{placeInFile(r.where, r.line)}</code>: {r.reason}
              </li>
            ))}
          </ul>
          <More total={result.rejected.length + result.omitted.rejected} what="rejected" />
        </details>
      ) : null}
      {result.unmapped.length ? (
        <details open>
          <summary>Unmapped ({fmt(result.unmapped.length + result.omitted.unmapped)}): results the dashboard cannot place on its per-language charts</summary>
          <ul className="reasons">
            {result.unmapped.slice(0, SHOWN).map((u, i) => (
              <li key={i}>
                <code>{u.task}</code>
                {u.language ? ` (${u.language})` : ''}: {u.reason}
              </li>
            ))}
          </ul>
          <More total={result.unmapped.length + result.omitted.unmapped} what="unmapped" />
        </details>
      ) : null}
    </>
  );
}

function More({ total, what = 'not listed' }: { total: number; what?: string }) {
  return total > SHOWN ? <p className="note">… {andMore(total - SHOWN, what)}.</p> : null;
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
        {summary} ({fmt(items.length)})
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
