import { PrintedTable } from '@/components/tables/printed-table';
import { PublishedNumber } from '@/components/tables/published-number';
import type { BloomEvalMedianRow } from '@/lib/data/schema';
import { MODEL_LABEL } from '@/lib/bloom-eval/queries';
import { bloomEvalFileUrl } from '@/lib/bloom-eval/runs';

const fileOf = (m: BloomEvalMedianRow) => (m.source === 'bloomeval_bloom_mdtable' ? 'bloom/mdtable.txt' : 'bloom2b5/mdtable.txt');

/** The model card's numbers for a task, kept apart from the per-prompt rows: BigScience aggregated them. */
export function MedianList({ medians }: { medians: BloomEvalMedianRow[] }) {
  if (!medians.length) return <p className="note">The model card table (mdtable.txt) has no row for this task.</p>;
  return (
    <PrintedTable
      className="bloom-medians"
      caption="Median over prompts, by BigScience (the model card's table, mdtable.txt, rounded to 3 decimals by BigScience; not computed here)"
      columns={['Row as published', 'Metric', 'Model', 'Value', 'Where']}
    >
        {medians.map((m) => (
          <tr key={`${m.source}-${m.line}-${m.model}`}>
            <td>{m.task_published}</td>
            <td>
              {m.metric} {m.lower_is_better ? '(lower is better)' : ''}
            </td>
            <td>{MODEL_LABEL[m.model] ?? m.model}</td>
            <td className="num" data-median={m.value.text}>
              <PublishedNumber text={m.value.text} />
            </td>
            <td>
              <a href={`${bloomEvalFileUrl(fileOf(m))}#L${m.line}`} rel="noopener noreferrer">
                {fileOf(m)}:{m.line}
              </a>
            </td>
          </tr>
        ))}
    </PrintedTable>
  );
}
