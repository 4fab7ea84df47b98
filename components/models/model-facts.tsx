import Link from '@/components/layout/intent-link';
import './models.css';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';
import { formatParams } from '@/lib/chart/format';
import type { Model } from '@/lib/data/schema';
import type { CorpusFact, CoverageWords } from '@/lib/models/profile';

/** Family, size, creator, card and training data, as models.csv and corpora.csv say. */
export function ModelFacts({ model, corpora, card, same }: { model: Model; corpora: CorpusFact[]; card: string | null; same: Model[] }) {
  const size = model.params_label || formatParams(model.params);
  return (
    <dl className="model-facts">
      <dt>Family</dt>
      <dd>{model.family || 'not in our sources'}</dd>
      <dt>Parameters</dt>
      <dd>{size || 'not published'}</dd>
      {model.creator ? (
        <>
          <dt>Creator</dt>
          <dd>{model.creator}</dd>
        </>
      ) : null}
      {model.base_model ? (
        <>
          <dt>Base model</dt>
          <dd>{model.base_model}</dd>
        </>
      ) : null}
      {model.release_date ? (
        <>
          <dt>Released</dt>
          <dd>{model.release_date}</dd>
        </>
      ) : null}
      {corpora.map((c) => (
        <FactCorpus key={c.stage} fact={c} />
      ))}
      <dt>Model card</dt>
      <dd>{card ? <a href={card}>{model.hf_repo} on Hugging Face</a> : 'no card named in our sources'}</dd>
      {same.length ? (
        <>
          <dt>Also listed as</dt>
          <dd>
            {same.map((m, i) => (
              <span key={m.id}>
                {i > 0 ? ', ' : ''}
                <Link href={`/models/${m.id}`}>{m.label}</Link> ({m.suite === 'helm' ? 'HELM' : 'the paper'}, same card)
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function FactCorpus({ fact }: { fact: CorpusFact }) {
  return (
    <>
      <dt>{fact.stage === 'pretraining' ? 'Pretraining data' : 'Finetuning data'}</dt>
      <dd>
        {fact.name}
        {fact.source ? (
          <>
            {' '}
            (<a href={fact.source.url}>{fact.source.title}</a>)
          </>
        ) : null}
        {fact.note ? <span className="note"> {fact.note}</span> : null}
      </dd>
    </>
  );
}

/** Languages by coverage level, in words: the evaluated ones by name, with links. */
export function CoverageInWords({ label, words }: { label: string; words: CoverageWords[] }) {
  return (
    <ul className="coverage-list" data-testid="model-coverage">
      {words.map((w) => (
        <li key={w.level} data-coverage={w.level}>
          <strong>{COVERAGE_LABEL[w.level]}</strong>: {w.all} of the languages this site lists
          {w.evaluated.length ? (
            <>
              ; of those the paper evaluates:{' '}
              {w.evaluated.map((l, i) => (
                <span key={l.code}>
                  {i > 0 ? ', ' : ''}
                  <Link href={`/languages/${l.code}`}>{l.name}</Link>
                </span>
              ))}
            </>
          ) : (
            <>; none of the languages the paper evaluates</>
          )}
          .
        </li>
      ))}
      <li className="note">Coverage of {label} follows from its corpora above (lib/coverage): a language is in pretraining, only in finetuning, never intentionally seen, or unknown where a corpus&apos; language list is not in our sources.</li>
    </ul>
  );
}
