import Link from '@/components/layout/intent-link';
import type { BloomEvalMedianRow, BloomEvalResultRow } from '@/lib/data/schema';
import { FLORES_TASK } from '@/lib/bloom-eval/extract';
import { bloomEvalTasks } from '@/lib/bloom-eval/queries';
import { MedianList } from './median-list';

/**
 * A model page's part of BigScience's own evaluation: which tasks it has there (each on its
 * /bloom page, per prompt with stderr) and the model card's medians as published. Another
 * protocol than the paper's, so listed apart, never on one axis with the paper's numbers.
 */
export function ModelBloomEval({ model, label, rows, medians }: { model: string; label: string; rows: readonly BloomEvalResultRow[]; medians: readonly BloomEvalMedianRow[] }) {
  const own = rows.filter((r) => r.model === model);
  if (!own.length) return null;
  const tasks = bloomEvalTasks(own);
  const floresLanguages = new Set(own.filter((r) => r.task === FLORES_TASK).map((r) => r.flores_code)).size;
  const ownMedians = medians.filter((m) => m.model === model);
  return (
    <section aria-labelledby="bloom-eval-heading" data-bloom-eval-model={model}>
      <h2 id="bloom-eval-heading">{label} in BigScience&apos;s own evaluation</h2>
      <p className="note">
        Zero-shot, one number per prompt with its published standard error (lm-evaluation-harness fork): <strong>not the BLOOMZ paper&apos;s protocol</strong>,
        so these numbers are on <Link href="/bloom">their own pages</Link>, never on one axis with the paper&apos;s.
      </p>
      <ul className="bloom-eval-tasks">
        {floresLanguages ? (
          <li>
            <Link href="/bloom/flores">FLORES-101 byte perplexity and bits per byte</Link> in {floresLanguages} languages
          </li>
        ) : null}
        {tasks.map((t) => (
          <li key={t.task}>
            <Link href={`/bloom/${t.task}`}>{t.task}</Link>: {t.prompts} {t.task === 'humaneval' ? 'temperatures' : t.prompts === 1 ? 'prompt' : 'prompts'}
          </li>
        ))}
      </ul>
      {ownMedians.length ? <MedianList medians={ownMedians} /> : null}
    </section>
  );
}
