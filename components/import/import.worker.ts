/// <reference lib="webworker" />
/**
 * Parses one dropped file off the main thread, so a 50 MB file never freezes the page.
 * Large CSV files are streamed in chunks with progress; the page cancels by terminating
 * this worker.
 */
import { createCsvTextImporter } from '@/lib/importers/dashboard-csv';
import { importFile } from '@/lib/importers/detect';

export type WorkerRequest = { file: File };
export type WorkerReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'rows'; rows: ReturnType<typeof importFile>['rows'] }
  | { type: 'done'; result: ReturnType<typeof importFile> };

// Rows cross to the page in batches: one huge message would be one long task to decode.
const BATCH = 5_000;

const STREAM_FROM_BYTES = 1_000_000;

async function streamCsv(file: File) {
  const importer = createCsvTextImporter(file.name);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    importer.push(decoder.decode(value, { stream: true }));
    if (loaded - lastReport > 256 * 1024) {
      lastReport = loaded;
      postMessage({ type: 'progress', loaded, total: file.size } satisfies WorkerReply);
    }
  }
  importer.push(decoder.decode());
  return importer.finish();
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file } = event.data;
  const csv = /\.csv$/i.test(file.name) && file.size > STREAM_FROM_BYTES;
  const result = csv ? await streamCsv(file) : importFile(file.name, await file.text());
  postMessage({ type: 'progress', loaded: file.size, total: file.size } satisfies WorkerReply);
  for (let i = 0; i < result.rows.length; i += BATCH) postMessage({ type: 'rows', rows: result.rows.slice(i, i + BATCH) } satisfies WorkerReply);
  postMessage({ type: 'done', result: { ...result, rows: [] } } satisfies WorkerReply);
};
