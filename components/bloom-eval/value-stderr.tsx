import { PublishedNumber } from '@/components/tables/published-number';
import type { BloomEvalResultRow } from '@/lib/data/schema';
import { bloomEvalFileUrl } from '@/lib/bloom-eval/runs';

/** "0.4643 ± 0.0672" as published (exact texts in titles), linked to its line in the raw file. */
/** `link`: false where a dense table links each column to its file once instead. */
export function ValueStderr({ row, link = true }: { row: BloomEvalResultRow | undefined; link?: boolean }) {
  if (!row) return <span className="missing">not published</span>;
  return (
    <>
      <PublishedNumber text={row.value.text} data-value={row.value.text} />
      {row.stderr ? (
        <>
          {' ± '}
          <PublishedNumber text={row.stderr.text} data-stderr={row.stderr.text} />
        </>
      ) : null}
      {link ? (
      <sup className="src">
        <a href={`${rawFileUrl(row)}#L${row.line}`} rel="noopener noreferrer" title={`${rawPath(row)}, line ${row.line}`}>
          src
        </a>
      </sup>
      ) : null}
    </>
  );
}

export function rawPath(row: { run: string; source: string; temperature: string }): string {
  if (row.source.includes('humaneval')) return `${row.run}/humaneval_temp0${row.temperature.slice(2)}.json`;
  return `${row.run}/bslmeval.json`;
}

export function rawFileUrl(row: { run: string; source: string; temperature: string }): string {
  return bloomEvalFileUrl(rawPath(row));
}
