import type { ChartData } from '@/lib/chart/data';
import { BEST_MARK, formatDerived, MISSING_TEXT, NOT_ABOVE_MARK } from '@/lib/chart/format';
import { matrixOf, SUMMARY_SORT, type MatrixCell, type MatrixModel } from '@/lib/chart/matrix';
import { rankText, rankWords } from '@/lib/chart/rank';
import { notAboveText } from '@/lib/chart/references';
import { chartDecimals } from '@/lib/chart/shown-number';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';
import { PublishedNumber } from '@/components/tables/published-number';
import { COVERAGE_MARK, tintVar } from './matrix-cues';
import { MatrixLegend } from './matrix-legend';
import './matrix.css';

const SUMMARY_LABEL = { mean: 'Mean', 'win-rate': 'Mean win rate' } as const;

interface Props {
  id: string;
  data: ChartData;
  /** Sort the rows by a column key or SUMMARY_SORT; without it the headers are not buttons. */
  onSort?: (by: string) => void;
  /** Print each cell's rank in its column (HELM's group tables do). */
  showRanks?: boolean;
  /** What a row is, e.g. "Model". */
  rowLabel?: string;
  /** The matrix is the page (embeds): its title is the page's h1. */
  titleAsHeading?: boolean;
}

/**
 * The matrix chart kind: a real table, models as rows, every number printed and coloured on one
 * scale, the best of each column marked, rows sorted by any column or the summary. Pure HTML, drawn
 * on the server: no Recharts.
 */
export function MatrixChart({ id, data, onSort, showRanks = false, rowLabel = 'Model', titleAsHeading = false }: Props) {
  const summary = data.matrix?.summary ?? 'mean';
  // No hooks: the same component renders on the server (HELM group pages) and in a view in the browser.
  const model = matrixOf(data, data.matrix?.sortedBy ?? SUMMARY_SORT, summary);
  const decimals = chartDecimals(data);
  const sortedName = model.sortedBy === SUMMARY_SORT ? SUMMARY_LABEL[summary].toLowerCase() : model.columns.find((c) => c.key === model.sortedBy)?.label;
  const header = (key: string, label: string, title?: string) => {
    const active = model.sortedBy === key;
    return (
      <th key={key} scope="col" aria-sort={active ? (data.lowerIsBetter && key !== SUMMARY_SORT ? 'ascending' : 'descending') : 'none'} title={title} data-column={key}>
        {onSort ? (
          <button type="button" data-msort={key} onClick={() => onSort(key)} aria-label={`Sort models by ${label}, best first`}>
            {label}
            <span aria-hidden="true">{active ? ' ▼' : ' ↕'}</span>
          </button>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    <figure className="matrix-frame" aria-labelledby={`${id}-title`}>
      {titleAsHeading ? (
        <h1 id={`${id}-title`} className="chart-title">
          {data.title}
        </h1>
      ) : (
        <figcaption id={`${id}-title`}>{data.title}</figcaption>
      )}
      <MatrixLegend data={data} model={model} />
      <div className="matrix-wrap" data-matrix-id={id} tabIndex={0} role="region" aria-label="Matrix, scrolls sideways">
        <table className="matrix" data-matrix="true">
          <caption className="visually-hidden">
            {data.title}: {model.rows.length} {rowLabel.toLowerCase()}s × {model.columns.length} {data.categoryLabel.toLowerCase()}s, {data.valueLabel}, sorted by {sortedName}, best first.
          </caption>
          <thead>
            <tr>
              <th scope="col">{rowLabel}</th>
              {header(SUMMARY_SORT, SUMMARY_LABEL[summary], summaryTitle(summary, data.categoryLabel))}
              {model.columns.map((c) => header(c.key, c.label))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((r) => (
              <tr key={r.series.key} data-series={r.series.key}>
                <th scope="row" title={r.series.detail}>
                  {r.series.label}
                </th>
                <td className="m-summary" data-best={r.summaryBest ? 'true' : undefined} title={`computed: ${SUMMARY_LABEL[summary].toLowerCase()} over ${r.summaryOf} of ${model.columns.length} ${data.categoryLabel.toLowerCase()}s`}>
                  {r.summary === null ? '–' : summary === 'win-rate' ? r.summary.toFixed(3) : formatDerived(r.summary)}
                  {r.summaryOf < model.columns.length && r.summary !== null ? <span className="m-of"> ({r.summaryOf})</span> : null}
                  {r.summaryBest ? <Best /> : null}
                </td>
                {r.cells.map((c, i) => (
                  <Cell key={model.columns[i].key} c={c} column={model.columns[i].key} of={model.rankedIn[i]} data={data} decimals={decimals} showRanks={showRanks} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.notes.map((n) => (
        <p className="note" key={n}>
          {n}
        </p>
      ))}
    </figure>
  );
}

function summaryTitle(summary: MatrixModel['summary'], categoryLabel: string): string {
  const over = categoryLabel.toLowerCase();
  return summary === 'mean'
    ? `Computed here, not published: the mean of the row's numbers over the ${over}s it has one for (how many, in brackets, when not all)`
    : `Computed here as HELM computes it: per ${over}, the share of the other models this one beats (a tie counts half), averaged over the ${over}s`;
}

const Best = () => (
  <span className="m-best" aria-hidden="true">
    {' '}
    {BEST_MARK}
  </span>
);

function Cell({ c, column, of, data, decimals, showRanks }: { c: MatrixCell; column: string; of: number; data: ChartData; decimals: number | null; showRanks: boolean }) {
  const cell = c.cell;
  const coverage = cell?.coverage ?? null;
  const words = [
    coverage ? COVERAGE_LABEL[coverage] : null,
    c.best ? 'best in column' : null,
    c.notAbove ? notAboveText(data, c.notAbove) : null,
    c.rank ? rankWords(c.rank, of) : null,
  ].filter(Boolean);
  if (!cell || cell.state !== 'reported') {
    const missing = MISSING_TEXT[cell?.state === undefined || cell.state === 'reported' ? 'not-evaluated' : cell.state];
    return (
      <td className="m-cell m-missing" data-column={column} title={missing}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{missing}</span>
      </td>
    );
  }
  return (
    <td
      className="m-cell"
      data-column={column}
      data-best={c.best ? 'true' : undefined}
      data-not-above={c.notAbove ? 'true' : undefined}
      data-coverage={coverage ?? undefined}
      data-rank={c.rank ? rankText(c.rank) : undefined}
      style={tintVar(c.shade)}
    >
      {cell.derived && cell.value !== null ? <span>{formatDerived(cell.value)}</span> : <PublishedNumber text={cell.published ?? ''} decimals={decimals} />}
      {cell.offAxis && cell.unit ? <span className="m-of"> {cell.unit}</span> : null}
      <span className="m-marks" aria-hidden="true">
        {coverage ? COVERAGE_MARK[coverage] : ''}
        {c.notAbove ? NOT_ABOVE_MARK : ''}
        {c.best ? BEST_MARK : ''}
      </span>
      {showRanks && c.rank ? <span className="m-rank" aria-hidden="true">{c.rank.tied ? rankText(c.rank) : `#${c.rank.rank}`}</span> : null}
      {words.length ? <span className="visually-hidden">{`, ${words.join(', ')}`}</span> : null}
    </td>
  );
}
