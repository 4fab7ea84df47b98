import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { DATA_BASE, DataFiles } from '@/components/data-files/data-files';
import { getDataset } from '@/lib/data/dataset';
import { buildDataPackage, LICENCE_NOTE } from '@/lib/data-package/datapackage';

export const metadata: Metadata = { title: 'The whole data: every shipped CSV' };

export default function DataPage() {
  const dataPackage = buildDataPackage(getDataset());
  return (
    <>
      <h1>The whole data</h1>
      <p className="lede">
        Every number on this site, as files: the CSVs below are the site&apos;s data exactly as shipped, values as published (never rounded or filled; an
        empty cell is a missing value). They are described by a Frictionless{' '}
        <a href={`${DATA_BASE}/datapackage.json`} type="application/json">
          datapackage.json
        </a>{' '}
        (columns, types, units and sources). Where each number comes from: <Link href="/sources">Sources</Link>.
      </p>
      <DataFiles resources={dataPackage.resources} licenceNote={LICENCE_NOTE} />
    </>
  );
}
