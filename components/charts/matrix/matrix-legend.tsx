import type { ChartData } from '@/lib/chart/data';
import { BEST_MARK, formatReference, NOT_ABOVE_MARK } from '@/lib/chart/format';
import type { MatrixModel } from '@/lib/chart/matrix';
import { COVERAGE_LABEL, COVERAGE_LEVELS } from '@/lib/coverage/coverage';
import { COVERAGE_MARK, tintOf } from './matrix-cues';

/** What every cue of the matrix means: the colour scale, coverage symbols, best and chance marks. */
export function MatrixLegend({ data, model }: { data: ChartData; model: MatrixModel }) {
  const levels = new Set(model.rows.flatMap((r) => r.cells.map((c) => c.cell?.coverage ?? null)));
  const anyNotAbove = model.rows.some((r) => r.cells.some((c) => c.notAbove));
  return (
    <ul className="chart-legend matrix-legend" aria-label="Legend">
      <li>
        <span className="matrix-scale" aria-hidden="true">
          <span style={{ background: tintOf(0) }} />
          <span style={{ background: tintOf(0.5) }} />
          <span style={{ background: tintOf(1) }} />
        </span>{' '}
        shade: worst to best number {model.shadeScope === 'column' ? 'of its column' : 'of the matrix'} ({data.lowerIsBetter ? 'lower is better' : 'higher is better'}); the number is printed in every cell
      </li>
      <li>
        <span aria-hidden="true">{BEST_MARK}</span> bold, outlined: best in its column
      </li>
      {COVERAGE_LEVELS.filter((l) => levels.has(l)).map((l) => (
        <li key={l}>
          <span aria-hidden="true">{COVERAGE_MARK[l]}</span> {COVERAGE_LABEL[l]} for that model
        </li>
      ))}
      {anyNotAbove || data.references?.length ? (
        <li>
          <span aria-hidden="true">{NOT_ABOVE_MARK}</span> at or {data.lowerIsBetter ? 'above' : 'below'} chance:{' '}
          {(data.references ?? []).map((r) => `${r.label} ${formatReference(r, data.unit)} (${r.about})`).join('; ')}
        </li>
      ) : null}
      <li>
        <span aria-hidden="true">×</span> not evaluated (never 0)
      </li>
    </ul>
  );
}
