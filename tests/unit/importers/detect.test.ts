import { describe, expect, it } from 'vitest';
import { importFile, withModelName } from '@/lib/importers';
import { HELM, HF, LM, benchmarkRows, fixture, fixtureBytes } from './fixtures';

describe('format detection', () => {
  it.each([
    [LM.bloomXnli, 'lm-eval-harness-v0.3', 15],
    [LM.gpt4o, 'lm-eval-harness-v0.4', 0],
    [HF.bloomz, 'hf-model-index', 42],
    [HF.comodoro, 'hf-model-index', 0],
    [HELM.safety, 'helm-groups', 324],
    [HELM.efficiency, 'helm-table', 12],
  ])('%s is read as %s', (file, format, rows) => {
    const r = importFile(file.split('/').pop()!, fixture(file));
    expect(r.format).toBe(format);
    expect(r.rows).toHaveLength(rows);
  });

  it('reads content, not names: a model card saved as .txt, an lm-eval file without extension, the CSV template with a BOM', () => {
    expect(importFile('card.txt', fixture(HF.bloomz)).rows).toHaveLength(42);
    expect(importFile('results', fixture(LM.bloomXnli)).rows).toHaveLength(15);
    const csv = importFile('mine.csv', '\uFEFFmodel,dataset,config,language,metric,value,unit\nm,xnli,sw,sw,acc,0.4,fraction\n');
    expect(csv.format).toBe('dashboard-csv');
    expect(benchmarkRows(csv).map((x) => x.language)).toEqual(['sw']);
  });

  it('reads a model-index saved as JSON', () => {
    const json = JSON.stringify({ 'model-index': [{ name: 'm', results: [{ dataset: { type: 'xcopa', config: 'ht' }, metrics: [{ type: 'accuracy', value: 51.2 }] }] }] }, null, 2);
    const r = importFile('index.json', json);
    expect(r.format).toBe('hf-model-index');
    expect(benchmarkRows(r).map((x) => [x.language, x.value, x.unit, x.source.line])).toEqual([['ht', '51.2', 'percent', 14]]);
  });

  it('reads a README.md with front matter', () => {
    const r = importFile('README.md', `---\nlicense: bigscience-bloom-rail-1.0\n${fixture(HF.bloomz)}---\n\n# BLOOMZ\n`);
    expect(r.rows).toHaveLength(42);
  });
});

describe('files the dashboard cannot read get one clear reason', () => {
  const reason = (name: string, text: string) => {
    const r = importFile(name, text);
    expect(r.rows).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    return r.rejected[0];
  };

  it('an empty file', () => {
    expect(reason('a.json', '').reason).toBe('the file is empty');
    expect(reason('a.csv', ' \n\t\n').reason).toBe('the file is empty');
  });

  it('a PNG image, read as text the way a browser would', () => {
    const png = new TextDecoder().decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(reason('chart.png', png).reason).toMatch(/^this is a PNG image, not a text file/);
    expect(reason('x.bin', 'abc\u0000\u0001\u0002def').reason).toMatch(/^this is a binary file/);
    expect(reason('book.xlsx', 'PK\u0003\u0004rest').reason).toMatch(/Excel/);
  });

  it('random text', () => {
    expect(reason('notes.txt', 'hello world\nthis is not a result file\n').reason).toMatch(/^the format is not recognised/);
  });

  it('invalid JSON, with the line and column of the error', () => {
    const broken = '{\n  "results": {\n    "xnli_fr": {"acc": 0.5,}\n  }\n}\n';
    const p = reason('r.json', broken);
    expect(p.line).toBe(3);
    expect(p.reason).toMatch(/^invalid JSON \(line 3, column \d+\): /);
    const cut = fixture(LM.bloomXnli).slice(0, 500);
    expect(reason('r.json', cut).reason).toMatch(/^invalid JSON/);
  });

  it('JSON nested far deeper than any results file, refused instead of read (100,000 levels ran the tab out of memory)', () => {
    const deep = (levels: number, inner = '') => '['.repeat(levels) + inner + ']'.repeat(levels);
    expect(reason('deep.json', deep(100_000)).reason).toMatch(/nested more than 1,000 levels deep \(by line 1\); results files nest a few levels, so it is not read/);
    // Also when the file needs Python's NaN read first.
    expect(reason('deep.json', deep(2_000, 'NaN')).reason).toMatch(/nested more than 1,000 levels deep/);
    expect(reason('shallow.json', deep(999)).reason).not.toMatch(/nested/);
  });

  it('JSON Lines, other HELM files and unknown JSON', () => {
    expect(reason('samples_xnli.jsonl', '{"doc_id": 0}\n{"doc_id": 1}\n').reason).toMatch(/JSON Lines/);
    expect(reason('summary.json', fixture(HELM.summary)).reason).toMatch(/summary\.json/);
    expect(reason('x.json', '{"a": 1}').reason).toMatch(/neither an lm-evaluation-harness results file/);
    expect(reason('x.json', '42').reason).toMatch(/neither/);
  });

  it('a tab-separated file', () => {
    expect(reason('accuracy.tsv', 'Model\tMean win rate\nA\t0.5\n').reason).toMatch(/tab-separated/);
  });

  it('a real file as binary bytes decoded wrongly still never throws', () => {
    const bytes = fixtureBytes(HELM.summary);
    expect(() => importFile('summary.json', new TextDecoder('utf-16le').decode(bytes))).not.toThrow();
  });
});

describe('withModelName', () => {
  it('fills the model the file did not name, and only that', () => {
    const r = importFile('latxa.json', fixture(LM.latxa).replaceAll('belebele_eus_Latn', 'xnli_en'));
    expect(r.modelName).toBeNull();
    expect(r.rows.every((x) => x.model === null)).toBe(true);
    const named = withModelName(r, '  Latxa 70B v1.1 ');
    expect(named.modelName).toBe('Latxa 70B v1.1');
    expect(named.rows.map((x) => x.model)).toEqual(['Latxa 70B v1.1', 'Latxa 70B v1.1']);
    const helm = importFile('bbq.json', fixture(HELM.bbq));
    expect(withModelName(helm, 'X').rows.filter((x) => x.model === 'X')).toEqual([]);
  });
});
