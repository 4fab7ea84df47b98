import { datasetInfo, PROMPT_CHOICES, STAT_CHOICES } from '@/lib/bloomz/catalog';
import { FormSelect } from '@/components/controls/form-select';
import './models.css';
import { COVERAGE_LABEL, type CoverageLevel } from '@/lib/coverage/coverage';
import { UNIT_INFO } from '@/lib/data/units';
import { H2H_PROMPTS, H2H_STATS, h2hQuery, type H2HRow, type H2HSpec } from '@/lib/models/head-to-head';
import { PublishedNumber } from '@/components/tables/published-number';

export interface H2HModel {
  id: string;
  label: string;
}

export interface H2HProps {
  spec: H2HSpec;
  models: H2HModel[];
  rows: H2HRow[];
  aBetter: number;
  bBetter: number;
  problems: string[];
  sources: Record<string, { title: string; url: string }>;
}

const labelOf = (models: H2HModel[], id: string) => models.find((m) => m.id === id)?.label ?? id;

/**
 * The head-to-head page's body. No hooks: the server renders it from the request's URL, and
 * the static export's browser renders the same from the URL and the shipped JSON.
 */
export function HeadToHead({ spec, models, rows, aBetter, bBetter, problems, sources }: H2HProps) {
  const a = labelOf(models, spec.a);
  const b = labelOf(models, spec.b);
  return (
    <div className="h2h" data-a={spec.a} data-b={spec.b}>
      {problems.length ? (
        <div className="problems" role="alert">
          <strong>Some of this link was not understood; the rest still applies:</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Pickers spec={spec} models={models} />
      <p className="h2h-summary" data-testid="h2h-summary">
        <strong>
          {a} better in {aBetter} of {rows.length}
        </strong>{' '}
        dataset–language pairs both have ({b} better in {bBetter}
        {rows.length - aBetter - bBetter ? `, tied in ${rows.length - aBetter - bBetter}` : ''}), {STAT_CHOICES[spec.stat].label.toLowerCase()}, {PROMPT_CHOICES[spec.prompt].label}.{' '}
        <a href={`/compare?${h2hQuery({ ...spec, a: spec.b, b: spec.a })}`}>Swap</a> · <a href={`/models/${spec.a}`}>{a}&apos;s page</a> · <a href={`/models/${spec.b}`}>{b}&apos;s page</a>
      </p>
      {rows.length ? (
        <p className="note">
          Only these two on a task page:{' '}
          {[...new Set(rows.map((r) => r.dataset))].map((d, i) => (
            <span key={d}>
              {i > 0 ? ' · ' : ''}
              <a href={`/tasks/${d}?models=${spec.a},${spec.b}`}>{datasetInfo(d).name}</a>
            </span>
          ))}
        </p>
      ) : null}
      <DeltaBars rows={rows} a={a} b={b} />
      <DeltaTable rows={rows} a={a} b={b} sources={sources} />
    </div>
  );
}

/** A GET form: it works without JavaScript. */
function Pickers({ spec, models }: { spec: H2HSpec; models: H2HModel[] }) {
  const modelOptions = models.map((m) => ({ value: m.id, label: m.label }));
  return (
    <form className="h2h-pickers" method="get" action="/compare" aria-label="Choose the two models">
      <FormSelect label="Model a" name="a" defaultValue={spec.a} options={modelOptions} />
      <FormSelect label="Model b" name="b" defaultValue={spec.b} options={modelOptions} />
      <FormSelect label="Prompts" name="prompt" defaultValue={spec.prompt} options={H2H_PROMPTS.map((p) => ({ value: p, label: PROMPT_CHOICES[p].label }))} />
      <FormSelect label="Statistic" name="stat" defaultValue={spec.stat} options={H2H_STATS.map((s) => ({ value: s, label: STAT_CHOICES[s].label }))} />
      <button type="submit">Compare</button>
    </form>
  );
}

/** Δ as bars from a middle line, a's advantage to the right: plain HTML, so it is in the first paint. */
function DeltaBars({ rows, a, b }: { rows: H2HRow[]; a: string; b: string }) {
  if (!rows.length) return <p className="note">These two models have no dataset and language in common with these settings.</p>;
  const max = Math.max(...rows.map((r) => Math.abs(r.delta))) || 1;
  return (
    <figure className="h2h-bars" aria-labelledby="h2h-bars-caption">
      <figcaption id="h2h-bars-caption">
        Δ = {a} − {b} (computed), sorted; right of the line: {a} better, left: {b} better
      </figcaption>
      <ol>
        {rows.map((r) => {
          const advantage = r.lowerIsBetter ? -r.delta : r.delta;
          const width = `${((Math.abs(r.delta) / max) * 50).toFixed(2)}%`;
          return (
            <li key={r.key} data-better={r.better}>
              <span className="h2h-label">{r.label}</span>
              <span className="h2h-track" aria-hidden="true">
                <span className={`h2h-bar ${advantage >= 0 ? 'h2h-a' : 'h2h-b'}`} style={advantage >= 0 ? { left: '50%', width } : { right: '50%', width }} />
              </span>
              <span className="h2h-delta">
                {r.deltaText}
                {r.unit === 'percent' ? ' pt' : ''}
                <span className="visually-hidden">{r.better === 'tie' ? ', tie' : `, ${r.better === 'a' ? a : b} better`}</span>
              </span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

function CoverageTag({ level }: { level: CoverageLevel | null }) {
  if (!level) return null;
  return <span className={`tag${level === 'unseen' ? ' tag-unseen' : ''}`}>{COVERAGE_LABEL[level]}</span>;
}

function DeltaTable({ rows, a, b, sources }: { rows: H2HRow[]; a: string; b: string; sources: H2HProps['sources'] }) {
  if (!rows.length) return null;
  const ids = [...new Set(rows.flatMap((r) => [r.a.source, r.b.source]))];
  return (
    <section className="chart-table" aria-labelledby="h2h-caption">
      <div className="table-wrap">
        <table className="data-table" id="h2h-table">
          <caption id="h2h-caption">
            Table: {a} vs {b}, each value as published; Δ computed here ({rows[0] ? UNIT_INFO[rows[0].unit].label : ''}, percentage points for percent)
          </caption>
          <thead>
            <tr>
              <th scope="col">Dataset · language</th>
              <th scope="col">{a}</th>
              <th scope="col">{b}</th>
              <th scope="col">Δ = a − b (computed)</th>
              <th scope="col">Better</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={`${r.dataset}|${r.language}`}>
                <th scope="row">{r.label}</th>
                <td className="num" data-side="a">
                  <PublishedNumber data-value={r.a.published} text={r.a.published} /> <CoverageTag level={r.a.coverage} />
                  <sup className="src">[{ids.indexOf(r.a.source) + 1}]</sup>
                </td>
                <td className="num" data-side="b">
                  <PublishedNumber data-value={r.b.published} text={r.b.published} /> <CoverageTag level={r.b.coverage} />
                  <sup className="src">[{ids.indexOf(r.b.source) + 1}]</sup>
                </td>
                <td className="num" data-delta={r.deltaText}>
                  {r.deltaText}
                </td>
                <td>{r.better === 'tie' ? 'tie' : r.better === 'a' ? a : b}{r.lowerIsBetter ? ' (lower is better)' : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="sources-list" aria-label="Sources of the numbers in this table">
        {ids.map((id) => (
          <li key={id}>
            <a href={sources[id]?.url}>{sources[id]?.title ?? id}</a> <span className="note">(<a href={`/sources#${id}`}>{id}</a>)</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
