import type { DataPackageField, DataPackageResource } from '@/lib/data-package/datapackage';
import { PrintedTable } from '@/components/tables/printed-table';

/** Where the CSVs and datapackage.json are served (app/data/). */
export const DATA_BASE = '/data';

function typeLabel(f: DataPackageField): string {
  const unit = f.unit ? `, ${f.unit}` : f.unitField ? `, unit in ${f.unitField}` : '';
  return `${f.type}${f.constraints?.required ? ', required' : ''}${unit}`;
}

/** The shipped CSVs: one table of the files, then each file's columns. Server-rendered, no client JS. */
export function DataFiles({ resources, licenceNote }: { resources: readonly DataPackageResource[]; licenceNote: string }) {
  return (
    <>
      <PrintedTable
        className="data-files"
        caption={`The shipped CSV files (${resources.length}), as in the repository's data/ folder`}
        columns={['File', 'What it holds', 'Rows', 'Columns', 'Download']}
      >
            {resources.map((r) => (
              <tr key={r.name} data-file={r.path}>
                <th scope="row">
                  <code>{r.path}</code>
                </th>
                <td>
                  <strong>{r.title}.</strong> {r.description}
                </td>
                <td className="num" data-rows={r.rowCount}>
                  {r.rowCount.toLocaleString('en')}
                </td>
                <td>
                  <a href={`#file-${r.name}`}>{r.schema.fields.length} columns</a>: {r.schema.fields.map((f) => f.name).join(', ')}
                </td>
                <td>
                  <a href={`${DATA_BASE}/${r.path}`} download={r.path} type="text/csv">
                    {r.path}
                  </a>
                </td>
              </tr>
            ))}
      </PrintedTable>
      <p className="note">{licenceNote}</p>
      {resources.map((r) => (
        <section key={r.name} id={`file-${r.name}`} aria-labelledby={`file-${r.name}-title`}>
          <h2 id={`file-${r.name}-title`}>
            <code>{r.path}</code>: {r.title}
          </h2>
          <p className="note">
            {r.rowCount.toLocaleString('en')} rows · {r.sources.length ? `${r.sources.length} sources cited by its rows` : 'its rows cite no source row'} ·{' '}
            <a href={`${DATA_BASE}/${r.path}`} download={r.path} type="text/csv">
              download
            </a>
          </p>
          <PrintedTable caption={`Columns of ${r.path}, in the order of its header`} columns={['Column', 'Type', 'Description']}>
                {r.schema.fields.map((f) => (
                  <tr key={f.name}>
                    <th scope="row">
                      <code>{f.name}</code>
                    </th>
                    <td>{typeLabel(f)}</td>
                    <td>
                      {f.description}
                      {f.unitDescription ? ` Unit: ${f.unitDescription}.` : ''}
                    </td>
                  </tr>
                ))}
          </PrintedTable>
        </section>
      ))}
    </>
  );
}
