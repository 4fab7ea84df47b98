import type { ReactNode } from 'react';

/**
 * A plain table of rows as a source printed them (no sorting, no chart behind it), in a box
 * that scrolls sideways on a phone instead of widening the page. `columns`: the header row.
 */
export function PrintedTable({
  className,
  caption,
  hideCaption = false,
  columns,
  children,
}: {
  className?: string;
  caption: ReactNode;
  /** For a table whose heading already says what the caption would. */
  hideCaption?: boolean;
  columns: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
