import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { bloomzEvaluationLanguages, familyCoverage } from '@/lib/bloomz-queries';
import { COVERAGE_LABEL } from '@/lib/coverage';
import { getDataset } from '@/lib/dataset';
import type { Dataset } from '@/lib/load';
import type { Language } from '@/lib/schema';
import { languagesWithoutResults } from '@/lib/language-pages';
import { TableSearch } from '@/components/controls/table-search';

export const metadata: Metadata = { title: 'Languages' };

export default function LanguagesIndex() {
  const ds = getDataset();
  const evaluated = bloomzEvaluationLanguages(ds);
  const others = languagesWithoutResults(ds);
  return (
    <>
      <h1>Languages</h1>
      <p className="lede">
        The {evaluated.length} languages with published BLOOMZ/mT0-paper results, then {others.length} more the paper published no results in, and
        whether each model family saw them in training.
      </p>
      <TableSearch tableId="languages-table" label="Find a language" placeholder="name or code, e.g. Thai or th" />
      <div className="table-wrap">
        {/* One table, two row groups: one search box finds a language in either. */}
        <table className="data-table" id="languages-table">
          <caption>Languages and their coverage per model family: first those with published BLOOMZ/mT0-paper results, then those without</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Datasets</th>
              <th scope="col">BLOOM / BLOOMZ</th>
              <th scope="col">mT0</th>
            </tr>
          </thead>
          <LanguageRows ds={ds} languages={evaluated} heading={`With published BLOOMZ/mT0-paper results (${evaluated.length})`} />
          <LanguageRows ds={ds} languages={others} heading={`No BLOOMZ/mT0-paper results: training-data coverage only (${others.length})`} />
        </table>
      </div>
    </>
  );
}

function LanguageRows({ ds, languages, heading }: { ds: Dataset; languages: Language[]; heading: string }) {
  return (
    <tbody>
      {/* An empty data-search: the search box hides the group's heading while a query narrows its rows. */}
      <tr data-search="">
        <th scope="rowgroup" colSpan={4}>
          {heading}
        </th>
      </tr>
      {languages.map((l) => {
        const cov = familyCoverage(ds, l);
        const level = (family: string) => cov.find((c) => c.family === family)?.level;
        const bloomz = level('BLOOMZ');
        const mt0 = level('mT0');
        return (
          <tr key={l.code} data-search={`${l.name} ${l.code} ${l.script}`}>
            <th scope="row">
              <Link href={`/languages/${l.code}`}>{l.name}</Link> <span className="note">({l.code})</span>
            </th>
            <td>{l.eval_datasets.length ? l.eval_datasets.join(', ') : <span className="missing">none published</span>}</td>
            <td>{bloomz ? COVERAGE_LABEL[bloomz] : '—'}</td>
            <td>{mt0 ? COVERAGE_LABEL[mt0] : '—'}</td>
          </tr>
        );
      })}
    </tbody>
  );
}
