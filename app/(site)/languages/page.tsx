import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { bloomzEvaluationLanguages, familyCoverage } from '@/lib/bloomz-queries';
import { COVERAGE_LABEL } from '@/lib/coverage';
import { getDataset } from '@/lib/dataset';
import { TableSearch } from '@/components/controls/table-search';

export const metadata: Metadata = { title: 'Languages' };

export default function LanguagesIndex() {
  const ds = getDataset();
  const languages = bloomzEvaluationLanguages(ds);
  return (
    <>
      <h1>Languages</h1>
      <p className="lede">
        The {languages.length} languages with published BLOOMZ/mT0-paper results, and whether each model family saw them in training.
      </p>
      <TableSearch tableId="languages-table" label="Find a language" placeholder="name or code, e.g. Thai or th" />
      <div className="table-wrap">
        <table className="data-table" id="languages-table">
          <caption>Evaluation languages and their coverage per model family</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Datasets</th>
              <th scope="col">BLOOM / BLOOMZ</th>
              <th scope="col">mT0</th>
            </tr>
          </thead>
          <tbody>
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
                  <td>{l.eval_datasets.join(', ')}</td>
                  <td>{bloomz ? COVERAGE_LABEL[bloomz] : '—'}</td>
                  <td>{mt0 ? COVERAGE_LABEL[mt0] : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
