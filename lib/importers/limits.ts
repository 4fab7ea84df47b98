/**
 * How much of a file the importers read. Each limit is far above any real results file and
 * low enough that a hostile one is answered within a second or two, with the limit, the
 * reason and where in the file reading stopped; what came before that point is kept.
 */
export const LIMITS = {
  /** Bytes of one file (a 50 MB CSV is read, with progress). */
  fileBytes: 64 * 1024 * 1024,
  /** Task keys in an lm-evaluation-harness "results" object (a full harness run has about 2,000). */
  tasks: 10_000,
  /** Rows of one file: CSV lines, or metric values of a model card once its YAML aliases are expanded. */
  rows: 1_000_000,
  /** Metric values of a model card's model-index after alias expansion (real cards have hundreds). */
  modelIndexValues: 10_000,
  /** Uses of YAML aliases (`*name`) in a model card (real cards use none). */
  yamlAliases: 1_000,
  /** Distinct warnings listed; the rest are counted. */
  warnings: 100,
  /** Rejected lines and unmapped tasks listed each; the rest are counted. */
  listed: 1_000,
} as const;

export const fmt = (n: number) => n.toLocaleString('en');

/** A file's size over the limit, in words; null when it is within. */
export function fileTooLarge(bytes: number): string | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return `the file is ${fmt(Math.round(bytes / 1024 / 1024))} MB; the dashboard reads files up to ${fmt(LIMITS.fileBytes / 1024 / 1024)} MB in the browser (split it, or keep only the result rows)`;
}

/** "and 149,900 more" for a list shown in part. */
export function andMore(count: number, what: string): string {
  return `and ${fmt(count)} more ${what}`;
}
