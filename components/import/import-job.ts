/**
 * One file on the import page, from reading to saved: its state, and what the review
 * shows of its result.
 */
import type { BenchmarkRow, ImportedRow, ImportResult } from '@/lib/importers/types';

export type Result = ImportResult<ImportedRow>;

export interface Job {
  id: number;
  file: File;
  status: 'reading' | 'review' | 'saved' | 'discarded' | 'cancelled';
  loaded: number;
  result: Result | null;
  name: string;
  params: string;
  languages: string;
  /** Unmapped lm-eval task → "dataset|config" chosen by the user ('' = skip). */
  mapping: Record<string, string>;
  message: string;
  /** How many saved models this one's name would repeat: the reader replaces them or renames. */
  nameTaken: number;
}


export function benchmarkRows(result: Result): BenchmarkRow[] {
  return result.rows.filter((r): r is BenchmarkRow => r.suite === 'benchmark');
}

export const isHelm = (result: Result) => result.format === 'helm-groups' || result.format === 'helm-table';
