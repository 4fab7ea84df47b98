/**
 * Language codes as files write them (ISO 639-1 `fr`, ISO 639-3 `eus`, FLORES-200
 * `eus_Latn`) → the dashboard's languages.csv code. The table mirrors languages.csv
 * (tests/unit/importers/languages.test.ts fails when the two drift apart), because the
 * importers also run in the browser, where data/ is not at hand.
 */

/** languages.csv code → [ISO 639-3 code, ISO 15924 script as in languages.csv]. */
const DASHBOARD_LANGUAGES: Record<string, readonly [string, string]> = {
  af: ['afr', 'Latn'], ak: ['aka', 'Latn'], am: ['amh', 'Ethi'], ar: ['ara', 'Arab'], as: ['asm', 'Beng'],
  az: ['aze', 'Latn'], be: ['bel', 'Cyrl'], bg: ['bul', 'Cyrl'], bm: ['bam', 'Latn'], bn: ['ben', 'Beng'],
  ca: ['cat', 'Latn'], ceb: ['ceb', 'Latn'], co: ['cos', 'Latn'], cs: ['ces', 'Latn'], cy: ['cym', 'Latn'],
  da: ['dan', 'Latn'], de: ['deu', 'Latn'], el: ['ell', 'Grek'], en: ['eng', 'Latn'], eo: ['epo', 'Latn'],
  es: ['spa', 'Latn'], et: ['est', 'Latn'], eu: ['eus', 'Latn'], fa: ['fas', 'Arab'], fi: ['fin', 'Latn'],
  fil: ['fil', 'Latn'], fon: ['fon', 'Latn'], fr: ['fra', 'Latn'], fy: ['fry', 'Latn'], ga: ['gle', 'Latn'],
  gd: ['gla', 'Latn'], gl: ['glg', 'Latn'], gu: ['guj', 'Gujr'], ha: ['hau', 'Latn'], haw: ['haw', 'Latn'],
  he: ['heb', 'Hebr'], hi: ['hin', 'Deva'], hmn: ['hmn', 'Latn'], ht: ['hat', 'Latn'], hu: ['hun', 'Latn'],
  hy: ['hye', 'Armn'], id: ['ind', 'Latn'], ig: ['ibo', 'Latn'], is: ['isl', 'Latn'], it: ['ita', 'Latn'],
  ja: ['jpn', 'Jpan'], jv: ['jav', 'Latn'], ka: ['kat', 'Geor'], ki: ['kik', 'Latn'], kk: ['kaz', 'Cyrl'],
  km: ['khm', 'Khmr'], kn: ['kan', 'Knda'], ko: ['kor', 'Kore'], ku: ['kur', 'Latn'], ky: ['kir', 'Cyrl'],
  la: ['lat', 'Latn'], lb: ['ltz', 'Latn'], lg: ['lug', 'Latn'], ln: ['lin', 'Latn'], lo: ['lao', 'Laoo'],
  lt: ['lit', 'Latn'], lv: ['lav', 'Latn'], mg: ['mlg', 'Latn'], mi: ['mri', 'Latn'], mk: ['mkd', 'Cyrl'],
  ml: ['mal', 'Mlym'], mn: ['mon', 'Cyrl'], mr: ['mar', 'Deva'], ms: ['msa', 'Latn'], mt: ['mlt', 'Latn'],
  my: ['mya', 'Mymr'], ne: ['nep', 'Deva'], nl: ['nld', 'Latn'], no: ['nor', 'Latn'], nso: ['nso', 'Latn'],
  ny: ['nya', 'Latn'], or: ['ori', 'Orya'], pa: ['pan', 'Guru'], pl: ['pol', 'Latn'], ps: ['pus', 'Arab'],
  pt: ['por', 'Latn'], qu: ['que', 'Latn'], rn: ['run', 'Latn'], ro: ['ron', 'Latn'], ru: ['rus', 'Cyrl'],
  rw: ['kin', 'Latn'], sd: ['snd', 'Arab'], si: ['sin', 'Sinh'], sk: ['slk', 'Latn'], sl: ['slv', 'Latn'],
  sm: ['smo', 'Latn'], sn: ['sna', 'Latn'], so: ['som', 'Latn'], sq: ['sqi', 'Latn'], sr: ['srp', 'Cyrl'],
  st: ['sot', 'Latn'], su: ['sun', 'Latn'], sv: ['swe', 'Latn'], sw: ['swa', 'Latn'], ta: ['tam', 'Taml'],
  te: ['tel', 'Telu'], tg: ['tgk', 'Cyrl'], th: ['tha', 'Thai'], tn: ['tsn', 'Latn'], tr: ['tur', 'Latn'],
  ts: ['tso', 'Latn'], tum: ['tum', 'Latn'], tw: ['twi', 'Latn'], uk: ['ukr', 'Cyrl'], ur: ['urd', 'Arab'],
  uz: ['uzb', 'Latn'], vi: ['vie', 'Latn'], wo: ['wol', 'Latn'], xh: ['xho', 'Latn'], yi: ['yid', 'Hebr'],
  yo: ['yor', 'Latn'], zh: ['zho', 'Hans'], zu: ['zul', 'Latn'],
  // Added with BigScience's FLORES-101 evaluation (lib/bloom-eval/flores-languages.ts).
  ast: ['ast', 'Latn'], bs: ['bos', 'Latn'], ckb: ['ckb', 'Arab'], ff: ['ful', 'Latn'], hr: ['hrv', 'Latn'],
  kam: ['kam', 'Latn'], kea: ['kea', 'Latn'], luo: ['luo', 'Latn'], oc: ['oci', 'Latn'], om: ['orm', 'Latn'],
  umb: ['umb', 'Latn'],
};

/**
 * FLORES-200 names the standard individual language where ISO 639-3 has a macrolanguage
 * (Standard Arabic `arb`, Standard Malay `zsm`, …). Only standard varieties are listed:
 * Dari, Sorani, Cantonese or Nynorsk are different languages from the dashboard's entry.
 */
const INDIVIDUAL_LANGUAGE_OF: Record<string, string> = {
  arb: 'ar', azj: 'az', cmn: 'zh', ekk: 'et', als: 'sq', khk: 'mn', kmr: 'ku', lvs: 'lv', nob: 'no',
  npi: 'ne', ory: 'or', pbt: 'ps', pes: 'fa', plt: 'mg', quy: 'qu', swh: 'sw', uzn: 'uz', ydd: 'yi', zsm: 'ms',
};

const CODE_OF_ISO3 = new Map<string, string>([
  ...Object.entries(DASHBOARD_LANGUAGES).map(([code, [iso3]]) => [iso3, code] as const),
  ...Object.entries(INDIVIDUAL_LANGUAGE_OF),
]);

/** Scripts that a dashboard script includes (Korean is written in Hangul and Han, …). */
const SCRIPT_INCLUDES: Record<string, readonly string[]> = {
  Kore: ['Kore', 'Hang'],
  Jpan: ['Jpan', 'Hira', 'Kana', 'Hrkt'],
};

export const DASHBOARD_LANGUAGE_CODES: readonly string[] = Object.keys(DASHBOARD_LANGUAGES);

export function isDashboardLanguage(code: string): boolean {
  return Object.hasOwn(DASHBOARD_LANGUAGES, code);
}

export function dashboardLanguageScript(code: string): string | null {
  return Object.hasOwn(DASHBOARD_LANGUAGES, code) ? DASHBOARD_LANGUAGES[code][1] : null;
}

export type LanguageResolution = { code: string; reason?: undefined } | { code: null; reason: string };

/**
 * `fr` → fr, `eus` → eu, `eus_Latn` → eu. A FLORES code whose script differs from the
 * dashboard's (romanised Hindi `hin_Latn`, Traditional Chinese `zho_Hant`) is a different
 * written language for our purposes and does not resolve.
 */
export function resolveLanguage(token: string): LanguageResolution {
  if (isDashboardLanguage(token)) return { code: token };
  const flores = /^([a-z]{3})_([A-Z][a-z]{3})$/.exec(token);
  const iso3 = flores ? flores[1] : /^[a-z]{3}$/.test(token) ? token : null;
  if (!iso3) return { code: null, reason: `"${token}" is not a language code we know (ISO 639-1, ISO 639-3 or FLORES-200)` };
  const code = CODE_OF_ISO3.get(iso3);
  if (!code) return { code: null, reason: `language "${iso3}" is not in the dashboard's languages.csv` };
  if (flores) {
    const script = flores[2];
    const expected = DASHBOARD_LANGUAGES[code][1];
    if (!(SCRIPT_INCLUDES[expected] ?? [expected]).includes(script)) {
      return { code: null, reason: `"${token}" is ${code} written in ${script}; the dashboard's ${code} is written in ${expected}` };
    }
  }
  return { code };
}
