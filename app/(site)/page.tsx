import Link from '@/components/layout/intent-link';
import { OverviewChart } from '@/components/views/overview-chart';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { bloomzDatasetIds, bloomzEvaluationLanguages } from '@/lib/bloomz/queries';
import { bloomzSlice, packBloomzSlice } from '@/lib/bloomz/slice';
import { getDataset } from '@/lib/data/dataset';
import { multilingualSlice, promptTableSlice, viewSlice } from '@/lib/views/slices';

export default function Home() {
  const ds = getDataset();
  return (
    <>
      <h1>How does model X do in language Y, on task Z — and was Y even in its training data?</h1>
      <p className="lede">
        The published results of the BLOOMZ/mT0 paper (&ldquo;Crosslingual Generalization through Multitask Finetuning&rdquo;, Muennighoff et al.) and of
        HELM, as interactive per-language and per-task charts, including the languages the models never intentionally saw. Every number is shown exactly
        as published and links to its source; missing results are marked, never drawn as 0.
      </p>
      <nav aria-label="Views" className="view-links">
        <ul className="card-grid">
          <li>
            <Link href="/tasks">By task</Link>: every model, language by language.
          </li>
          <li>
            <Link href="/languages">By language</Link>: every task for one language, and who saw it in training.
          </li>
          <li>
            <Link href="/unseen">Unseen languages</Link>: results where the model never saw the language.
          </li>
          <li>
            <Link href="/scaling">Scaling</Link>: accuracy vs parameters, seen vs unseen.
          </li>
          <li>
            <Link href="/prompts">Prompts</Link>: English vs translated prompts.
          </li>
          <li>
            <Link href="/helm">HELM</Link>: Stanford CRFM&apos;s leaderboards (Classic, Lite, SEA-HELM, Arabic, ThaiExam) per scenario and metric.
          </li>
          <li>
            <Link href="/import">Your results</Link>: your own evaluation file beside the published numbers, in your browser only.
          </li>
          <li>
            <Link href="/sources">Sources</Link>: citations, row counts and known defects.
          </li>
        </ul>
      </nav>

      <h2>Held-out tasks, language by language</h2>
      <p className="note">
        XNLI was held out from finetuning. BLOOMZ and mT0 (multitask-finetuned) against their pretrained bases and T0; hatched bars are languages the model
        never intentionally saw.
      </p>
      <OverviewChart view="task" subject="xnli" slice={packBloomzSlice(bloomzSlice(ds, (r) => r.dataset === 'xnli' && r.language !== 'multi' && r.prompt_set === 'EN' && r.metric === 'Median acc.'))} />

      <h2>Seen vs unseen languages, by model size</h2>
      <OverviewChart view="scaling" subject="" slice={multilingualSlice(ds, { promptSets: ['EN'], metrics: ['Median acc.'] })} />

      <h2>English or translated prompts?</h2>
      <OverviewChart view="prompt-table" subject="" slice={promptTableSlice(ds)} />

      <h2>HELM: BLOOM (176B) and T0pp (11B) among their peers</h2>
      <p className="note">
        HELM Classic v0.4.0 mean win rate: how often a model beats the others over the core scenarios (English). It depends on which models are in the
        release, so compare it only within this release.
      </p>
      <OverviewChart view="helm" subject="classic.core_scenarios" slice={viewSlice(ds, 'helm', 'classic.core_scenarios')} />

      <h2>All tasks and languages</h2>
      <p>
        {bloomzDatasetIds(ds).map((id, i) => (
          <span key={id}>
            {i > 0 ? ' · ' : ''}
            <Link href={`/tasks/${id}`}>{datasetInfo(id).name}</Link>
          </span>
        ))}
      </p>
      <p>
        {bloomzEvaluationLanguages(ds).map((l, i) => (
          <span key={l.code}>
            {i > 0 ? ' · ' : ''}
            <Link href={`/languages/${l.code}`}>{l.name}</Link>
          </span>
        ))}
      </p>
    </>
  );
}
