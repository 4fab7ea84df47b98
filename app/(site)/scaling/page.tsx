import type { Metadata } from 'next';
import { withViewMetadata } from '@/components/layout/view-metadata';
import { HowToRead } from '@/components/layout/how-to-read';
import { ChartView } from '@/components/views/chart-view';
import { viewSliceJson } from '@/lib/views/slices';
import { getDataset } from '@/lib/data/dataset';
import { SCALING_METHOD } from '@/lib/coverage/seen-unseen-means';

export const metadata: Metadata = withViewMetadata({ title: 'Scaling: accuracy vs model size' }, '/scaling');

export default function ScalingPage() {
  const ds = getDataset();
  return (
    <>
      <h1>Accuracy vs model size, seen and unseen languages</h1>
      <p className="lede">
        How results grow with parameter count for each model line (BLOOM, BLOOMZ, mT0 and the others), separately for languages the model saw in training
        and languages it never intentionally saw.
      </p>
      <HowToRead>
        Each point is one model. Its value is a <strong>computed</strong> {SCALING_METHOD}. Solid lines: seen languages; dashed lines with hollow dots:
        unseen languages. The x axis is logarithmic. The table lists every point with the number of languages behind it; the per-language numbers
        themselves are on the task pages.
      </HowToRead>
      <ChartView view="scaling" subject="" slice={viewSliceJson(ds, 'scaling', '')} />
    </>
  );
}
