import Link from 'next/link';
import { datasetInfo } from '@/lib/bloomz-catalog';
import { bloomzDatasetIds, bloomzEvaluationLanguages } from '@/lib/bloomz-queries';
import { getDataset } from '@/lib/dataset';

export default function Home() {
  const ds = getDataset();
  return (
    <>
      <h1>How does model X do in language Y, on task Z — and was Y even in its training data?</h1>
      <p className="lede">
        The published results of the BLOOMZ/mT0 paper (&ldquo;Crosslingual Generalization through Multitask Finetuning&rdquo;, Muennighoff et al.) and of
        HELM, as interactive per-language and per-task charts, including the languages the models never intentionally saw in pretraining. Every number is
        shown exactly as published and links to its source.
      </p>
      <h2>By task</h2>
      <ul>
        {bloomzDatasetIds(ds).map((id) => (
          <li key={id}>
            <Link href={`/tasks/${id}`}>{datasetInfo(id).name}</Link>
          </li>
        ))}
      </ul>
      <h2>By language</h2>
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
