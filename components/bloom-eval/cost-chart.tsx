import type { TfewResultRow } from '@/lib/data/schema';

/**
 * One log-axis panel of T-Few's cost table. A log axis has no place for 0, and 0 is a
 * published value here (no training, nothing stored): it is drawn as an open "0" mark at the
 * left edge, labelled, never as a tiny positive bar.
 */
export function CostPanel({ rows, metric, unitLabel }: { rows: TfewResultRow[]; metric: string; unitLabel: string }) {
  const width = 680;
  const left = 120;
  const right = width - 70;
  const rowH = 22;
  const height = rows.length * rowH + 44;
  const positive = rows.map((r) => r.value.number).filter((v) => v > 0);
  const lo = Math.floor(Math.log10(Math.min(...positive))) - 1;
  const hi = Math.ceil(Math.log10(Math.max(...positive)));
  const x = (v: number) => left + ((Math.log10(v) - lo) / (hi - lo)) * (right - left);
  const decades = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  return (
    <figure className="bloom-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${metric} per method on a log axis; published zeros as 0 marks at the left edge; the table lists every value`}>
        {decades.map((d) => (
          <g key={d}>
            <line x1={x(10 ** d)} x2={x(10 ** d)} y1={4} y2={rows.length * rowH + 8} stroke="var(--border, #ccc)" strokeWidth={0.5} />
            <text x={x(10 ** d)} y={rows.length * rowH + 20} fontSize={10} textAnchor="middle">{`1e${d}`}</text>
          </g>
        ))}
        <text x={(left + right) / 2} y={rows.length * rowH + 36} fontSize={11} textAnchor="middle">
          {metric} ({unitLabel}, log scale)
        </text>
        {rows.map((r, i) => {
          const y = 8 + i * rowH;
          return (
            <g key={r.method} data-method={r.method}>
              <text x={left - 6} y={y + 11} fontSize={11} textAnchor="end">
                {r.method}
              </text>
              {r.value.number > 0 ? (
                <rect x={left} y={y + 2} width={x(r.value.number) - left} height={rowH - 8} fill="#009E73" />
              ) : (
                <g>
                  <circle cx={left} cy={y + 8} r={6} fill="none" stroke="#333" strokeWidth={1.2} />
                  <text x={left} y={y + 11} fontSize={9} textAnchor="middle">
                    0
                  </text>
                </g>
              )}
              <text x={r.value.number > 0 ? x(r.value.number) + 4 : left + 10} y={y + 11} fontSize={11}>
                {r.published}
                {r.value.number === 0 ? ' (published zero; a log axis has no 0, so it is a mark at the left edge)' : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
