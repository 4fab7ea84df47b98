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

