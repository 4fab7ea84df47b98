/// <reference lib="webworker" />
/**
 * Parses one dropped file off the main thread, so a 50 MB file never freezes the page.
 * Large CSV files are streamed in chunks with progress; the page cancels by terminating
 * this worker.
 */
import { createCsvTextImporter } from '@/lib/importers/dashboard-csv';
import { importFile } from '@/lib/importers/detect';
import { decodeBytes, type Decoded } from '@/lib/importers/encoding';
import { fileTooLarge } from '@/lib/importers/limits';

export type WorkerRequest = { file: File };
export type WorkerReply =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'rows'; rows: ReturnType<typeof importFile>['rows'] }
  | { type: 'done'; result: ReturnType<typeof importFile> };

// Rows cross to the page in batches: one huge message would be one long task to decode.
const BATCH = 5_000;

const STREAM_FROM_BYTES = 1_000_000;

async function streamCsv(file: File, encoding: Decoded['encoding']) {
  const importer = createCsvTextImporter(file.name);
  const reader = file.stream().getReader();
  const decoder = new TextDecoder(encoding);
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

function tooLarge(file: File, reason: string): ReturnType<typeof importFile> {
  return { format: 'unknown', modelName: null, rows: [], rejected: [{ where: 'file', line: null, reason }], unmapped: [], warnings: [], omitted: { rejected: 0, unmapped: 0, warnings: 0 } };
}

async function read(file: File): Promise<ReturnType<typeof importFile>> {
  const large = fileTooLarge(file.size);
  if (large) return tooLarge(file, large);
  const head = decodeBytes(new Uint8Array(await file.slice(0, 4096).arrayBuffer()));
  const csv = /\.csv$/i.test(file.name) && file.size > STREAM_FROM_BYTES;
  const result = csv ? await streamCsv(file, head.encoding) : importFile(file.name, decodeBytes(new Uint8Array(await file.arrayBuffer())).text);
  return head.note ? { ...result, warnings: [head.note, ...result.warnings] } : result;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file } = event.data;
  const result = await read(file);
  postMessage({ type: 'progress', loaded: file.size, total: file.size } satisfies WorkerReply);
  for (let i = 0; i < result.rows.length; i += BATCH) postMessage({ type: 'rows', rows: result.rows.slice(i, i + BATCH) } satisfies WorkerReply);
  postMessage({ type: 'done', result: { ...result, rows: [] } } satisfies WorkerReply);
};
