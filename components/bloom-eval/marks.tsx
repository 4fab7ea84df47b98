/** One shape and one colour per model: shape is the non-colour cue, named in every legend. */
export const MODEL_MARKS: readonly { color: string; shape: 'circle' | 'square' | 'triangle' | 'diamond' | 'cross'; name: string }[] = [
  { color: '#E69F00', shape: 'circle', name: 'circle' },
  { color: '#0072B2', shape: 'square', name: 'square' },
  { color: '#009E73', shape: 'triangle', name: 'triangle' },
  { color: '#CC79A7', shape: 'diamond', name: 'diamond' },
  { color: '#D55E00', shape: 'cross', name: 'cross' },
];

export function Mark({ x, y, index, hollow = false, size = 4 }: { x: number; y: number; index: number; hollow?: boolean; size?: number }) {
  const m = MODEL_MARKS[index % MODEL_MARKS.length];
  const paint = hollow ? { fill: 'var(--bg, #fff)', stroke: m.color, strokeWidth: 1.5 } : { fill: m.color, stroke: '#000', strokeWidth: 0.5 };
  const s = size;
  if (m.shape === 'circle') return <circle cx={x} cy={y} r={s} {...paint} />;
  if (m.shape === 'square') return <rect x={x - s} y={y - s} width={2 * s} height={2 * s} {...paint} />;
  if (m.shape === 'triangle') return <path d={`M${x},${y - s * 1.2}L${x + s * 1.1},${y + s}L${x - s * 1.1},${y + s}Z`} {...paint} />;
  if (m.shape === 'diamond') return <path d={`M${x},${y - s * 1.3}L${x + s * 1.1},${y}L${x},${y + s * 1.3}L${x - s * 1.1},${y}Z`} {...paint} />;
  return <path d={`M${x - s},${y - s}L${x + s},${y + s}M${x - s},${y + s}L${x + s},${y - s}`} stroke={m.color} strokeWidth={2} />;
}

export function MarkLegend({ models, labels, extra }: { models: readonly string[]; labels: Readonly<Record<string, string>>; extra?: React.ReactNode }) {
  return (
    <ul className="legend bloom-legend">
      {models.map((m, i) => (
        <li key={m}>
          <svg width="14" height="14" aria-hidden="true">
            <Mark x={7} y={7} index={i} />
          </svg>{' '}
          {labels[m] ?? m} ({MODEL_MARKS[i % MODEL_MARKS.length].name})
        </li>
      ))}
      {extra}
    </ul>
  );
}

/** Ticks at whole multiples of a 1-2-5 step. */
export function linearTicks(min: number, max: number, count = 5): number[] {
  const raw = (max - min) / count || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let k = Math.ceil(min / step); k * step <= max + 1e-12; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}
