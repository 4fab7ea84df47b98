import { cellGrid, type ChartData } from '@/lib/chart/data';
import { competitionRanks, rankedValue, rankText, rankWords, type Rank } from '@/lib/chart/rank';

/** Each category's rank in one series' column; only categories with a number are ranked. */
export function rankMap(data: ChartData, grid: ReturnType<typeof cellGrid>, series: string): Map<string, Rank> {
  const keys = data.categories.map((c) => c.key);
  const ranks = competitionRanks(keys.map((k) => rankedValue(grid.get(k)?.get(series))), data.lowerIsBetter);
  return new Map(keys.flatMap((k, i) => (ranks[i] ? [[k, ranks[i]] as const] : [])));
}

/** "=2" for a tie: the rank as leaderboards print it, in words for screen readers. */
export function RankCell({ rank, of }: { rank: Rank | undefined; of: number }) {
  return (
    <td className="num rank" data-rank={rank ? rankText(rank) : undefined} title={rank ? rankWords(rank, of) : 'no number to rank'}>
      {rank ? rankText(rank) : '–'}
    </td>
  );
}
