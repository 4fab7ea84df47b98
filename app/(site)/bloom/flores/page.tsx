import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { FloresScatter, type FloresPoint } from '@/components/bloom-eval/flores-scatter';
import { ProtocolNote } from '@/components/bloom-eval/protocol-note';
import { FloresCells } from '@/components/bloom-eval/value-stderr';
import { getDataset } from '@/lib/data/dataset';
import { coverageOf } from '@/lib/coverage/coverage';
import { FLORES_TO_DASHBOARD } from '@/lib/bloom-eval/flores-languages';
import { floresRows, MODEL_LABEL } from '@/lib/bloom-eval/queries';
import { BLOOM_EVAL_RUNS, bloomEvalFileUrl } from '@/lib/bloom-eval/runs';
import { PublishedNumber } from '@/components/tables/published-number';

const runOf = (model: string) => BLOOM_EVAL_RUNS.find((r) => r.model === model)?.folder ?? model;

export const metadata: Metadata = { title: 'FLORES-101 byte perplexity of BLOOM and OPT in 102 languages' };

export default function FloresPage() {
  const ds = getDataset();
  const { models, rows } = floresRows(ds.bloomEval);
  const bloom = ds.models.get('bloom')!;
  const points: FloresPoint[] = [];
  const seenCount = { yes: 0, no: 0 };
  for (const r of rows) {
    const lang = ds.languages.get(r.language)!;
    const inRoots = coverageOf(bloom, lang, ds.corpora).inPretraining === true;
    seenCount[inRoots ? 'yes' : 'no']++;
    points.push({
      label: `${lang.name} (${r.floresCode})`,
      rootsPct: inRoots ? (lang.roots_pct?.number ?? null) : null,
      bloom: r.byModel.get('bloom')?.bytePerplexity?.value.number ?? null,
      opt: r.byModel.get('opt-175b')?.bytePerplexity?.value.number ?? null,
    });
  }
  return (
    <>
      <p className="note">
        <Link href="/bloom">BigScience&apos;s evaluation of BLOOM</Link> › FLORES-101
      </p>
      <h1>FLORES-101 byte perplexity in {rows.length} languages</h1>
      <ProtocolNote />
      <p>
        How well each model predicts FLORES-101 text, byte by byte: <strong>lower is better</strong> (byte perplexity 1 would be perfect; bits per byte
        is its base-2 logarithm). Of the {rows.length} languages, {seenCount.yes} are in ROOTS, BLOOM&apos;s pretraining corpus, and {seenCount.no} are not:
        there BLOOM saw the language only by accident. No stderr is published for perplexity, so there are no error bars.
      </p>
      <h2>BLOOM&apos;s byte perplexity against the language&apos;s share of ROOTS</h2>
      <FloresScatter points={points} />
      <div className="table-wrap">
      <table className="data-table flores-table">
        <caption>
          FLORES-101, every language × model as published: byte perplexity / bits per byte (lower is better). Coverage is BLOOM&apos;s (ROOTS);
          OPT&apos;s training languages are not in our sources.
        </caption>
        <thead>
          <tr>
            <th scope="col">Language (FLORES code)</th>
            <th scope="col">In ROOTS?</th>
            {models.map((m) => (
              <th scope="col" key={m}>
                {MODEL_LABEL[m] ?? m}{' '}
                <a href={bloomEvalFileUrl(`${runOf(m)}/bslmeval.json`)} rel="noopener noreferrer" className="note">
                  ({runOf(m)}/bslmeval.json)
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const lang = ds.languages.get(r.language)!;
            const inRoots = coverageOf(bloom, lang, ds.corpora).inPretraining === true;
            const note = FLORES_TO_DASHBOARD[r.floresCode]?.note;
            return (
              <tr key={r.floresCode} data-flores={r.floresCode} className={inRoots ? undefined : 'row-unseen'}>
                <th scope="row">
                  <Link href={`/languages/${r.language}`}>{lang.name}</Link> ({r.floresCode}){note ? <span className="note"> {note}</span> : null}
                </th>
                <td>{inRoots ? <>yes, {lang.roots_pct ? <PublishedNumber text={lang.roots_pct.text} suffix="%" /> : 'share not published'} of ROOTS</> : <span className="tag tag-unseen coverage-hatch">not in ROOTS</span>}</td>
                <FloresCells row={r} models={models} link={false} />
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
}
