import '@/components/models/models.css';
import type { CellRank } from '@/lib/chart/data';

/** A computed rank beside a published number, in words for screen readers. */
export function CellRankTag({ rank }: { rank: CellRank }) {
  const tie = rank.tied > 1 ? `, tied with ${rank.tied - 1} other${rank.tied > 2 ? 's' : ''}` : '';
  return (
    <span className="tag tag-rank" data-rank={rank.rank} title={`rank ${rank.rank} of ${rank.of} models with a number here${tie} (computed)`}>
      #{rank.rank}
      {rank.tied > 1 ? '=' : ''}
      <span className="visually-hidden"> of {rank.of}{tie}</span>
      <span aria-hidden="true">/{rank.of}</span>
    </span>
  );
}

/** A link to a series' own page beside its sort button (the button stays the header's action). */
export function NameLink({ href, name }: { href: string; name: string }) {
  return (
    <a className="name-link" href={href} aria-label={`${name}: its page`}>
      <span aria-hidden="true">↗</span>
    </a>
  );
}
