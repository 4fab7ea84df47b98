/**
 * The reader's saved models as a file of their own, in the dashboard CSV that the import
 * page reads: a download that imports again to the same file.
 */
import Papa from 'papaparse';
import { escapeCell } from '../chart/export-csv';
import { CSV_COLUMNS as USER_CSV_COLUMNS, guardCell, notesFromProtocol } from '../importers/csv-template';
import type { UserModel } from './user-results';

/**
 * The reader's imported results in the dashboard's own CSV schema, so they can be imported
 * again: export → import → export gives the same file (see `unguardCell`, `notesFromProtocol`).
 */
export function userResultsToCsv(models: UserModel[]): string {
  const rows = models.flatMap((m) =>
    m.rows.map((r) => {
      // A row from another format gets its origin once, here. A row read from this CSV gets its notes back as they were:
      // its line in a file of the reader's own is no news to them, and adding it would grow the notes on every round trip.
      const notes = m.format === 'dashboard-csv' ? notesFromProtocol(r.protocol) : `${r.protocol}; from ${r.where}`.trim();
      const cells = [m.label, r.dataset, r.config, r.language, r.metric, r.value, r.unit, r.stderr ?? '', r.nShot === null ? '' : String(r.nShot), notes];
      return cells.map((c) => guardCell(c, escapeCell));
    }),
  );
  return Papa.unparse({ fields: [...USER_CSV_COLUMNS], data: rows }, { delimiter: ',', newline: '\r\n', quotes: true }) + '\r\n';
}
