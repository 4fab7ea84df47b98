/**
 * The model card's markdown table (mdtable.txt), kept as BigScience published it: its
 * medians over prompts are BigScience's aggregation, rounded to 3 dp, never recomputed here.
 */
import { PUBLISHED_NUMBER } from '../data/published-number';
import { FLORES_PREFIX, FLORES_TASK } from './extract';
import { dashboardLanguageOfFlores } from './flores-languages';
import { bloomEvalSourceId } from './runs';

export interface BloomEvalMedianRow {
  model: string;
  task: string;
  task_published: string;
  /** The N of "(Median of N prompts)"; '' for a row that is one unprompted value. */
  prompts: string;
  language_published: string;
  languages: string;
  metric: string;
  lower_is_better: string;
  value: string;
  source: string;
  line: string;
}

/** The table's language column: ISO 639-3 (and "esp" for Spanish, as published), "python" for HumanEval. */
const TABLE_LANGUAGES: Readonly<Record<string, string>> = { eng: 'en', fra: 'fr', deu: 'de', esp: 'es', ita: 'it', python: 'code' };

export function parseMdTable(relPath: string, text: string, columns: Record<string, string>): BloomEvalMedianRow[] {
  const lines = text.split('\n');
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const header = cells(lines[0]);
  const expected = ['Task', 'Language', 'Metric', ...Object.keys(columns)];
  if (header.join('|') !== expected.join('|')) throw new Error(`${relPath}:1: header "${header.join('|')}", expected "${expected.join('|')}"`);
  const rows: BloomEvalMedianRow[] = [];
  lines.forEach((line, i) => {
    if (i < 2 || line.trim() === '') return;
    const where = `${relPath}:${i + 1}`;
    const c = cells(line);
    if (c.length !== header.length) throw new Error(`${where}: ${c.length} cells, header has ${header.length}`);
    const [taskText, language, metricText, ...values] = c;
    const t = /^(\S+)(?: \(Median of (\d+) prompts\))?$/.exec(taskText);
    const m = /^(\S+) ([↑↓])$/.exec(metricText);
    if (!t || !m) throw new Error(`${where}: task "${taskText}" or metric "${metricText}" not understood`);
    const flores = t[1].startsWith(FLORES_PREFIX);
    const languages = flores ? dashboardLanguageOfFlores(t[1].slice(FLORES_PREFIX.length), where).code : TABLE_LANGUAGES[language];
    if (!languages) throw new Error(`${where}: language "${language}" has no entry in lib/bloom-eval/mdtable.ts`);
    Object.values(columns).forEach((model, j) => {
      if (!PUBLISHED_NUMBER.test(values[j])) throw new Error(`${where}: "${values[j]}" is not a number`);
      rows.push({
        model,
        task: flores ? FLORES_TASK : t[1],
        task_published: taskText,
        prompts: t[2] ?? '',
        language_published: language,
        languages,
        metric: m[1],
        lower_is_better: String(m[2] === '↓'),
        value: values[j],
        source: bloomEvalSourceId(relPath),
        line: String(i + 1),
      });
    });
  });
  return rows;
}
