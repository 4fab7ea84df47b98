'use client';

import { Fragment, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { cellGrid, type ChartData } from '@/lib/chart/data';
import { formatReference, HIGHLIGHT_MARK } from '@/lib/chart/format';
import { chartDecimals } from '@/lib/chart/shown-number';
import { compareMissingLast, compareText } from '@/lib/chart/sort';
import { UNIT_INFO } from '@/lib/data/units';
import { KEEP_SERVER_HTML, useServerHtml } from '@/components/layout/use-server-html';
import { CellContent, SourceLink } from './cell-content';
import { bestPerSeries } from '@/lib/chart/rank';
import { notAbove, notAboveText } from '@/lib/chart/references';
import { RankCell, rankMap } from './rank-cell';
import { NameLink } from './cell-rank';
import './table-marks.css';

type SortKey = { column: string; dir: 'asc' | 'desc' } | null;
const CATEGORY_COLUMN = '__category';
/** About one table row, for the table's size before it is first laid out (see .chart-table > .table-wrap). */
const ROW_REM = 2.25;
const estimatedRows = (data: ChartData) => data.categories.length + (data.groups?.length ?? 0) + 2;

function nextSort(sort: SortKey, column: string, lowerIsBetter: boolean): SortKey {
  if (sort?.column === column) return { column, dir: sort.dir === 'asc' ? 'desc' : 'asc' };
  return { column, dir: column === CATEGORY_COLUMN ? 'asc' : lowerIsBetter ? 'asc' : 'desc' };
}

/**
 * The chart's numbers as a table: categories as rows, series as columns, sortable.
 * The table the server rendered is kept as it is (not hydrated) until `live`, the reader sorts
 * it or the chart's data changes: a click on a sort button of the kept table is handled here.
 */
export function ChartTable({ id, data, live = false }: { id: string; data: ChartData; live?: boolean }) {
  const { kept, release } = useServerHtml(data);
  if (kept && live) release();
  const [start, setStart] = useState<{ sort: SortKey; focus: string | null }>({ sort: null, focus: null });
  const tableId = `${id}-table`;
  if (kept) {
    const sortFromKept = (e: MouseEvent<HTMLElement>) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-sort-column]');
      if (!button?.dataset.sortColumn) return;
      const column = button.dataset.sortColumn;
      setStart({ sort: nextSort(null, column, data.lowerIsBetter), focus: document.activeElement === button ? column : null });
      release();
    };
    return <section className="chart-table" aria-labelledby={`${tableId}-caption`} onClick={sortFromKept} {...KEEP_SERVER_HTML} />;
  }
  return <LiveChartTable tableId={tableId} data={data} initialSort={start.sort} focusColumn={start.focus} />;
}

function LiveChartTable({ tableId, data, initialSort, focusColumn }: { tableId: string; data: ChartData; initialSort: SortKey; focusColumn: string | null }) {
  const [sort, setSort] = useState<SortKey>(initialSort);
  const grid = useMemo(() => cellGrid(data), [data]);
  const sourceNumber = useMemo(() => new Map(data.sources.map((s, i) => [s.id, i + 1])), [data.sources]);
  const decimals = chartDecimals(data);
  const ref = useRef<HTMLElement>(null);
  // The kept table's button had focus: the same button of the drawn table gets it back.
  useEffect(() => {
    if (focusColumn === null) return;
    for (const b of ref.current?.querySelectorAll<HTMLButtonElement>('button[data-sort-column]') ?? []) if (b.dataset.sortColumn === focusColumn) b.focus();
  }, [focusColumn]);

  const categories = useMemo(() => {
    if (!sort) return data.categories;
    const factor = sort.dir === 'asc' ? 1 : -1;
    if (sort.column === CATEGORY_COLUMN) return [...data.categories].sort((a, b) => factor * compareText(a.label, b.label));
    const value = (key: string) => {
      const c = grid.get(key)?.get(sort.column);
      return c && c.state === 'reported' && !c.offAxis ? c.value : null;
    };
    return [...data.categories].sort((a, b) => compareMissingLast(value(a.key), value(b.key), sort.dir === 'desc'));
  }, [data.categories, grid, sort]);

  // The rank column follows the sorted column, or the only one; ranks follow the metric's direction, not the sort's.
  const ranked = sort && sort.column !== CATEGORY_COLUMN ? data.series.find((s) => s.key === sort.column) : data.series.length === 1 ? data.series[0] : undefined;
  const ranks = useMemo(() => (ranked ? rankMap(data, grid, ranked.key) : null), [data, grid, ranked]);
  const best = useMemo(() => bestPerSeries(data), [data]);
  const extra = ranked ? 1 : 0;

  const header = (column: string, label: string, detail?: string, href?: string) => {
    const active = sort?.column === column;
    return (
      <th key={column} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} title={detail}>
        <button type="button" data-sort-column={column} onClick={() => setSort(nextSort(sort, column, data.lowerIsBetter))}>
          {label}
          <span aria-hidden="true">{active ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
        {href ? <NameLink href={href} name={label} /> : null}
      </th>
    );
  };

  return (
    <section ref={ref} className="chart-table" aria-labelledby={`${tableId}-caption`}>
      <div className="table-wrap" style={{ containIntrinsicBlockSize: `auto ${estimatedRows(data) * ROW_REM}rem` }}>
        <table className="data-table" id={tableId}>
          <caption id={`${tableId}-caption`}>
            Table: {data.title} ({UNIT_INFO[data.unit].label}
            {data.lowerIsBetter ? ', lower is better' : ', higher is better'})
          </caption>
          <thead>
            <tr>
              {header(CATEGORY_COLUMN, data.categoryLabel)}
              {ranked ? (
                <th scope="col" className="rank-col" title={`Rank by ${ranked.label}, ${data.lowerIsBetter ? 'lowest' : 'highest'} first; =2 is a tie`}>
                  Rank<span className="visually-hidden"> by {ranked.label}</span>
                </th>
              ) : null}
              {data.series.map((s) => header(s.key, s.label, s.detail, s.href))}
            </tr>
          </thead>
          <tbody>
            {categories.map((c, i) => (
              <Fragment key={c.key}>
                {!sort && c.group && (i === 0 || categories[i - 1].group !== c.group) ? (
                  <tr className="group-row">
                    <th scope="colgroup" colSpan={data.series.length + 1 + extra}>
                      {data.groups?.find((g) => g.key === c.group)?.label ?? c.group}
                    </th>
                  </tr>
                ) : null}
              {/* A highlighted row gets a marker and a thick left rule: cues that are not colour. */}
              <tr data-category={c.key} data-highlight={c.highlight ? 'true' : undefined} style={c.highlight ? { boxShadow: 'inset 3px 0 0 var(--fg)' } : undefined}>
                <th scope="row" title={c.highlight}>
                  {c.highlight ? <span aria-hidden="true">{HIGHLIGHT_MARK} </span> : null}
                  {c.href ? <a href={c.href}>{c.label}</a> : c.label}
                  {c.highlight ? <span className="visually-hidden"> (highlighted: {c.highlight})</span> : null}
                </th>
                {ranks ? <RankCell rank={ranks.get(c.key)} of={ranks.size} /> : null}
                {data.series.map((s) => {
                  const cell = grid.get(c.key)?.get(s.key);
                  const ref = notAbove(data, cell);
                  const isBest = best.get(s.key)?.has(c.key) ?? false;
                  return (
                    <td key={s.key} className="num" data-series={s.key} data-best={isBest ? 'true' : undefined}>
                      <CellContent cell={cell} sourceNumber={sourceNumber} tableId={tableId} decimals={decimals} marks={{ best: isBest, notAbove: ref ? notAboveText(data, ref) : undefined }} />
                    </td>
                  );
                })}
              </tr>
              </Fragment>
            ))}
          </tbody>
          {data.references?.length ? (
            <tfoot>
              {data.references.map((r) => (
                <tr key={r.key} data-reference={r.key}>
                  <th scope="row">Reference: {r.label}</th>
                  <td colSpan={data.series.length + extra}>
                    {formatReference(r, data.unit)} ({r.published === null ? 'computed: ' : ''}
                    {r.about})
                    <SourceLink n={r.source ? sourceNumber.get(r.source) : undefined} tableId={tableId} />
                  </td>
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
      {data.sources.length > 0 && (
        <ol className="sources-list" aria-label="Sources of the numbers in this table">
          {data.sources.map((s, i) => (
            <li key={s.id} id={`${tableId}-src-${i + 1}`}>
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>{' '}
              <span className="note">
                (<a href={`/sources#${s.id}`}>{s.id}: details and caveats</a>)
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
