/**
 * Files built to hurt: each is generated here, at test time, and must get a located reason
 * that names the limit, with what came before the limit kept. (How long each takes is
 * measured by `npm run bench`, not asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/importers';
import { createCsvRowImporter } from '@/lib/importers/dashboard-csv';
import { decodeBytes, sniffUtf16 } from '@/lib/importers/encoding';
import { fileTooLarge } from '@/lib/importers/limits';
import { groupTasks, mapGroup } from '@/components/import/task-mapping';

const lmEval = (results: Record<string, unknown>) => JSON.stringify({ results, versions: {}, config: { model_args: 'pretrained=someone/some-model' } }, null, 1);

describe('an lm-eval file with tens of thousands of tasks', () => {
  const results = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`made_up_${i % 7}_task_${i}`, { acc: 0.5, acc_stderr: 0.01 }]));
  const file = lmEval(results);

  it('reads the first 10,000 tasks and says where it stopped and why', () => {
    expect(file.length).toBeGreaterThan(1_000_000);
    const r = importFile('many.json', file);
    expect(r.unmapped).toHaveLength(10_000);
    expect(r.omitted.unmapped).toBe(0);
    const stop = r.rejected.find((p) => p.reason.includes('tasks'));
    expect(stop).toMatchObject({ where: 'results["made_up_4_task_10000"]', reason: '"results" holds 50,000 tasks; the dashboard reads the first 10,000, so the 40,000 from here on were not read' });
    // JSON.stringify(…, null, 1): "{", ' "results": {', then one line per task and metric.
    expect(stop!.line).toBe(3 + 10_000 * 4);
  });

  it('offers the unmapped tasks as a few groups, not one choice per task', () => {
    const r = importFile('many.json', file);
    const groups = groupTasks(r.unmapped.map((u) => u.task));
    expect(groups.map((g) => [g.prefix, g.tasks.length])).toEqual([
      ['made_up_0_task', 1429], ['made_up_1_task', 1429], ['made_up_2_task', 1429], ['made_up_3_task', 1429],
      ['made_up_4_task', 1428], ['made_up_5_task', 1428], ['made_up_6_task', 1428],
    ]);
  });

  it('maps a group onto a dataset by the endings that are its configs, skipping the rest', () => {
    const group = { prefix: 'my_xnli', tasks: ['my_xnli_fr', 'my_xnli_sw', 'my_xnli_klingon'] };
    expect(mapGroup(group, 'xnli')).toEqual({ my_xnli_fr: 'xnli|fr', my_xnli_sw: 'xnli|sw', my_xnli_klingon: '' });
    expect(mapGroup(group, '')).toEqual({ my_xnli_fr: '', my_xnli_sw: '', my_xnli_klingon: '' });
  });
});

describe('YAML aliases that multiply a small model card', () => {
  const metric = '{type: accuracy, value: 51.2}';

  it('stops at 1,000 aliases, keeps what came before, and names the line', () => {
    // One result, then the same result 2,000 times by alias.
    const yaml = ['model-index:', '- name: m', '  results:', `  - &r {dataset: {type: xcopa, config: ht}, metrics: [${metric}]}`, ...Array.from({ length: 2_000 }, () => '  - *r')].join('\n');
    const r = importFile('card.yaml', yaml);
    const stop = r.rejected.find((p) => p.reason.includes('aliases'))!;
    expect(stop.reason).toBe('the YAML uses aliases (*r) more than 1,000 times; model cards use none, so reading stopped here; the 1,001 values read before it are kept');
    // Line 4 holds the anchor, lines 5… the aliases: the 1,001st alias is on line 1,005.
    expect(stop).toMatchObject({ where: 'line 1005', line: 1005 });
    expect(r.rows).toHaveLength(1_001);
  });

  it('stops at 10,000 metric values once aliases are expanded', () => {
    // 100 uses of an alias to a list of 200 metrics: 20,000 values from a 4 KB file.
    const metrics = Array.from({ length: 200 }, () => metric).join(', ');
    const yaml = ['model-index:', '- name: m', '  results:', `  - {dataset: {type: xcopa, config: ht}, metrics: &ms [${metrics}]}`, ...Array.from({ length: 99 }, () => '  - {dataset: {type: xcopa, config: ht}, metrics: *ms}')].join('\n');
    const r = importFile('card.yaml', yaml);
    const stop = r.rejected.find((p) => p.reason.includes('metric values'))!;
    expect(stop.where).toBe('model-index[0].results[50].metrics[0]');
    expect(stop.reason).toBe('the model-index holds more than 10,000 metric values (YAML aliases expanded); real cards hold hundreds, so reading stopped here; the 10,000 values read before it are kept');
    expect(r.rows).toHaveLength(10_000);
  });

  it('a 1 KB card that would expand to 1,000,000 values stops at 10,000', () => {
    // 100 models × 100 results × 100 metrics, in three lines of aliases.
    const x100 = (name: string) => Array(100).fill(`*${name}`).join(',');
    const yaml = [
      `m: &m ${metric}`,
      `ms: &ms [${x100('m')}]`,
      'r: &r {dataset: {type: xcopa, config: ht}, metrics: *ms}',
      `rs: &rs [${x100('r')}]`,
      'e: &e {name: m, results: *rs}',
      `model-index: [${x100('e')}]`,
    ].join('\n');
    expect(yaml.length).toBeLessThan(1_400);
    const r = importFile('bomb.yaml', yaml);
    expect(r.rows).toHaveLength(10_000);
    expect(r.rejected.map((p) => p.where)).toEqual(['model-index[1].results[0].metrics[0]']);
  });
});

describe('a CSV that would flood the report', () => {
  const header = 'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes';

  it('lists 100 warnings and counts the other 149,900', () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => `m,xnli,fr,fr,metric_${i},0.5,fraction,,0,`);
    const r = importFile('warn.csv', [header, ...lines].join('\n'));
    expect(r.rows).toHaveLength(150_000);
    expect(r.warnings).toHaveLength(100);
    expect(r.omitted.warnings).toBe(149_900);
    expect(r.warnings[0]).toBe('Metric "metric_0": whether lower is better is not known from its name.');
  });

  it('lists 1,000 rejected lines and counts the rest; a duplicate warning names 5 places and counts the others', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? 'm,xnli,fr,fr,acc,abc,fraction,,0,' : 'm,xnli,fr,fr,acc,0.5,fraction,,0,'));
    const r = importFile('bad.csv', [header, ...lines].join('\n'));
    expect(r.rejected).toHaveLength(1_000);
    expect(r.omitted.rejected).toBe(1_500);
    expect(r.rejected[0].where).toBe('line 3');
    expect(r.warnings).toContain('2500 results for xnli fr acc of the same model: line 2, line 4, line 6, line 8, line 10, and 2,495 more places');
  });

  it('a 100,000-line CSV with one bad line keeps 99,999 rows and names line 50001', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => (i === 49_999 ? 'm,xnli,fr,fr,acc,oops,fraction,,0,' : `m${i},xnli,fr,fr,acc,0.5,fraction,,0,`));
    const r = importFile('big.csv', [header, ...lines].join('\n'));
    expect(r.rows).toHaveLength(99_999);
    expect(r.rejected.map((p) => p.where)).toEqual(['line 50001']);
  });

  it('stops after 1,000,000 lines and says where', () => {
    const importer = createCsvRowImporter('huge.csv');
    importer.push([header.split(',')], 1);
    // One-field lines: each is rejected cheaply, so a million of them fit in a unit test.
    importer.push(Array.from({ length: 1_000_001 }, () => ['x']), 2);
    const r = importer.finish();
    expect(r.rejected.length + r.omitted.rejected).toBe(1_000_001);
    expect(r.omitted.rejected).toBe(1_000_001 - 1_000);
    const importer2 = createCsvRowImporter('huge.csv');
    importer2.push([header.split(',')], 1);
    importer2.push(Array.from({ length: 1_000_000 }, () => ['x']), 2);
    importer2.push([['x']], 1_000_002);
    // The stop itself is listed only when the list has room; its count is what the page shows.
    expect(importer2.finish().omitted.rejected).toBe(1_000_000 - 1_000 + 1);
  });
});

describe('encodings and sizes', () => {
  const csv = 'model,dataset,config,language,metric,value,unit\nm,xnli,sw,sw,acc,0.4,fraction\n';

  it('reads UTF-16 LE and BE without a byte-order mark, and says so', () => {
    const le = new Uint8Array(Buffer.from(csv, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(sniffUtf16(le)).toBe('utf-16le');
    expect(sniffUtf16(be)).toBe('utf-16be');
    expect(sniffUtf16(new Uint8Array(Buffer.from(csv, 'utf8')))).toBeNull();
    const decoded = decodeBytes(le);
    expect(decoded.text).toBe(csv);
    expect(decoded.note).toBe('The file is UTF-16 LE text without a byte-order mark; it was read as UTF-16 LE. Results files are usually UTF-8.');
    expect(decodeBytes(be).text).toBe(csv);
    expect(importFile('mine.csv', decoded.text).rows).toHaveLength(1);
  });

  it('names UTF-16 read as UTF-8 as UTF-16, not as a binary file', () => {
    const wrong = new TextDecoder('utf-8').decode(Buffer.from(csv, 'utf16le'));
    const r = importFile('mine.csv', wrong);
    expect(r.rejected[0].reason).toBe('this is UTF-16 text read as UTF-8 (save it as UTF-8, or import it through the import page, which reads UTF-16)');
  });

  it('refuses a file over 64 MB before reading it', () => {
    expect(fileTooLarge(50 * 1024 * 1024)).toBeNull();
    expect(fileTooLarge(200 * 1024 * 1024)).toBe('the file is 200 MB; the dashboard reads files up to 64 MB in the browser (split it, or keep only the result rows)');
  });
});
