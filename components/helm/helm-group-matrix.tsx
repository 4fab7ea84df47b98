import { MatrixChart } from '@/components/charts/matrix/matrix-chart';
import { getDataset } from '@/lib/data/dataset';
import { helmGroupMatrix } from '@/lib/helm/group-matrix';
import type { HelmProjectId } from '@/lib/helm/projects';
import { helmGroupSlice } from '@/lib/helm/slice';

/** A group's scenarios side by side with ranks and mean win rate, drawn on the server only (no numbers cross to the browser twice). */
export function HelmGroupMatrix({ project, group, heading }: { project: HelmProjectId; group: string; heading: string }) {
  const data = helmGroupMatrix(project, group, helmGroupSlice(getDataset(), project, group), heading);
  if (!data) return null;
  return (
    // Below the leaderboard and hundreds of cells long: not laid out until it comes near the screen, sized from its rows until then.
    <section className="helm-group-matrix" style={{ contentVisibility: 'auto', containIntrinsicBlockSize: `auto ${(data.series.length + 8) * 1.6}rem` }}>
      <h2>The whole group side by side</h2>
      <p className="note">
        Every scenario of the group as a column. Models by mean win rate, best first; each cell has the model&apos;s rank in that scenario (#1 best, =2 a tie), as HELM&apos;s group tables show them.
      </p>
      <MatrixChart id={`helm-${project}-${group}-matrix`} data={data} showRanks />
    </section>
  );
}
