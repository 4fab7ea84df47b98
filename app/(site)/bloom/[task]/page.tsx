import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from '@/components/layout/intent-link';
import { IntervalChart, type IntervalPoint } from '@/components/bloom-eval/interval-chart';
import { MedianList } from '@/components/bloom-eval/median-list';
import { ProtocolNote } from '@/components/bloom-eval/protocol-note';
import { ValueStderr } from '@/components/bloom-eval/value-stderr';
import { PrintedTable } from '@/components/tables/printed-table';
import { shownNumber } from '@/lib/chart/shown-number';
import { getDataset } from '@/lib/data/dataset';
import { UNIT_INFO } from '@/lib/data/units';
import { bloomEvalTasks, MODEL_LABEL, normalInterval, taskView } from '@/lib/bloom-eval/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return bloomEvalTasks(getDataset().bloomEval).map((t) => ({ task: t.task }));
}

type Props = { params: Promise<{ task: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { task } = await params;
  return { title: `${task}: BigScience's evaluation of BLOOM, per prompt` };
}

export default async function BloomTaskPage({ params }: Props) {
  const { task } = await params;
  const ds = getDataset();
  const view = taskView(ds.bloomEval, ds.bloomEvalMedians, task);
  if (!view) notFound();
  const models = [...new Set(view.rows.map((r) => r.model))];
  const points: IntervalPoint[] = view.rows.flatMap((r) => {
    const row = r.byMetric.get(view.primary);
    if (!row) return [];
    const ci = normalInterval(row.value, row.stderr);
    return [{ group: r.prompt || '(unprompted)', model: r.model, value: row.value.number, shown: shownNumber(row.value.text, null).text, low: ci?.low ?? null, high: ci?.high ?? null }];
  });
  const unit = view.rows[0].byMetric.get(view.primary)?.unit ?? 'fraction';
  const lower = view.rows[0].byMetric.get(view.primary)?.lower_is_better ?? false;
  const humaneval = task === 'humaneval';
  return (
    <>
      <p className="note">
        <Link href="/bloom">BigScience&apos;s evaluation of BLOOM</Link> › {task}
      </p>
      <h1>
        {task}: {humaneval ? 'pass@k per sampling temperature' : `${new Set(view.rows.map((r) => r.prompt)).size} prompt(s)`}, {models.length} models
      </h1>
      <ProtocolNote />
      <h2>{view.primary} per {humaneval ? 'temperature' : 'prompt'}</h2>
      <p className="note">
        {view.primary} as published ({UNIT_INFO[unit].label}; {lower ? 'lower is better' : 'higher is better'}).{' '}
        {humaneval
          ? 'HumanEval publishes no stderr, so there are no error bars. The chart draws pass@1 at each of the three temperatures; the table lists pass@10 and pass@100 too (the model card reports each k at its best temperature).'
          : 'Error bars: 95% normal interval, value ± 1.96 × the stderr BigScience published beside it (computed here from the published stderr, not published).'}
      </p>
      <IntervalChart points={points} models={models} labels={MODEL_LABEL} axisLabel={`${view.primary} (${UNIT_INFO[unit].label})`} title={`${task} ${view.primary}`} />
      <PrintedTable
        className="bloom-task-table"
        caption={`${task}: one row per ${humaneval ? 'temperature' : 'prompt'} and model, every metric as published ± its published stderr`}
        columns={[humaneval ? 'Temperature' : 'Prompt', 'Model', ...view.metrics]}
      >
          {view.rows.map((r) => (
            <tr key={`${r.prompt}-${r.model}`} data-prompt={r.prompt} data-model={r.model}>
              <td>{r.prompt || <span className="missing">(unprompted)</span>}</td>
              <td>{MODEL_LABEL[r.model] ?? r.model}</td>
              {view.metrics.map((m) => (
                <td className="num" key={m} data-metric={m}>
                  <ValueStderr row={r.byMetric.get(m)} />
                </td>
              ))}
            </tr>
          ))}
      </PrintedTable>
      <h2>Median over prompts, by BigScience</h2>
      <MedianList medians={view.medians} />
    </>
  );
}
