'use client';

import { Options } from '@/components/controls/select-field';
import { DATASET_FACTS, IMPORT_DATASETS } from '@/lib/importers/datasets';
import { benchmarkRows, type Job, type Result } from './import-job';

/** The lm-eval task names the user may map onto a dataset and language, each once. */
export function mappableTasks(result: Result): string[] {
  if (!result.format.startsWith('lm-eval-harness')) return [];
  return [...new Set(result.unmapped.map((u) => u.task))];
}

const MAP_TARGETS = IMPORT_DATASETS.flatMap((d) => Object.entries(DATASET_FACTS[d].configs).map(([config, language]) => ({ value: `${d}|${config}`, label: `${DATASET_FACTS[d].name} · ${language}`, task: `${d}_${config}` })));

/**
 * Re-reads an lm-eval file with the user's task mapping: the chosen task keys are renamed
 * to the dashboard's names, and the rows they give keep the original name in their path.
 */
export async function applyMapping(job: Job): Promise<Result> {
  const chosen = Object.entries(job.mapping).filter(([, target]) => target);
  if (!chosen.length || !job.result) return job.result!;
  let text = await job.file.text();
  const renamed = new Map<string, string>();
  for (const [task, target] of chosen) {
    const to = `${target.split('|')[0] === 'xstory_cloze' ? 'xstorycloze' : target.split('|')[0]}_${target.split('|')[1]}`;
    text = text.split(JSON.stringify(task)).join(JSON.stringify(to));
    renamed.set(to, task);
  }
  // The parsers load only when a mapping is applied; the page itself never needs them.
  const { importFile } = await import('@/lib/importers/detect');
  const again = importFile(job.file.name, text);
  const rows = benchmarkRows(again).map((r) => {
    for (const [to, from] of renamed) {
      if (r.source.path.includes(JSON.stringify(to))) {
        return { ...r, source: { ...r.source, path: r.source.path.split(JSON.stringify(to)).join(JSON.stringify(from)) }, protocol: `${r.protocol}; task "${from}" mapped to ${to} by you` };
      }
    }
    return r;
  });
  return { ...job.result, rows, unmapped: job.result.unmapped.filter((u) => !job.mapping[u.task]) };
}

/** The unmapped lm-eval tasks of a file, each with a choice of dataset and language (or skip). */
export function TaskMapping({ tasks, mapping, onChange }: { tasks: string[]; mapping: Job['mapping']; onChange: (mapping: Job['mapping']) => void }) {
  return (
    <fieldset className="mapping">
      <legend>Unmapped tasks: map them onto a dataset and language, or skip them</legend>
      {tasks.map((task) => (
        <label key={task}>
          <code>{task}</code>
          <select value={mapping[task] ?? ''} onChange={(e) => onChange({ ...mapping, [task]: e.target.value })}>
            <option value="">skip</option>
            <Options options={MAP_TARGETS} />
          </select>
        </label>
      ))}
    </fieldset>
  );
}
