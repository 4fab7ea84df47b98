import { beforeAll, describe, expect, it } from 'vitest';
import { bloomzSlice } from '@/lib/bloomz/slice';
import { cellAt } from '@/lib/chart/data';
import { helmBloomzPairs } from '@/lib/languages/helm-bloomz-pairs';
import { LEADERBOARD_SERIES } from '@/lib/helm/chart';
import { helmAggregatesNaming, helmLanguageChartData, helmLanguageCodes, helmLanguagePanels, helmLanguageSlice } from '@/lib/languages/helm-results';
import type { HelmSlice } from '@/lib/helm/slice';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { shippedTexts } from '../helpers';

// Published values are copied from ../shared/data/helm/results.csv (line numbers given).
const TH = { code: 'th', name: 'Thai' };

let ds: Dataset;
let th: HelmSlice;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
  th = helmLanguageSlice(ds, 'th');
});

describe('HELM scenarios with one number over several languages', () => {
  it("names Lite's WMT 2014 for each of its five source languages, and nothing for others", () => {
    // ../shared/data/helm/results.csv line 11370: lite, core_scenarios, wmt_14, WMT 2014,
    // "cs-en,de-en,fr-en,hi-en,ru-en (aggregate over the 5 pairs)", "Czech, German, French, Hindi, Russian -> English".
    for (const name of ['Czech', 'German', 'French', 'Hindi', 'Russian']) {
      expect(helmAggregatesNaming(ds, name)).toEqual([
        {
          project: 'lite',
          group: 'core_scenarios',
          scenario: 'wmt_14',
          display: 'WMT 2014',
          languageText: 'Czech, German, French, Hindi, Russian -> English',
          subset: 'cs-en,de-en,fr-en,hi-en,ru-en (aggregate over the 5 pairs)',
        },
      ]);
    }
    // Thai's translation scenarios have a number of their own (they are charted), and Swahili has none.
    expect(helmAggregatesNaming(ds, 'Thai')).toEqual([]);
    expect(helmAggregatesNaming(ds, 'Swahili')).toEqual([]);
    // Every one of them stays off the per-language slices.
    expect(helmLanguageSlice(ds, 'hi').rows.filter((r) => r.scenario === 'wmt_14')).toEqual([]);
  });
});

describe('HELM results for a language page', () => {
  it('Thai: SEA-HELM NLI, causal reasoning, QA, sentiment, toxicity, FLORES both ways, and ThaiExam without the English-only TGAT', () => {
    const scenarios = new Set(th.rows.map((r) => r.scenario));
    expect([...scenarios].sort()).toEqual(
      [
        'flores_en_th',
        'flores_th_en',
        'thai_exam',
        'thai_exam_a_level',
        'thai_exam_ic',
        'thai_exam_onet',
        'thai_exam_tpat1',
        'thaitoxicitytweets',
        'wisesight',
        'xcopa_th',
        'xnli_th',
        'xquad_th',
      ].sort(),
    );
    expect(th.rows.every((r) => r.project === 'seahelm' || r.project === 'thaiexam')).toBe(true);
    expect(Object.keys(th.releaseModels).sort()).toEqual(['seahelm', 'thaiexam']);
  });

  it('splits panels by release and by unit, so ChrF++ (0–100) never shares an axis with fractions', () => {
    const panels = helmLanguagePanels(th, 'th');
    expect(panels.map((p) => p.key)).toEqual(['seahelm:fraction', 'seahelm:score-100', 'thaiexam:fraction']);
    expect(panels[1].scenarios.map((s) => s.id).sort()).toEqual(['flores_en_th', 'flores_th_en']);
  });

  it('puts models on the axis and scenarios as series, with published values', () => {
    const [nl, flores, exam] = helmLanguagePanels(th, 'th');
    const data = helmLanguageChartData(th, TH, nl);
    expect(data.categoryLabel).toBe('Model');
    expect(data.series.map((s) => s.key)).toEqual(expect.arrayContaining(['xnli_th', 'xcopa_th', 'xquad_th']));
    expect(data.categories).toHaveLength(21);
    // line 19869: DeepSeek-R1-Distill-Llama-8b,...,seahelm_nlr,xnli_th,th,EM,0.333,test,...
    expect(cellAt(data, 'deepseek-r1-distill-llama-8b', 'xnli_th')).toMatchObject({ state: 'reported', published: '0.333', source: 'helm_seahelm_v1.2.0_xnli_th' });
    // line 19871: Llama3.1 8B CPT SEA-LIONv3 Instruct,...,xnli_th,th,EM,0.57,...
    expect(cellAt(data, 'llama3.1-8b-cpt-sea-lionv3-instruct', 'xnli_th')?.published).toBe('0.57');
    const chrf = helmLanguageChartData(th, TH, flores);
    expect(chrf.unit).toBe('score-100');
    // line 19701: DeepSeek-R1-Distill-Llama-8b,...,seahelm_nlg,flores_en_th,en-th,ChrF++,18.0932,...
    expect(cellAt(chrf, 'deepseek-r1-distill-llama-8b', 'flores_en_th')?.published).toBe('18.0932');
    expect(chrf.series.map((s) => s.label)).toEqual(['Flores (English → Thai) · ChrF++', 'Flores (Thai → English) · ChrF++']);
    const thai = helmLanguageChartData(th, TH, exam);
    expect(thai.categories).toHaveLength(42);
    expect(thai.title).toContain('HELM ThaiExam v1.2.0');
  });

  it('can sort models best first by one scenario', () => {
    const [nl] = helmLanguagePanels(th, 'th');
    const data = helmLanguageChartData(th, TH, nl, { sortBy: 'xnli_th' });
    const values = data.categories.map((c) => cellAt(data, c.key, 'xnli_th')!.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('Arabic gets HELM Arabic; English gets nothing (Classic and Lite are English throughout)', () => {
    const ar = helmLanguageSlice(ds, 'ar');
    expect(new Set(ar.rows.map((r) => r.project))).toEqual(new Set(['arabic']));
    expect(new Set(ar.rows.map((r) => r.scenario)).size).toBe(7);
    const data = helmLanguageChartData(ar, { code: 'ar', name: 'Arabic' }, helmLanguagePanels(ar, 'ar')[0]);
    // line 20058: AceGPT-v2-32B-Chat,...,arabic_scenarios,alghafa,,EM,0.745712,...
    expect(data.cells.find((c) => c.series === 'alghafa' && c.published === '0.745712')).toBeDefined();
    expect(helmLanguageSlice(ds, 'en').rows).toEqual([]);
    expect(helmLanguageSlice(ds, 'xx').rows).toEqual([]);
  });

  it('knows which languages have HELM scenarios (English excluded)', () => {
    expect(helmLanguageCodes(ds)).toEqual(['ar', 'id', 'ta', 'th', 'vi']);
  });

  it('never includes General information counts', () => {
    for (const code of ['th', 'ar', 'vi', 'id', 'ta']) {
      const slice = helmLanguageSlice(ds, code);
      expect(slice.rows.length).toBeGreaterThan(0);
      expect(slice.rows.some((r) => r.metricTab === 'General information')).toBe(false);
    }
  });
});

describe('HELM scenario next to the BLOOMZ-paper dataset of the same name', () => {
  it('pairs XNLI and XCOPA in Thai, as two charts in their own units, labelled by protocol and release', () => {
    const bloomz = bloomzSlice(ds, (r) => r.language === 'th');
    const pairs = helmBloomzPairs(th, bloomz, TH);
    expect(pairs.map((p) => p.key)).toEqual(['xnli-th', 'xcopa-th']);
    const xnli = pairs[0];
    expect(xnli.helm.title).toContain('SEA-HELM v1.2.0');
    expect(xnli.helm.unit).toBe('fraction');
    expect(cellAt(xnli.helm, 'deepseek-r1-distill-llama-8b', LEADERBOARD_SERIES)?.published).toBe('0.333');
    expect(xnli.bloomz.title).toContain('BLOOMZ/mT0 paper');
    expect(xnli.bloomz.unit).toBe('percent');
    // ../shared/data/bloomz/results.csv line 2244: bloomz,...,EN,xnli,th,...,Median acc.,41.45
    expect(cellAt(xnli.bloomz, 'bloomz', 'value')).toMatchObject({ published: '41.45', coverage: 'unseen' });
    expect(xnli.caveats.join(' ')).toMatch(/not on one axis/);
    // Only models with a number on each side; HELM's side hides release models without one.
    expect(xnli.helm.cells.every((c) => c.state !== 'not-evaluated')).toBe(true);
  });

  it('pairs nothing where no same-name dataset exists (IndicXNLI is not XNLI)', () => {
    const ta = helmLanguageSlice(ds, 'ta');
    const pairs = helmBloomzPairs(ta, bloomzSlice(ds, (r) => r.language === 'ta'), { code: 'ta', name: 'Tamil' });
    expect(pairs.map((p) => p.key)).toEqual(['xcopa-ta']);
    expect(helmBloomzPairs(helmLanguageSlice(ds, 'ar'), bloomzSlice(ds, (r) => r.language === 'ar'), { code: 'ar', name: 'Arabic' })).toEqual([]);
  });
});
