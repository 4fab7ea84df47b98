/** The dashboard CSV's columns and template: a module of its own, so pages can show them without loading the parser. */
export const CSV_COLUMNS = ['model', 'dataset', 'config', 'language', 'metric', 'value', 'unit', 'stderr', 'n_shot', 'notes'] as const;

/**
 * Shown to users as the file to start from. Columns: model (your name for it);
 * dataset (xnli, xcopa, xstory_cloze, xwinograd); config (the dataset's own config name,
 * e.g. jp for XWinograd Japanese); language (languages.csv code, e.g. ja); metric (as
 * your tool names it); value (the number as published: 0.4968 or 49.68, no % sign);
 * unit (fraction, percent, …: a fraction is never read as a percent); stderr and n_shot
 * (may be empty); notes (free text: harness version, prompts, …). Surrounding spaces
 * in cells are ignored; values are never rescaled.
 */
export const CSV_TEMPLATE = [
  CSV_COLUMNS.join(','),
  'my-model-7b,xnli,fr,fr,acc,0.4968,fraction,0.0071,0,"lm-evaluation-harness 0.4.5, English prompts"',
  'my-model-7b,xwinograd,jp,ja,accuracy,53.58,percent,,0,model card value',
  '',
].join('\n');


/**
 * The apostrophe the CSV download puts before a cell a spreadsheet would run as a formula
 * (`escapeCell` in lib/chart/export-csv.ts). It is never part of a value: spreadsheets treat a
 * leading apostrophe as a "this is text" marker, not as content, so the importer drops it.
 */
export const FORMULA_GUARD = "'";

/** A cell as written, without the formula guard. */
export function unguardCell(cell: string): string {
  return cell.startsWith(FORMULA_GUARD) ? cell.slice(FORMULA_GUARD.length) : cell;
}

/** A cell that starts with the guard character must carry its own guard, or re-importing would drop a real apostrophe. */
export function guardCell(value: string, escapeFormula: (value: string) => string): string {
  return value.startsWith(FORMULA_GUARD) ? FORMULA_GUARD + value : escapeFormula(value);
}

const CSV_PROTOCOL = 'dashboard CSV';

/** A row's protocol, from the notes column: the notes say how the number was made, the prefix that it came through this CSV. */
export function protocolFromNotes(notes: string): string {
  return [CSV_PROTOCOL, notes.trim()].filter(Boolean).join('; ');
}

/** The notes column for a row read from this CSV: its notes as they were, so export → import → export adds nothing. */
export function notesFromProtocol(protocol: string): string {
  if (protocol === CSV_PROTOCOL) return '';
  return protocol.startsWith(`${CSV_PROTOCOL}; `) ? protocol.slice(CSV_PROTOCOL.length + 2) : protocol;
}
