import { linearTicks } from './marks';

export interface FloresPoint {
  label: string;
  /** ROOTS share in percent as published; null when the language is not in ROOTS. */
  rootsPct: number | null;
  bloom: number | null;
  opt: number | null;
}

/**
 * BLOOM's byte perplexity against the language's ROOTS share (log x). Languages not in ROOTS
 * have no share: they stand in their own band at the left, never at a made-up x.
 */
export function FloresScatter({ points }: { points: FloresPoint[] }) {
  const width = 680;
  const height = 360;
  const top = 12;
  const bottom = height - 40;
  const band = { left: 56, right: 150 };
  const plot = { left: 170, right: width - 12 };
  const shares = points.flatMap((p) => (p.rootsPct !== null && p.rootsPct > 0 ? [p.rootsPct] : []));
  const lo = Math.floor(Math.log10(Math.min(...shares)));
  const hi = Math.ceil(Math.log10(Math.max(...shares)));
  const ys = points.flatMap((p) => [p.bloom, p.opt].filter((v): v is number => v !== null));
  const yTicks = linearTicks(1, Math.max(...ys));
  const yMax = yTicks[yTicks.length - 1];
  const y = (v: number) => bottom - ((v - 1) / (yMax - 1)) * (bottom - top);
  const unseen = points.filter((p) => p.rootsPct === null);
  const x = (p: FloresPoint) => {
    if (p.rootsPct === null) return band.left + ((unseen.indexOf(p) + 0.5) / unseen.length) * (band.right - band.left);
    return plot.left + ((Math.log10(p.rootsPct) - lo) / (hi - lo)) * (plot.right - plot.left);
  };
  const decades = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return (
    <figure className="bloom-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="BLOOM byte perplexity by ROOTS share of the language, log x; languages not in ROOTS in a separate band; the table lists every number">
        <rect x={band.left - 4} y={top} width={band.right - band.left + 8} height={bottom - top} fill="url(#flores-hatch)" opacity={0.25} />
        <defs>
          <pattern id="flores-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="#555" strokeWidth="2" />
          </pattern>
        </defs>
        <text x={(band.left + band.right) / 2} y={bottom + 14} fontSize={10} textAnchor="middle">
          not in ROOTS
        </text>
        <text x={(band.left + band.right) / 2} y={bottom + 26} fontSize={10} textAnchor="middle">
          (no share; hatched)
        </text>
        {decades.map((d) => {
          const px = plot.left + ((d - lo) / (hi - lo)) * (plot.right - plot.left);
          return (
            <g key={d}>
              <line x1={px} x2={px} y1={top} y2={bottom} stroke="var(--border, #ccc)" strokeWidth={0.5} />
              <text x={px} y={bottom + 14} fontSize={10} textAnchor="middle">
                {`${10 ** d >= 1 ? 10 ** d : Number((10 ** d).toPrecision(1))}%`}
              </text>
            </g>
          );
        })}
        <text x={(plot.left + plot.right) / 2} y={bottom + 30} fontSize={11} textAnchor="middle">
          share of ROOTS, percent (log scale)
        </text>
        {yTicks.map((t) => (
          <g key={t}>
            <line x1={band.left - 6} x2={plot.right} y1={y(t)} y2={y(t)} stroke="var(--border, #ccc)" strokeWidth={0.5} />
            <text x={band.left - 10} y={y(t) + 3} fontSize={10} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        <text transform={`translate(12 ${(top + bottom) / 2}) rotate(-90)`} fontSize={11} textAnchor="middle">
          byte perplexity (lower is better)
        </text>
        {points.map((p) =>
          p.opt === null ? null : (
            <rect key={`o-${p.label}`} x={x(p) - 3} y={y(p.opt) - 3} width={6} height={6} fill="none" stroke="#0072B2" strokeWidth={1.2}>
              <title>{`${p.label}: OPT-175B ${p.opt}`}</title>
            </rect>
          ),
        )}
        {points.map((p) =>
          p.bloom === null ? null : (
            <circle key={`b-${p.label}`} cx={x(p)} cy={y(p.bloom)} r={3.5} fill={p.rootsPct === null ? '#fff' : '#E69F00'} stroke="#7a4f00" strokeWidth={1.5}>
              <title>{`${p.label}: BLOOM-176B ${p.bloom}${p.rootsPct === null ? ' (not in ROOTS)' : `, ${p.rootsPct}% of ROOTS`}`}</title>
            </circle>
          ),
        )}
      </svg>
      <figcaption>
        <ul className="legend bloom-legend">
          <li>filled orange circle: BLOOM-176B, language in ROOTS (x = its published share of ROOTS)</li>
          <li>open circle in the hatched band: BLOOM-176B, language not in ROOTS (never intentionally seen; no share, so no x position)</li>
          <li>open blue square: OPT-175B on the same language, for contrast (OPT&apos;s training languages are not in our sources)</li>
        </ul>
      </figcaption>
    </figure>
  );
}
