import { Fragment } from 'react';
import type { ChartCell } from '@/lib/chart/data';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';
import { BEST_MARK, formatDerived, MISSING_TEXT, NOT_ABOVE_MARK } from '@/lib/chart/format';
import { UNIT_INFO } from '@/lib/data/units';
import { CellRankTag } from './cell-rank';
import { PublishedNumber } from './published-number';

/** One cell of the chart table: the number as published (or why there is none), its cues, and its source link. */
const COVERAGE_TITLE = {
  unseen: `${COVERAGE_LABEL.unseen}: not in the model's pretraining or finetuning data`,
  'finetuning-only': `${COVERAGE_LABEL['finetuning-only']}: not in the model's pretraining data`,
};

function PromptPoints({ cell, decimals }: { cell: ChartCell; decimals: number | null }) {
  if (!cell.points?.length) return null;
  return (
    <span className="points" title="single-prompt accuracies">
      prompts:{' '}
      {cell.points.map((p, i) => (
        <Fragment key={p.label}>
          {i > 0 ? ' · ' : ''}
          <PublishedNumber text={p.published} decimals={decimals} />
        </Fragment>
      ))}
    </span>
  );
}

/** A number's footnote link to its entry in the table's source list. */
export function SourceLink({ n, tableId }: { n: number | undefined; tableId: string }) {
  if (n === undefined) return null;
  return (
    <sup className="src">
      <a href={`#${tableId}-src-${n}`} aria-label={`source ${n}`}>
        [{n}]
      </a>
    </sup>
  );
}

/** The cell's other numbers, each with its own source link or place in your file (never drawn). */
function AlsoPublished({ cell, sourceNumber, tableId, decimals }: { cell: ChartCell; sourceNumber: Map<string, number>; tableId: string; decimals: number | null }) {
  if (!cell.alsoPublished?.length) return null;
  return (
    <>
      {cell.alsoPublished.map((o, i) => {
        const n = o.source ? sourceNumber.get(o.source) : undefined;
        return (
          <span key={i} className="points also-published" title={o.note || undefined}>
            {o.label}: <PublishedNumber data-also={o.published} text={o.published} decimals={decimals} /> ({UNIT_INFO[o.unit].label}, not drawn)
            <SourceLink n={n} tableId={tableId} />
          </span>
        );
      })}
    </>
  );
}

interface Marks {
  /** "at or below chance (33.33%)" when the number does not beat its category's chance level. */
  notAbove?: string;
  /** The best number of its column. */
  best?: boolean;
}

export function CellContent({ cell, sourceNumber, tableId, decimals, marks = {} }: { cell: ChartCell | undefined; sourceNumber: Map<string, number>; tableId: string; decimals: number | null; marks?: Marks }) {
  if (!cell || cell.state !== 'reported') {
    return (
      <>
        <span className="missing" title={cell?.note || undefined}>
          {MISSING_TEXT[cell?.state === undefined || cell.state === 'reported' ? 'not-evaluated' : cell.state]}
        </span>
        {cell ? <PromptPoints cell={cell} decimals={decimals} /> : null}
      </>
    );
  }
  // A computed value (a mean, a fraction ×100) is shown as computed, with what it came from.
  const computed = cell.derived && cell.value !== null ? { text: formatDerived(cell.value), method: cell.derived.method } : null;
  const n = cell.source ? sourceNumber.get(cell.source) : undefined;
  return (
    <>
      {computed ? <span data-value={computed.text}>{computed.text}</span> : <PublishedNumber data-value={cell.published ?? ''} text={cell.published ?? ''} decimals={decimals} />}
      {cell.interval ? (
        <span data-stderr={cell.interval.stderr} title="published standard error; the chart's error bar is ± 1.96 × it (95% normal interval)">
          {' ± '}
          <PublishedNumber text={cell.interval.stderr} decimals={decimals} />
        </span>
      ) : null}
      {computed && cell.published !== null ? (
        <span className="points">
          imported as <PublishedNumber text={cell.published} decimals={decimals} />
        </span>
      ) : null}
      {computed ? (
        <span className="tag" title={cell.note}>
          computed: {computed.method}
        </span>
      ) : null}
      {!computed && cell.offAxis && cell.unit ? <span className="tag">{UNIT_INFO[cell.unit].label}</span> : null}
      {cell.flag ? (
        <span className="tag tag-flag" title={cell.flag.text} data-flag={cell.flag.symbol}>
          <span aria-hidden="true">{cell.flag.symbol} </span>
          {cell.flag.label}
        </span>
      ) : null}
      {cell.coverage === 'unseen' || cell.coverage === 'finetuning-only' ? (
        <span className={`tag${cell.coverage === 'unseen' ? ' tag-unseen' : ''}`} title={COVERAGE_TITLE[cell.coverage]}>
          {cell.coverage === 'unseen' ? 'unseen' : 'finetuning only'}
        </span>
      ) : null}
      {marks.best ? (
        <span className="tag tag-best" title="the best number in this column">
          <span aria-hidden="true">{BEST_MARK} </span>best
        </span>
      ) : null}
      {marks.notAbove ? (
        <span className="tag tag-chance" title={marks.notAbove} data-not-above="true">
          <span aria-hidden="true">{NOT_ABOVE_MARK} </span>
          {marks.notAbove.replace(/ \(.*$/, '')}
        </span>
      ) : null}
      <SourceLink n={n} tableId={tableId} />
      {cell.rank ? <CellRankTag rank={cell.rank} /> : null}
      <PromptPoints cell={cell} decimals={decimals} />
      <AlsoPublished cell={cell} sourceNumber={sourceNumber} tableId={tableId} decimals={decimals} />
    </>
  );
}

