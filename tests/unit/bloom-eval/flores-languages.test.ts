import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dashboardLanguageOfFlores, FLORES_TO_DASHBOARD, LANGUAGES_ADDED_FOR_FLORES } from '@/lib/bloom-eval/flores-languages';
import { extractHarnessFile } from '@/lib/bloom-eval/extract';
import { BLOOM_EVAL_RUNS } from '@/lib/bloom-eval/runs';

const shippedCodes = new Set(
  fs.readFileSync(path.join(process.cwd(), 'data', 'languages.csv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]),
);

describe('FLORES-101 codes → dashboard language codes', () => {
  it('maps every FLORES code of the raw files, each to a language of languages.csv', () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'data', 'raw', 'bloom-eval', 'opt', 'bslmeval.json'), 'utf8');
    const codes = [...new Set([...text.matchAll(/"gsarti\/flores_101_(\w+)\+null": \{/g)].map((m) => m[1]))];
    expect(codes).toHaveLength(102);
    for (const c of codes) expect(shippedCodes.has(dashboardLanguageOfFlores(c, 'test').code), c).toBe(true);
    expect(Object.keys(FLORES_TO_DASHBOARD).sort()).toEqual(codes.sort());
  });
  it('joins by hand-checked codes (ISO 639-3 → 639-1; macrolanguage members to the list entry)', () => {
    const code = (c: string) => dashboardLanguageOfFlores(c, 'test').code;
    expect([code('swh'), code('npi'), code('msa'), code('fas'), code('azj'), code('zho_simpl'), code('zho_trad'), code('tgl'), code('nob'), code('ckb'), code('ful')]).toEqual(['sw', 'ne', 'ms', 'fa', 'az', 'zh', 'zh', 'fil', 'no', 'ckb', 'ff']);
  });
  it('fails on a code it cannot map, naming where', () => {
    expect(() => dashboardLanguageOfFlores('xyz', 'bloom/bslmeval.json')).toThrow(/bloom\/bslmeval\.json: FLORES language code "xyz"/);
    const text = '{"results": {"gsarti/flores_101_xyz+null": {"2022": {"byte_perplexity": 2.5}}}}';
    expect(() => extractHarnessFile(BLOOM_EVAL_RUNS[0], 'bloom/bslmeval.json', text)).toThrow(/"xyz" has no entry/);
  });
  it('added languages are exactly those missing from the BLOOMZ sources, in none of the corpora', () => {
    const csv = fs.readFileSync(path.join(process.cwd(), 'data', 'languages.csv'), 'utf8');
    for (const l of LANGUAGES_ADDED_FOR_FLORES) {
      expect(csv).toContain(`\n${l.code},${l.name},${l.script},false,false,false,`);
    }
    // CLDR 41 main/en.xml: <language type="ckb">Central Kurdish</language>; likelySubtags: ckb → ckb_Arab_IQ
    expect(LANGUAGES_ADDED_FOR_FLORES.find((l) => l.code === 'ckb')).toEqual({ code: 'ckb', name: 'Central Kurdish', script: 'Arab' });
  });
});
