import { describe, expect, it } from 'vitest';
import { importLmEvalHarness, placeLmEvalTask } from '@/lib/importers';
import { LM, fixture } from './fixtures';

const bloom = () => fixture(LM.bloomXnli);

describe('lm-evaluation-harness v0.3 files', () => {
  it('reads every XNLI language of bloom-7b1 as a fraction, with its standard error', () => {
    const r = importLmEvalHarness('bloom.json', bloom());
    expect(r.format).toBe('lm-eval-harness-v0.3');
    expect(r.modelName).toBe('bigscience/bloom-7b1');
    expect(r.rows).toHaveLength(15);
    expect(r.rejected).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.rows.map((x) => x.language).sort()).toEqual(['ar', 'bg', 'de', 'el', 'en', 'es', 'fr', 'hi', 'ru', 'sw', 'th', 'tr', 'ur', 'vi', 'zh']);
    // Lines 43-45 of the file: "xnli_th": { "acc": 0.3499001996007984, "acc_stderr": 0.00673886250800537 }
    const th = r.rows.find((x) => x.language === 'th')!;
    expect(th).toMatchObject({
      suite: 'benchmark',
      model: 'bigscience/bloom-7b1',
      dataset: 'xnli',
      config: 'th',
      metric: 'acc',
      filter: null,
      value: '0.3499001996007984',
      number: 0.3499001996007984,
      unit: 'fraction',
      stderr: '0.00673886250800537',
      lower_is_better: false,
      n_shot: 0,
      source: { file: 'bloom.json', path: 'results["xnli_th"]["acc"]', line: 44 },
    });
    expect(th.protocol).toContain('lm-evaluation-harness v0.3 layout');
    expect(th.protocol).toContain('task version 0');
    expect(th.protocol).toContain('hf-causal-experimental');
  });

  it('reads the old xstory_cloze_<lang> task names of XGLM', () => {
    const r = importLmEvalHarness('xglm.json', fixture(LM.xglmStory));
    expect(r.modelName).toBe('facebook/xglm-7.5B');
    expect(r.rows).toHaveLength(11);
    const my = r.rows.find((x) => x.language === 'my')!;
    expect(my).toMatchObject({ dataset: 'xstory_cloze', config: 'my', value: '0.57114493712773', stderr: '0.01273620271314778', unit: 'fraction' });
    expect(my.source.line).toBe(44);
  });

  it('lists the self-translate xnli-mt tasks as unmapped, with their language and why', () => {
    const r = importLmEvalHarness('polylm.json', fixture(LM.polylmMt));
    expect(r.rows).toEqual([]);
    expect(r.unmapped).toHaveLength(14);
    expect(r.unmapped.map((u) => u.language).sort()).toEqual(['ar', 'bg', 'de', 'el', 'es', 'fr', 'hi', 'ru', 'sw', 'th', 'tr', 'ur', 'vi', 'zh']);
    const es = r.unmapped.find((u) => u.task === 'xnli-mt_nllb-200-3.3B_es')!;
    expect(es.where).toBe('results["xnli-mt_nllb-200-3.3B_es"]');
    expect(es.reason).toMatch(/translate-test/);
    expect(es.reason).toMatch(/nllb-200-3\.3B/);
  });
});

describe('lm-evaluation-harness v0.4 files', () => {
  it('does not take a local checkpoint path for a model name', () => {
    const r = importLmEvalHarness('latxa.json', fixture(LM.latxa));
    expect(r.format).toBe('lm-eval-harness-v0.4');
    expect(r.modelName).toBeNull();
    expect(r.warnings.join('\n')).toMatch(/local path/);
    expect(r.unmapped).toEqual([
      { where: 'results["belebele_eus_Latn"]', line: 3, task: 'belebele_eus_Latn', language: 'eu', reason: expect.stringMatching(/Belebele/) },
    ]);
  });

  it('finds the language of xnli_eu_native although it is not the last token', () => {
    const r = importLmEvalHarness('eu.json', fixture(LM.xnliEuNative));
    expect(r.rows).toEqual([]);
    expect(r.unmapped).toHaveLength(1);
    expect(r.unmapped[0]).toMatchObject({ task: 'xnli_eu_native', language: 'eu' });
    expect(r.unmapped[0].reason).toMatch(/native/);
  });

  it('lists TruthfulQA-multi and Belebele results as unmapped, with their language', () => {
    expect(importLmEvalHarness('t.json', fixture(LM.truthfulqa)).unmapped.map((u) => [u.task, u.language])).toEqual([['truthfulqa-multi_gen_ca', 'ca']]);
    const gpt = importLmEvalHarness('g.json', fixture(LM.gpt4o));
    expect(gpt.modelName).toBe('gpt-4o-2024-11-20');
    expect(gpt.unmapped.map((u) => [u.task, u.language])).toEqual([['belebele_eus_Latn', 'eu']]);
  });

  it('reads a strict_match filter, n-shot, version and git hash (real file, task renamed to xcopa_et)', () => {
    const text = fixture(LM.gpt4o).replaceAll('belebele_eus_Latn', 'xcopa_et');
    const r = importLmEvalHarness('g.json', text);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({
      dataset: 'xcopa',
      language: 'et',
      metric: 'exact_match',
      filter: 'strict_match',
      value: '0.9288888888888889',
      stderr: '0.008571775151098724',
      unit: 'fraction',
      n_shot: 5,
      lower_is_better: false,
      model: 'gpt-4o-2024-11-20',
      source: { path: 'results["xcopa_et"]["exact_match,strict_match"]', line: 5 },
    });
    for (const note of ['lm_eval 0.4.5', 'git f69d11c', 'filter strict_match', 'dataset facebook/belebele eus_Latn', 'system instruction']) expect(r.rows[0].protocol).toContain(note);
  });

  it('reads acc and acc_norm with the none filter and a "Yaml" version (real file, task renamed to xwinograd_jp)', () => {
    const r = importLmEvalHarness('l.json', fixture(LM.latxa).replaceAll('belebele_eus_Latn', 'xwinograd_jp'));
    expect(r.rows.map((x) => [x.metric, x.filter, x.config, x.language, x.value, x.stderr, x.n_shot])).toEqual([
      ['acc', 'none', 'jp', 'ja', '0.6488888888888888', '0.015919433516195364', 5],
      ['acc_norm', 'none', 'jp', 'ja', '0.6488888888888888', '0.015919433516195364', 5],
    ]);
    expect(r.rows[0].protocol).toContain('task version Yaml');
    expect(r.rows[0].protocol).toContain('git e57707a');
  });

  it('keeps generation metrics on their own scales (real file, task renamed to xstorycloze_eu)', () => {
    const r = importLmEvalHarness('t.json', fixture(LM.truthfulqa).replaceAll('truthfulqa-multi_gen_ca', 'xstorycloze_eu'));
    expect(r.rows.map((x) => [x.metric, x.value, x.unit])).toEqual([
      ['bleu_max', '12.255057987559427', 'score-100'],
      ['bleu_acc', '0.7405140758873929', 'fraction'],
      ['bleu_diff', '6.365262348447535', 'score'],
    ]);
    expect(r.rows.every((x) => x.dataset === 'xstory_cloze' && x.language === 'eu')).toBe(true);
  });

  it('does not count a group aggregate as a language result', () => {
    const file = {
      results: {
        xnli: { 'acc,none': 0.41, 'acc_stderr,none': 'N/A', alias: 'xnli' },
        xnli_ar: { 'acc,none': 0.33, 'acc_stderr,none': 0.006, alias: ' - xnli_ar' },
        xnli_fr: { 'acc,none': 0.49, 'acc_stderr,none': 'N/A', alias: ' - xnli_fr' },
      },
      groups: { xnli: { 'acc,none': 0.41, 'acc_stderr,none': 'N/A', alias: 'xnli' } },
      group_subtasks: { xnli: ['xnli_ar', 'xnli_fr'], xnli_ar: [], xnli_fr: [] },
      'n-shot': { xnli: 0, xnli_ar: 0, xnli_fr: 0 },
      config: { model: 'hf', model_args: 'pretrained=org/my-model' },
    };
    const r = importLmEvalHarness('g.json', JSON.stringify(file, null, 2));
    expect(r.rows.map((x) => [x.language, x.value, x.stderr])).toEqual([
      ['ar', '0.33', '0.006'],
      ['fr', '0.49', null],
    ]);
    expect(r.unmapped).toHaveLength(1);
    expect(r.unmapped[0]).toMatchObject({ where: 'results["xnli"]', task: 'xnli', line: 3 });
    expect(r.unmapped[0].reason).toMatch(/aggregate over 2 subtasks/);
    expect(r.modelName).toBe('org/my-model');
  });
});

describe('broken lm-evaluation-harness files', () => {
  const fr = '"acc": 0.49680638722554893';
  const frStderr = '"acc_stderr": 0.00706456831954508';

  it('rejects a metric written as text, with its path and line, and keeps the 14 others', () => {
    const r = importLmEvalHarness('b.json', bloom().replace(fr, '"acc": "0.4968"'));
    expect(r.rows).toHaveLength(14);
    expect(r.rejected).toEqual([{ where: 'results["xnli_fr"]["acc"]', line: 28, reason: 'expected a number, got the text "0.4968"' }]);
  });

  it("reads Python's NaN without failing the file and rejects only that value", () => {
    const r = importLmEvalHarness('b.json', bloom().replace(fr, '"acc": NaN'));
    expect(r.rows).toHaveLength(14);
    expect(r.rejected).toEqual([{ where: 'results["xnli_fr"]["acc"]', line: 28, reason: 'expected a number, got NaN' }]);
    expect(r.warnings.join('\n')).toMatch(/NaN or Infinity/);
  });

  it('keeps a result whose standard error is NaN or negative, without the standard error', () => {
    for (const bad of ['NaN', '-0.007']) {
      const r = importLmEvalHarness('b.json', bloom().replace(frStderr, `"acc_stderr": ${bad}`));
      expect(r.rows).toHaveLength(15);
      expect(r.rows.find((x) => x.language === 'fr')!.stderr).toBeNull();
      expect(r.rejected).toHaveLength(1);
      expect(r.rejected[0]).toMatchObject({ where: 'results["xnli_fr"]["acc_stderr"]', line: 29 });
      expect(r.rejected[0].reason).toMatch(bad === 'NaN' ? /NaN/ : /negative/);
    }
  });

  it('rejects nested garbage and a task that is not an object', () => {
    const nested = importLmEvalHarness('b.json', bloom().replace(fr, '"acc": {"deep": [1, {"x": null}]}'));
    expect(nested.rejected).toEqual([{ where: 'results["xnli_fr"]["acc"]', line: 28, reason: 'expected a number, got an object' }]);
    const list = importLmEvalHarness('b.json', bloom().replace(/"xnli_fr": \{[^}]*\}/, '"xnli_fr": [1, 2]'));
    expect(list.rows).toHaveLength(14);
    expect(list.rejected).toEqual([{ where: 'results["xnli_fr"]', line: 27, reason: 'expected an object of metrics, got a list' }]);
  });

  it('rejects an accuracy outside 0–1 instead of rescaling it', () => {
    const r = importLmEvalHarness('b.json', bloom().replace(fr, '"acc": 49.68'));
    expect(r.rows.find((x) => x.language === 'fr')).toBeUndefined();
    expect(r.rejected[0].reason).toMatch(/acc = 49\.68 is outside 0–1/);
  });

  it('reports a duplicated task key: the earlier occurrence is rejected, the last one read (as JSON does)', () => {
    const text = bloom().replace('"xnli_ar": {', '"xnli_fr": {"acc": 0.1, "acc_stderr": 0.01},\n    "xnli_ar": {');
    const r = importLmEvalHarness('b.json', text);
    expect(r.rows).toHaveLength(15);
    expect(r.rows.find((x) => x.language === 'fr')!.value).toBe('0.49680638722554893');
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ where: 'results["xnli_fr"]', line: 3 });
    expect(r.rejected[0].reason).toMatch(/appears 2 times \(lines 3, 28\)/);
  });

  it('lists unknown and non-dashboard tasks as unmapped, never dropping them', () => {
    const text = JSON.stringify({
      results: { pawsx_de: { acc: 0.5 }, mgsm_direct_es: { exact_match: 0.1 }, xnli_xx: { acc: 0.3 }, xcopa_en: { acc: 0.6 }, xnli_de: { acc: 0.4 } },
      config: { model_args: 'pretrained=org/m' },
    });
    const r = importLmEvalHarness('u.json', text);
    expect(r.rows.map((x) => x.language)).toEqual(['de']);
    expect(r.unmapped.map((u) => [u.task, u.language])).toEqual([
      ['pawsx_de', 'de'],
      ['mgsm_direct_es', null],
      ['xnli_xx', null],
      ['xcopa_en', 'en'],
    ]);
    expect(r.unmapped[3].reason).toMatch(/XCOPA has no "en" config/);
  });

  it('rejects a standard error without its metric, and a file without results', () => {
    const r = importLmEvalHarness('o.json', JSON.stringify({ results: { xnli_de: { acc: 0.4, acc_norm_stderr: 0.1 } } }));
    expect(r.rows).toHaveLength(1);
    expect(r.rejected).toEqual([{ where: 'results["xnli_de"]["acc_norm_stderr"]', line: 1, reason: 'standard error without its metric "acc_norm"' }]);
    const none = importLmEvalHarness('n.json', '{"config": {}}');
    expect(none.rows).toEqual([]);
    expect(none.rejected[0].reason).toMatch(/no "results" object/);
  });

  it('warns when only part of each test set was evaluated', () => {
    const r = importLmEvalHarness('b.json', bloom().replace('"limit": null', '"limit": 100'));
    expect(r.warnings.join('\n')).toMatch(/limit=100/);
    expect(r.rows[0].protocol).toContain('limit 100');
  });
});

describe('task names', () => {
  it.each([
    ['xwinograd_jp', { mapped: true, dataset: 'xwinograd', config: 'jp', language: 'ja' }],
    ['xstorycloze_my', { mapped: true, dataset: 'xstory_cloze', config: 'my', language: 'my' }],
    ['xcopa_qu', { mapped: true, dataset: 'xcopa', config: 'qu', language: 'qu' }],
    ['xnli_eu', { mapped: false, language: 'eu' }],
    ['belebele_eus_Latn', { mapped: false, language: 'eu' }],
    ['belebele_hin_Latn', { mapped: false, language: null }],
    ['belebele_zho_Hans', { mapped: false, language: 'zh' }],
    ['xnli', { mapped: false, language: null }],
  ])('%s', (task, expected) => {
    expect(placeLmEvalTask(task)).toMatchObject(expected);
  });
});
