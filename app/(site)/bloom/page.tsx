import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { ProtocolNote } from '@/components/bloom-eval/protocol-note';
import { PrintedTable } from '@/components/tables/printed-table';
import { PublishedNumber } from '@/components/tables/published-number';
import { getDataset } from '@/lib/data/dataset';
import { FLORES_TASK } from '@/lib/bloom-eval/extract';
import { bloomEvalTasks, MODEL_LABEL } from '@/lib/bloom-eval/queries';
import { bloomEvalFileUrl } from '@/lib/bloom-eval/runs';

export const metadata: Metadata = { title: "BigScience's evaluation of BLOOM: per prompt, with stderr, BLOOM vs OPT" };

export default function BloomEvalPage() {
  const ds = getDataset();
  const tasks = bloomEvalTasks(ds.bloomEval);
  const table = ds.bloomEvalMedians.filter((m) => m.source === 'bloomeval_bloom_mdtable');
  const lines = [...new Set(table.map((m) => m.line))];
  const cell = (line: number | null, model: string) => table.find((m) => m.line === line && m.model === model);
  return (
    <>
      <h1>BigScience&apos;s evaluation of BLOOM</h1>
      <ProtocolNote />
      <p>
        BigScience evaluated BLOOM-176B, BLOOM-3B, BLOOM-1.7B and OPT-175B with its fork of EleutherAI&apos;s lm-evaluation-harness and
        promptsource prompts: every task with each of its prompts, {ds.bloomEval.length.toLocaleString('en')} metric values in all (stderr beside each
        where published), plus HumanEval for those models and BLOOM-560M. The BLOOMZ paper (Muennighoff et al.) instead reports
        medians over five prompts per prompt set (English, machine- or human-translated), on its own held-out datasets and splits. Above all, this suite
        adds <Link href="/bloom/flores">FLORES-101 byte perplexity in 102 languages</Link>, most of them not in ROOTS.
      </p>
      <p className="note">
        Runs as BigScience named them: <code>bloom2b5</code> is BLOOM-3B (trained as tr11c-2b5) and <code>bloom1b3</code> is BLOOM-1.7B (trained as
        tr11b-1b3): the models were renamed at release, counting embedding parameters. See <Link href="/sources#bloomeval_bloom2b5_bslmeval">Sources</Link>.
      </p>
      <h2>Tasks</h2>
      <ul className="card-grid">
        <li>
          <Link href="/bloom/flores">flores</Link>: FLORES-101 byte perplexity and bits per byte, {new Set(ds.bloomEval.filter((r) => r.task === FLORES_TASK).map((r) => r.flores_code)).size} languages
        </li>
        {tasks.map((t) => (
          <li key={t.task}>
            <Link href={`/bloom/${t.task}`}>{t.task}</Link>: {t.prompts} {t.task === 'humaneval' ? 'temperatures' : t.prompts === 1 ? 'prompt' : 'prompts'}, {t.models.length} models
            {t.languages.join() !== 'en' ? ` (${t.languages.join(', ')})` : ''}
          </li>
        ))}
      </ul>
      <h2>BLOOM-176B vs OPT-175B, as published</h2>
      <PrintedTable
        className="bloom-vs-opt"
        caption={
          <>
            The model card&apos;s table (<a href={bloomEvalFileUrl('bloom/mdtable.txt')}>bloom/mdtable.txt</a>), every row as published: medians over
            prompts by BigScience, rounded to 3 decimals; OPT-175B* was evaluated by BigScience with the same harness.
          </>
        }
        columns={['Task', 'Language', 'Metric', MODEL_LABEL.bloom, 'OPT-175B*']}
      >
          {lines.map((line) => {
            const b = cell(line, 'bloom')!;
            const o = cell(line, 'opt-175b');
            return (
              <tr key={line} data-line={line}>
                <td>{b.task_published}</td>
                <td>{b.language_published}</td>
                <td>
                  {b.metric} {b.lower_is_better ? '↓' : '↑'}
                </td>
                <td className="num">
                  <PublishedNumber text={b.value.text} />
                </td>
                <td className="num">{o ? <PublishedNumber text={o.value.text} /> : <span className="missing">not published</span>}</td>
              </tr>
            );
          })}
      </PrintedTable>
    </>
  );
}
