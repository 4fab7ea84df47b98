import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { bloomzDatasetIds, languagesOfDataset } from '@/lib/bloomz/queries';
import { getDataset } from '@/lib/data/dataset';

export const metadata: Metadata = { title: 'Tasks' };

export default function TasksIndex() {
  const ds = getDataset();
  return (
    <>
      <h1>Tasks</h1>
      <p className="lede">The evaluation datasets of the BLOOMZ/mT0 paper. Each page charts every model, language by language.</p>
      <ul className="card-grid">
        {bloomzDatasetIds(ds).map((id) => {
          const info = datasetInfo(id);
          const langs = languagesOfDataset(ds, id);
          return (
            <li key={id}>
              <h2 style={{ margin: 0, fontSize: '1.05rem' }}>
                <Link href={`/tasks/${id}`}>{info.name}</Link>
              </h2>
              <p className="note">{info.about}</p>
              <p className="note">{langs.length > 1 ? `${langs.length} languages: ${langs.map((l) => l.code).join(', ')}` : langs.length === 1 ? langs[0].name : 'Code'}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
