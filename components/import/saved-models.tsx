'use client';

import Link from '@/components/layout/intent-link';
import { datasetInfo } from '@/lib/bloomz/catalog';
import type { UserModel } from '@/lib/yours/user-results';
import { downloadBlob } from '@/components/charts/download-blob';
import { removeAllUserModels, removeUserModel } from './user-store';

/** The models saved in this browser: what each holds, where from, and how to get them out again. */
export function SavedModels({ yours }: { yours: UserModel[] }) {
  const exportCsv = async () => {
    // Papa and the CSV writer load only when someone downloads.
    const { userResultsToCsv } = await import('@/lib/yours/export-csv');
    downloadBlob(new Blob([userResultsToCsv(yours)], { type: 'text/csv;charset=utf-8' }), 'my-results.csv');
  };
  return (
    <section aria-labelledby="yours-heading">
      <h2 id="yours-heading">Your results in this browser</h2>
      {yours.length === 0 ? (
        <p className="note">None yet. Imported results are kept in this browser only (IndexedDB) until you remove them.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table" id="your-models">
              <caption>Imported models (shown as ★ … (yours) on the task, language, unseen and scaling views and the HELM leaderboards)</caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Results</th>
                  <th scope="col">From</th>
                  <th scope="col">Coverage</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {yours.map((m) => (
                  <YourModelRow key={m.id} model={m} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="chart-actions">
            <button type="button" onClick={exportCsv}>
              Download my results (CSV)
            </button>
            <button type="button" onClick={() => removeAllUserModels()}>
              Remove all
            </button>
          </p>
          {yours.some((m) => m.helmRows?.length) ? <p className="note">HELM cells have no place in this CSV schema (no dataset or language): keep the HELM file you imported them from.</p> : null}
        </>
      )}
    </section>
  );
}

function YourModelRow({ model }: { model: UserModel }) {
  const datasets = [...new Set(model.rows.map((r) => r.dataset))];
  return (
    <tr data-your-model={model.label}>
      <th scope="row">{model.label}</th>
      <td>
        {model.rows.length ? (
          <>
            {model.rows.length} on{' '}
            {datasets.map((d, i) => (
              <span key={d}>
                {i > 0 ? ', ' : ''}
                <Link href={`/tasks/${d}`}>{datasetInfo(d).name}</Link>
              </span>
            ))}
          </>
        ) : null}
        {model.helmRows?.length ? (
          <>
            {model.rows.length ? '; ' : ''}
            {model.helmRows.length} <Link href="/helm">HELM</Link> cells
          </>
        ) : null}
      </td>
      <td>
        {model.file} <span className="note">({model.format})</span>
      </td>
      <td>{model.pretrainingLanguages ? `pretrained on ${model.pretrainingLanguages.join(', ')}` : 'not stated (unknown)'}</td>
      <td>
        <button type="button" onClick={() => removeUserModel(model.id)}>
          Remove {model.label}
        </button>
      </td>
    </tr>
  );
}
