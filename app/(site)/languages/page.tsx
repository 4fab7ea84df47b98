import type { Metadata } from 'next';
import { bloomzEvaluationLanguages, familyCoverage } from '@/lib/bloomz/queries';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';
import { getDataset } from '@/lib/data/dataset';
import type { Dataset } from '@/lib/data/load';
import type { Language } from '@/lib/data/schema';
import { languagesWithoutResults } from '@/lib/languages/pages';
import { TableSearch } from '@/components/controls/table-search';
import { LanguageCoverageCells, LanguageCoverageHead } from '@/components/tables/language-coverage';

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
          <LanguageCoverageHead />
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
            <LanguageCoverageCells
              language={l}
              datasets={l.eval_datasets.length ? l.eval_datasets.join(', ') : <span className="missing">none published</span>}
              bloomz={bloomz ? COVERAGE_LABEL[bloomz] : '—'}
              mt0={mt0 ? COVERAGE_LABEL[mt0] : '—'}
            />
          </tr>
        );
      })}
    </tbody>
  );
}
