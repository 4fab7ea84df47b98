import Link from '@/components/layout/intent-link';
import type { Dataset } from '@/lib/data/load';
import { FLORES_TASK } from '@/lib/bloom-eval/extract';
import { FLORES_TO_DASHBOARD } from '@/lib/bloom-eval/flores-languages';
import { floresRows, MODEL_LABEL } from '@/lib/bloom-eval/queries';
import { FloresCells } from './value-stderr';

/**
 * A language's results in BigScience's own evaluation of BLOOM: a section of its own, because
 * the protocol is not the BLOOMZ paper's and its numbers never share an axis with the paper's.
 */
export function BloomEvalLanguageSection({ ds, code, name }: { ds: Dataset; code: string; name: string }) {
  const rows = ds.bloomEval.filter((r) => r.languages.includes(code) && r.task !== 'humaneval');
  if (!rows.length) return null;
  const flores = floresRows(rows);
  const tasks = [...new Set(rows.filter((r) => r.task !== FLORES_TASK).map((r) => r.task))].sort();
  return (
    <section aria-labelledby="bloom-eval-results" className="bloom-eval-language">
      <h2 id="bloom-eval-results">{name} in BigScience&apos;s own evaluation of BLOOM (a different protocol)</h2>
      <p className="note">
        BigScience&apos;s lm-evaluation-harness runs (<Link href="/bloom">about the suite</Link>): other prompts, harness and splits than the BLOOMZ/mT0
        paper&apos;s results above, so they are listed here apart and never drawn on one axis with them.
      </p>
      {flores.rows.length ? (
        <div className="table-wrap">
        <table className="data-table bloom-language-flores">
          <caption>
            <Link href="/bloom/flores">FLORES-101</Link> byte perplexity / bits per byte (lower is better)
          </caption>
          <thead>
            <tr>
              <th scope="col">FLORES code</th>
              {flores.models.map((m) => (
                <th scope="col" key={m}>
                  {MODEL_LABEL[m] ?? m}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {flores.rows.map((r) => (
              <tr key={r.floresCode} data-flores={r.floresCode}>
                <th scope="row">
                  {r.floresCode}
                  {FLORES_TO_DASHBOARD[r.floresCode]?.note ? <span className="note"> {FLORES_TO_DASHBOARD[r.floresCode].note}</span> : null}
                </th>
                <FloresCells row={r} models={flores.models} />
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      ) : null}
      {tasks.length ? (
        <p>
          Other tasks in {name}, per prompt with stderr:{' '}
          {tasks.map((t, i) => (
            <span key={t}>
              {i ? ', ' : ''}
              <Link href={`/bloom/${t}`}>{t}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
