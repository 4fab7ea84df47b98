import { describe, expect, it } from 'vitest';
import { extractFrontMatter, importHfModelIndex } from '@/lib/importers';
import { HF, fixture } from './fixtures';

const card = (results: string, name = 'my-model') => `model-index:\n- name: ${name}\n  results:\n${results}`;
const result = (type: string, config: string, metrics: string) =>
  `  - task:\n      type: text-classification\n    dataset:\n      type: ${type}\n      name: X\n      config: ${config}\n    metrics:\n${metrics}`;
const metric = (type: string, value: string) => `    - type: ${type}\n      value: ${value}\n`;

describe('BigScience model card (bloomz-560m)', () => {
  const r = importHfModelIndex('bloomz-560m.yaml', fixture(HF.bloomz));

  it('maps the 42 crosslingual results and lists the 9 others', () => {
    expect(r.format).toBe('hf-model-index');
    expect(r.modelName).toBe('bloomz-560m');
    expect(r.rejected).toEqual([]);
    const count = (d: string) => r.rows.filter((x) => x.dataset === d).length;
    expect([count('xnli'), count('xcopa'), count('xstory_cloze'), count('xwinograd')]).toEqual([15, 11, 10, 6]);
    expect(r.rows).toHaveLength(42);
    expect(r.unmapped.map((u) => u.task)).toEqual([
      'winogrande (config "xl")',
      'anli (config "r1")',
      'anli (config "r2")',
      'anli (config "r3")',
      'super_glue (config "cb")',
      'super_glue (config "rte")',
      'openai_humaneval (config "None")',
      'story_cloze (config "2016")',
      'super_glue (config "copa")',
    ]);
  });

  it('reads XWinograd jp as Japanese, in percent, at its YAML path and line', () => {
    const jp = r.rows.find((x) => x.dataset === 'xwinograd' && x.config === 'jp')!;
    expect(jp).toMatchObject({
      language: 'ja',
      metric: 'Accuracy',
      value: '52.03',
      number: 52.03,
      unit: 'percent',
      stderr: null,
      lower_is_better: false,
      model: 'bloomz-560m',
      source: { path: 'model-index[0].results[3].metrics[0].value', line: 50 },
    });
    expect(jp.protocol).toContain('split test');
    expect(jp.protocol).toContain('revision 9dd5ea5505fad86b7bedad667955577815300cee');
    expect(jp.protocol).toMatch(/best single prompt/);
  });

  it('keeps the value text as written ("53.0", not "53")', () => {
    const et = r.rows.find((x) => x.dataset === 'xcopa' && x.language === 'et')!;
    expect(et.value).toBe('53.0');
    expect(et.number).toBe(53);
    expect(et.source).toMatchObject({ path: 'model-index[0].results[30].metrics[0].value', line: 351 });
    expect(r.rows.find((x) => x.dataset === 'xnli' && x.language === 'th')!.value).toBe('35.5');
  });
});

describe('other model cards', () => {
  it('lists Common Voice results as unmapped, naming dataset and config', () => {
    const r = importHfModelIndex('c.yaml', fixture(HF.comodoro));
    expect(r.rows).toEqual([]);
    expect(r.modelName).toBe('wav2vec2-xls-r-300m-west-slavic-cv8');
    expect(r.unmapped.map((u) => [u.task, u.language, u.line])).toEqual([
      ['mozilla-foundation/common_voice_8_0 (config "cs")', 'cs', 19],
      ['mozilla-foundation/common_voice_8_0 (config "hsb")', null, 33],
      ['mozilla-foundation/common_voice_8_0 (config "pl")', 'pl', 47],
      ['mozilla-foundation/common_voice_8_0 (config "sk")', 'sk', 61],
      ['mozilla-foundation/common_voice_8_0 (config "sl")', 'sl', 75],
    ]);
    expect(r.unmapped[0].where).toBe('model-index[0].results[0]');
  });

  it('lists all 62 translation results of the OPUS-MT card as unmapped', () => {
    const r = importHfModelIndex('o.yaml', fixture(HF.opus));
    expect(r.rows).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.unmapped).toHaveLength(62);
    expect(r.unmapped[0].task).toBe('flores_101 (config "afr deu devtest")');
  });

  it('reads a whole README.md, with lines counted in the README', () => {
    const readme = `---\n${fixture(HF.comodoro)}---\n\n# wav2vec2\n\nSome text: with a colon.\n`;
    const r = importHfModelIndex('README.md', readme);
    expect(r.unmapped).toHaveLength(5);
    expect(r.unmapped[0].line).toBe(20);
    expect(extractFrontMatter('# no front matter\n')).toBeNull();
    const none = importHfModelIndex('README.md', '# A card without front matter\n');
    expect(none.rejected[0].reason).toMatch(/no YAML front matter/);
  });
});

describe('units of model-card values', () => {
  it('does not guess the unit when every accuracy is at most 1', () => {
    const r = importHfModelIndex('f.yaml', card(result('xnli', 'fr', metric('accuracy', '0.536')) + result('xnli', 'de', metric('accuracy', '0.512'))));
    expect(r.rows.map((x) => [x.value, x.unit])).toEqual([
      ['0.536', 'unknown-scale'],
      ['0.512', 'unknown-scale'],
    ]);
    expect(r.warnings.join('\n')).toMatch(/All 2 "accuracy" values in this card are between 0 and 1/);
  });

  it('reads a value ≤ 1 as percent when the same metric goes above 1 in the card, and says so', () => {
    const r = importHfModelIndex('p.yaml', card(result('xnli', 'fr', metric('accuracy', '53.6')) + result('xnli', 'de', metric('accuracy', '0.9'))));
    expect(r.rows.map((x) => x.unit)).toEqual(['percent', 'percent']);
    expect(r.warnings.join('\n')).toMatch(/accuracy 0\.9 is read as percent/);
  });

  it('rejects an accuracy above 100 percent', () => {
    const r = importHfModelIndex('p.yaml', card(result('xnli', 'fr', metric('accuracy', '153.2')) + result('xnli', 'de', metric('accuracy', '55'))));
    expect(r.rows.map((x) => x.language)).toEqual(['de']);
    expect(r.rejected).toEqual([{ where: 'model-index[0].results[0].metrics[0].value', line: 12, reason: 'accuracy = 153.2 is outside 0–100 (percent)' }]);
  });

  it('knows that lower WER is better', () => {
    const r = importHfModelIndex('w.yaml', card(result('Muennighoff/xwinograd', 'pt', metric('wer', '12.5'))));
    expect(r.rows[0]).toMatchObject({ dataset: 'xwinograd', language: 'pt', metric: 'wer', unit: 'percent', lower_is_better: true });
  });
});

describe('broken model cards', () => {
  it('rejects values that are not numbers, with path and line, and keeps the valid ones', () => {
    const yaml = card(
      result('xnli', 'fr', metric('accuracy', 'abc')) +
        result('xnli', 'de', metric('accuracy', '.nan')) +
        result('xnli', 'es', metric('accuracy', '[1, 2]')) +
        result('xnli', 'ru', metric('accuracy', '"53.58"')) +
        result('xnli', 'zh', metric('accuracy', '0x1F')) +
        result('xnli', 'ar', metric('accuracy', '60.1')),
    );
    const r = importHfModelIndex('b.yaml', yaml);
    expect(r.rows.map((x) => [x.language, x.value])).toEqual([
      ['ru', '53.58'],
      ['ar', '60.1'],
    ]);
    expect(r.rejected).toEqual([
      { where: 'model-index[0].results[0].metrics[0].value', line: 12, reason: 'expected a number, got the text "abc"' },
      { where: 'model-index[0].results[1].metrics[0].value', line: 21, reason: 'expected a number, got ".nan"' },
      { where: 'model-index[0].results[2].metrics[0].value', line: 30, reason: 'expected a number, got a list' },
      { where: 'model-index[0].results[4].metrics[0].value', line: 48, reason: '"0x1F" is not written as a decimal number' },
    ]);
  });

  it('rejects a result without a dataset type, and a duplicated key with its line', () => {
    const noType = importHfModelIndex('n.yaml', card('  - dataset:\n      name: XNLI\n    metrics:\n' + metric('accuracy', '50')));
    expect(noType.rejected).toEqual([{ where: 'model-index[0].results[0].dataset.type', line: 5, reason: 'no dataset type' }]);
    const dup = importHfModelIndex('d.yaml', card(result('xnli', 'fr', metric('accuracy', '50')).replace('      name: X\n', '      name: X\n      name: Y\n')));
    expect(dup.rejected).toEqual([{ where: 'line 9, column 7', line: 9, reason: 'YAML: Map keys must be unique' }]);
    expect(dup.rows).toHaveLength(1);
  });

  it('reports YAML syntax errors with their line and a card without model-index', () => {
    const bad = importHfModelIndex('s.yaml', 'model-index:\n- name: x\n  results: [\n');
    expect(bad.rows).toEqual([]);
    expect(bad.rejected.length).toBeGreaterThan(0);
    expect(bad.rejected[0].where).toMatch(/^line \d+, column \d+$/);
    const none = importHfModelIndex('l.yaml', 'license: mit\ntags:\n- foo\n');
    expect(none.rejected).toEqual([{ where: 'model-index', line: null, reason: 'no model-index in this YAML (a card without evaluation results?)' }]);
  });

  it('lists an XNLI config that is not a language as unmapped', () => {
    const r = importHfModelIndex('a.yaml', card(result('xnli', 'all_languages', metric('accuracy', '50'))));
    expect(r.unmapped).toHaveLength(1);
    expect(r.unmapped[0].reason).toMatch(/XNLI config "all_languages" is not one of/);
  });
});
