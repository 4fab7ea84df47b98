import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords } from '@/lib/data/csv';
import { DASHBOARD_LANGUAGE_CODES, resolveLanguage } from '@/lib/importers';
import { dashboardLanguageScript } from '@/lib/importers/languages';

describe('language codes', () => {
  it('mirror data/languages.csv exactly (codes and scripts)', () => {
    const { records } = readRecords(fs.readFileSync(path.join(process.cwd(), 'data', 'languages.csv'), 'utf8'));
    const [header, ...rows] = records;
    const code = header.indexOf('code');
    const script = header.indexOf('script');
    const shipped = rows.filter((r) => r[code] !== 'code');
    expect([...DASHBOARD_LANGUAGE_CODES].sort()).toEqual(shipped.map((r) => r[code]).sort());
    for (const r of shipped) expect(dashboardLanguageScript(r[code]), r[code]).toBe(r[script]);
  });

  it.each([
    ['fr', 'fr'],
    ['eus', 'eu'],
    ['eus_Latn', 'eu'],
    ['arb_Arab', 'ar'],
    ['zsm_Latn', 'ms'],
    ['kor_Hang', 'ko'],
    ['jpn_Jpan', 'ja'],
    ['zho_Hans', 'zh'],
    ['ceb_Latn', 'ceb'],
    ['zho_Hant', null],
    ['hin_Latn', null],
    ['tgl_Latn', null],
    ['jp', null],
    ['xx', null],
    ['fr-FR', null],
  ])('%s → %s', (token, expected) => {
    expect(resolveLanguage(token).code).toBe(expected);
  });

  it('says why a code does not resolve', () => {
    expect(resolveLanguage('hin_Latn').reason).toBe('"hin_Latn" is hi written in Latn; the dashboard\'s hi is written in Deva');
    expect(resolveLanguage('gaz_Latn').reason).toBe('language "gaz" is not in the dashboard\'s languages.csv');
  });
});
