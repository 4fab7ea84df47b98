import type { ChartData } from '@/lib/chart/data';

/** The one line every embed carries: where the numbers come from, and the way back. */
export function EmbedAttribution({ data, fullView }: { data: ChartData; fullView: string }) {
  return (
    <p className="embed-attribution">
      Source{data.sources.length === 1 ? '' : 's'}:{' '}
      {data.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : ''}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
          </a>
        </span>
      ))}
      {data.sources.length === 0 ? 'none (no numbers in this view)' : null}. Chart:{' '}
      <a href={fullView} target="_blank" rel="noopener" data-full-view>
        Crosslingual results dashboard, full view →
      </a>
    </p>
  );
}
