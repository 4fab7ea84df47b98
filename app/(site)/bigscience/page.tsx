import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { HtmlChart } from '@/components/charts/html-chart';
import { ChartLegend } from '@/components/charts/chart-legend';
import { CostPanel } from '@/components/bloom-eval/cost-chart';
import { PrintedTable } from '@/components/tables/printed-table';
import { getDataset } from '@/lib/data/dataset';
import { UNIT_INFO } from '@/lib/data/units';
import { raftChart } from '@/lib/bloom-eval/tfew-chart';

export const metadata: Metadata = { title: 'BigScience beyond languages: T0, the models it led to, and T-Few' };

export default function BigSciencePage() {
  const ds = getDataset();
  const raft = raftChart(ds.tfew);
  const cost = ds.tfew.filter((r) => r.table === 'cost');
  const costMetrics = [...new Set(cost.map((r) => r.metric))];
  return (
    <>
      <h1>BigScience beyond languages: T0 and what it led to</h1>
      <p className="lede">
        T0 (Sanh et al. 2021) finetuned T5+LM on many English datasets, each phrased through many natural-language prompts (P3, from promptsource),
        and then solved unseen tasks zero-shot. That multitask prompted training is the recipe behind the rest of this site.
      </p>
      <ul>
        <li>
          <strong>T0 and T0pp</strong>: T0-11B in the BLOOMZ/mT0 paper&apos;s comparisons, for example <Link href="/tasks/xnli?models=T0,bloomz,mt0-xxl">XNLI by language</Link>{' '}
          and <Link href="/tasks/xcopa?models=T0,bloomz,mt0-xxl">XCOPA</Link> (English-only training, so every other language is unseen for it); T0pp
          (11B) on <Link href="/helm/classic/core_scenarios">HELM Classic</Link>.
        </li>
        <li>
          <strong>BLOOMZ and mT0</strong> (Muennighoff et al. 2022): the same recipe with multilingual prompts (xP3) on BLOOM and mT5:{' '}
          <Link href="/">the paper&apos;s results</Link>, <Link href="/unseen">unseen languages</Link>, <Link href="/prompts">prompt languages</Link>.
        </li>
        <li>
          <strong>BLOOM itself</strong>, as BigScience evaluated it per prompt: <Link href="/bloom">its own evaluation</Link>, with{' '}
          <Link href="/bloom/flores">FLORES-101 perplexity in 102 languages</Link>.
        </li>
        <li>
          <strong>T-Few</strong> (Liu et al. 2022): few-shot parameter-efficient finetuning (IA³) of T0, better and cheaper than in-context learning. Its
          two tables follow. These are English results with no language dimension.
        </li>
      </ul>
      <h2>RAFT: the top 5</h2>
      <p className="note">
        RAFT (Real-world Annotated Few-shot Tasks): 11 English classification tasks; the leaderboard score is averaged over tasks. The human baseline is a
        row of the same table, drawn as a labelled reference line.
      </p>
      <div className="raft-chart">
        <HtmlChart data={raft} height={200} />
        <ChartLegend data={raft} />
      </div>
      <PrintedTable className="tfew-raft" caption="T-Few paper, Table 2, as printed" columns={['Method', 'Accuracy', 'Note']}>
          {ds.tfew
            .filter((r) => r.table === 'raft_top5')
            .map((r) => (
              <tr key={r.method} data-method={r.method}>
                <td>{r.method}</td>
                <td className="num">{r.published}</td>
                <td>{r.note}</td>
              </tr>
            ))}
      </PrintedTable>
      <h2>What it costs</h2>
      <p className="note">
        The paper&apos;s cost comparison, per method: inference FLOPs per example, training FLOPs and disk space (lower is better). Each panel has its own
        log axis. <strong>0 is a published value</strong> (no training, nothing stored), not a missing one; a log axis has no place for 0, so a zero is an
        open &quot;0&quot; mark at the left edge of its panel.
      </p>
      {costMetrics.map((m) => {
        const rows = cost.filter((r) => r.metric === m);
        return (
          <section key={m} aria-label={m}>
            <h3>{m}</h3>
            <CostPanel rows={rows} metric={m} unitLabel={UNIT_INFO[rows[0].unit].label} />
          </section>
        );
      })}
      <PrintedTable className="tfew-cost" caption="T-Few paper, cost table, as printed (sizes in decimal units as printed)" columns={['Method', ...costMetrics]}>
          {[...new Set(cost.map((r) => r.method))].map((method) => (
            <tr key={method} data-method={method}>
              <td>{method}</td>
              {costMetrics.map((m) => {
                const r = cost.find((c) => c.method === method && c.metric === m);
                return (
                  <td className="num" key={m} data-metric={m}>
                    {r ? <span title={`${r.value.text} ${UNIT_INFO[r.unit].label}`}>{r.published}</span> : <span className="missing">not published</span>}
                  </td>
                );
              })}
            </tr>
          ))}
      </PrintedTable>
      <p className="note">
        Source: Liu et al., &quot;Few-Shot Parameter-Efficient Fine-Tuning is Better and Cheaper than In-Context Learning&quot;, NeurIPS 2022,{' '}
        <a href="https://arxiv.org/abs/2205.05638">arXiv:2205.05638</a>; see <Link href="/sources#tfew_paper_table2">Sources</Link>.
      </p>
    </>
  );
}
