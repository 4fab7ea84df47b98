'use client';

import { Options } from '@/components/controls/select-field';
import { DATASET_FACTS, IMPORT_DATASETS, type ImportDatasetId } from '@/lib/importers/datasets';
import { andMore, fmt } from '@/lib/importers/limits';
import { benchmarkRows, type Job, type Result } from './import-job';

/** The lm-eval task names the user may map onto a dataset and language, each once. */
export function mappableTasks(result: Result): string[] {
  if (!result.format.startsWith('lm-eval-harness')) return [];
  return [...new Set(result.unmapped.map((u) => u.task))];
}

const MAP_TARGETS = IMPORT_DATASETS.flatMap((d) => Object.entries(DATASET_FACTS[d].configs).map(([config, language]) => ({ value: `${d}|${config}`, label: `${DATASET_FACTS[d].name} · ${language}` })));
const DATASET_TARGETS = IMPORT_DATASETS.map((d) => ({ value: d, label: `${DATASET_FACTS[d].name}, language from the name's ending` }));

/** Up to this many tasks, each gets its own choice; more are mapped by group (one choice per name prefix). */
export const ONE_BY_ONE = 30;
/** Groups offered a choice; the rest are skipped, and said so. */
export const GROUPS_SHOWN = 50;

export interface TaskGroup {
  /** The name without its last `_part` (`pawsx` for `pawsx_de`), or the whole name. */
  prefix: string;
  tasks: string[];
}

/** Tasks grouped by name prefix, largest group first: a file of 50,000 tasks is a handful of families. */
export function groupTasks(tasks: readonly string[]): TaskGroup[] {
  const groups = new Map<string, string[]>();
  for (const t of tasks) {
    const cut = t.lastIndexOf('_');
    const prefix = cut > 0 ? t.slice(0, cut) : t;
    const list = groups.get(prefix);
    if (list) list.push(t);
    else groups.set(prefix, [t]);
  }
  return [...groups.entries()].map(([prefix, list]) => ({ prefix, tasks: list })).sort((a, b) => b.tasks.length - a.tasks.length || (a.prefix < b.prefix ? -1 : 1));
}

/** Each task of a group onto `dataset`, its config from the name's ending; tasks whose ending is no config of it are skipped. */
export function mapGroup(group: TaskGroup, dataset: ImportDatasetId | ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of group.tasks) {
    const ending = t.slice(t.lastIndexOf('_') + 1);
    out[t] = dataset && Object.hasOwn(DATASET_FACTS[dataset].configs, ending) ? `${dataset}|${ending}` : '';
  }
  return out;
}

/** The dashboard's task key for a target, as the harness names it (`xstorycloze_en`). */
function taskKey(target: string): string {
  const [dataset, config] = target.split('|');
  return `${dataset === 'xstory_cloze' ? 'xstorycloze' : dataset}_${config}`;
}

/**
 * Re-reads an lm-eval file with the user's task mapping: the chosen task keys are renamed
 * to the dashboard's names (in one pass over the file's strings, however many are chosen),
 * and the rows they give keep the original name in their path.
 */
export async function applyMapping(job: Job): Promise<Result> {
  const chosen = Object.entries(job.mapping).filter(([, target]) => target);
  if (!chosen.length || !job.result) return job.result!;
  const renames = new Map(chosen.map(([task, target]) => [JSON.stringify(task), JSON.stringify(taskKey(target))]));
  const back = new Map(chosen.map(([task, target]) => [JSON.stringify(taskKey(target)), task]));
  const text = (await job.file.text()).replace(/"(?:[^"\\]|\\.)*"/g, (s) => renames.get(s) ?? s);
  // The parsers load only when a mapping is applied; the page itself never needs them.
  const { importFile } = await import('@/lib/importers/detect');
  const rows = benchmarkRows(importFile(job.file.name, text)).map((r) => {
    const key = /\["((?:[^"\\]|\\.)*)"\]/.exec(r.source.path)?.[0].slice(1, -1);
    const from = key ? back.get(key) : undefined;
    if (!from) return r;
    return { ...r, source: { ...r.source, path: r.source.path.replace(key!, JSON.stringify(from)) }, protocol: `${r.protocol}; task "${from}" mapped to ${JSON.parse(key!)} by you` };
  });
  return { ...job.result, rows, unmapped: job.result.unmapped.filter((u) => !job.mapping[u.task]) };
}

/** The unmapped lm-eval tasks of a file, each (or each group) with a choice of dataset and language, or skip. */
export function TaskMapping({ tasks, mapping, onChange }: { tasks: string[]; mapping: Job['mapping']; onChange: (mapping: Job['mapping']) => void }) {
  if (tasks.length > ONE_BY_ONE) return <GroupMapping tasks={tasks} mapping={mapping} onChange={onChange} />;
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

function GroupMapping({ tasks, mapping, onChange }: { tasks: string[]; mapping: Job['mapping']; onChange: (mapping: Job['mapping']) => void }) {
  const groups = groupTasks(tasks);
  const shown = groups.slice(0, GROUPS_SHOWN);
  const rest = groups.slice(GROUPS_SHOWN);
  const chosenOf = (g: TaskGroup) => {
    const first = g.tasks.map((t) => mapping[t]).find(Boolean);
    return first ? first.split('|')[0] : '';
  };
  return (
    <fieldset className="mapping" data-grouped="true">
      <legend>
        Unmapped tasks: {fmt(tasks.length)}, in {fmt(groups.length)} groups by name. Map a group onto a dataset (each task&apos;s language from its name&apos;s ending), or skip it
      </legend>
      {shown.map((g) => {
        const mapped = g.tasks.filter((t) => mapping[t]).length;
        return (
          <label key={g.prefix} data-group={g.prefix}>
            <span>
              <code>{g.prefix}_…</code> ({fmt(g.tasks.length)}: {g.tasks.slice(0, 3).join(', ')}
              {g.tasks.length > 3 ? ', …' : ''}){mapped ? ` · ${fmt(mapped)} mapped` : ''}
            </span>
            <select value={chosenOf(g)} onChange={(e) => onChange({ ...mapping, ...mapGroup(g, e.target.value as ImportDatasetId | '') })}>
              <option value="">skip</option>
              <Options options={DATASET_TARGETS} />
            </select>
          </label>
        );
      })}
      {rest.length ? (
        <p className="note">
          {andMore(rest.length, 'groups')} ({fmt(rest.reduce((n, g) => n + g.tasks.length, 0))} tasks) are skipped: import them from a smaller file to map them.
        </p>
      ) : null}
    </fieldset>
  );
}
