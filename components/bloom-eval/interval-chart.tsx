import { Mark, MarkLegend, linearTicks } from './marks';

export interface IntervalPoint {
  group: string;
  model: string;
  value: number;
  shown: string;
  low: number | null;
  high: number | null;
}

/**
 * Server-drawn dot plot with error bars: one line per prompt × model, the published value as
 * a mark and its 95% normal interval (value ± 1.96 × published stderr) as a bar. No client JS.
 */
export function IntervalChart({ points, models, labels, axisLabel, title }: { points: IntervalPoint[]; models: readonly string[]; labels: Readonly<Record<string, string>>; axisLabel: string; title: string }) {
  const groups = [...new Set(points.map((p) => p.group))];
  const rowH = 12;
  const groupGap = 8;
  const left = 210;
  const width = 680;
  const plotW = width - left - 16;
  const ys = new Map<string, number>();
  let y = 8;
  for (const g of groups) {
    for (const m of models) if (points.some((p) => p.group === g && p.model === m)) ys.set(`${g}\u0000${m}`, (y += rowH));
    y += groupGap;
  }
  const height = y + 34;
  const lows = points.map((p) => p.low ?? p.value);
  const highs = points.map((p) => p.high ?? p.value);
  let min = Math.min(...lows);
  let max = Math.max(...highs);
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const ticks = linearTicks(min, max);
  min = Math.min(min, ticks[0]);
  max = Math.max(max, ticks[ticks.length - 1]);
  const x = (v: number) => left + ((v - min) / (max - min)) * plotW;
  return (
    <figure className="bloom-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${title}: dot plot with error bars; the table below lists every number`}>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={8} y2={y} stroke="var(--border, #ccc)" strokeWidth={0.5} />
            <text x={x(t)} y={y + 12} fontSize={10} textAnchor="middle">
              {t}
            </text>
          </g>
        ))}
        <text x={left + plotW / 2} y={y + 28} fontSize={11} textAnchor="middle">
          {axisLabel}
        </text>
        {groups.map((g) => {
          const first = Math.min(...models.map((m) => ys.get(`${g}\u0000${m}`) ?? Infinity));
          return (
            <text key={g} x={left - 6} y={first + 3} fontSize={10} textAnchor="end">
              {g.length > 34 ? `${g.slice(0, 33)}…` : g}
              <title>{g}</title>
            </text>
          );
        })}
        {points.map((p) => {
          const py = ys.get(`${p.group}\u0000${p.model}`)!;
          const i = models.indexOf(p.model);
          return (
            <g key={`${p.group}-${p.model}`}>
              <title>{`${p.group}, ${labels[p.model] ?? p.model}: ${p.shown}${p.low !== null ? ` (95% interval ${p.low.toPrecision(4)} to ${p.high!.toPrecision(4)})` : ' (no stderr published)'}`}</title>
              {p.low !== null && p.high !== null ? <line x1={x(p.low)} x2={x(p.high)} y1={py} y2={py} stroke="#333" strokeWidth={1.2} /> : null}
              <Mark x={x(p.value)} y={py} index={i} size={3.5} />
            </g>
          );
        })}
      </svg>
      <figcaption>
        <MarkLegend
          models={models}
          labels={labels}
          extra={<li>bar: 95% normal interval, value ± 1.96 × the published stderr (computed here from BigScience&apos;s stderr); no bar where no stderr is published</li>}
        />
      </figcaption>
    </figure>
  );
}
