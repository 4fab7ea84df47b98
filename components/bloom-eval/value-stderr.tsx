import { PublishedNumber } from '@/components/tables/published-number';
import type { BloomEvalResultRow } from '@/lib/data/schema';
import type { FloresLanguageRow } from '@/lib/bloom-eval/queries';
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

/** A FLORES language's cells, one per model: byte perplexity / bits per byte as published, or not evaluated. */
export function FloresCells({ row, models, link = true }: { row: FloresLanguageRow; models: readonly string[]; link?: boolean }) {
  return models.map((m) => {
    const c = row.byModel.get(m);
    return (
      <td className="num" key={m} data-model={m}>
        {c ? (
          <>
            <ValueStderr row={c.bytePerplexity ?? undefined} link={link} /> / <ValueStderr row={c.bitsPerByte ?? undefined} link={link} />
          </>
        ) : (
          <span className="missing">not evaluated</span>
        )}
      </td>
    );
  });
}
