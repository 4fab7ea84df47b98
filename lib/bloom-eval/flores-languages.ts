/**
 * FLORES-101 language codes (ISO 639-3, as in the task names gsarti/flores_101_<code>) →
 * the dashboard's language codes (ISO 639-1 where one exists, as in languages.csv).
 * Explicit on purpose: a code not listed here stops the import, so no language is dropped
 * or guessed. Where FLORES names a more specific language than our list, the note says
 * which one we join it to and why.
 */
export interface FloresLanguage {
  code: string;
  /** FLORES names a variety of the dashboard language: said on every page that shows it. */
  note?: string;
}

export const FLORES_TO_DASHBOARD: Readonly<Record<string, FloresLanguage>> = {
  afr: { code: 'af' }, amh: { code: 'am' }, ara: { code: 'ar' }, asm: { code: 'as' }, ast: { code: 'ast' },
  azj: { code: 'az', note: 'FLORES azj is North Azerbaijani; the corpus lists name Azerbaijani (az).' },
  bel: { code: 'be' }, ben: { code: 'bn' }, bos: { code: 'bs' }, bul: { code: 'bg' }, cat: { code: 'ca' },
  ceb: { code: 'ceb' }, ces: { code: 'cs' },
  ckb: { code: 'ckb', note: 'FLORES ckb is Central Kurdish (Sorani, Arabic script), kept apart from Kurdish (ku, Latin script) of mC4.' },
  cym: { code: 'cy' }, dan: { code: 'da' }, deu: { code: 'de' }, ell: { code: 'el' }, eng: { code: 'en' }, est: { code: 'et' },
  fas: { code: 'fa' }, fin: { code: 'fi' }, fra: { code: 'fr' }, ful: { code: 'ff' }, gle: { code: 'ga' }, glg: { code: 'gl' },
  guj: { code: 'gu' }, hau: { code: 'ha' }, heb: { code: 'he' }, hin: { code: 'hi' }, hrv: { code: 'hr' }, hun: { code: 'hu' },
  hye: { code: 'hy' }, ibo: { code: 'ig' }, ind: { code: 'id' }, isl: { code: 'is' }, ita: { code: 'it' }, jav: { code: 'jv' },
  jpn: { code: 'ja' }, kam: { code: 'kam' }, kan: { code: 'kn' }, kat: { code: 'ka' }, kaz: { code: 'kk' }, kea: { code: 'kea' },
  khm: { code: 'km' }, kir: { code: 'ky' }, kor: { code: 'ko' }, lao: { code: 'lo' }, lav: { code: 'lv' }, lin: { code: 'ln' },
  lit: { code: 'lt' }, ltz: { code: 'lb' }, lug: { code: 'lg' }, luo: { code: 'luo' }, mal: { code: 'ml' }, mar: { code: 'mr' },
  mkd: { code: 'mk' }, mlt: { code: 'mt' }, mon: { code: 'mn' }, mri: { code: 'mi' }, msa: { code: 'ms' }, mya: { code: 'my' },
  nld: { code: 'nl' },
  nob: { code: 'no', note: 'FLORES nob is Norwegian Bokmål; the corpus lists name Norwegian (no).' },
  npi: { code: 'ne' }, nso: { code: 'nso' }, nya: { code: 'ny' }, oci: { code: 'oc' }, orm: { code: 'om' }, ory: { code: 'or' },
  pan: { code: 'pa' }, pol: { code: 'pl' }, por: { code: 'pt' }, pus: { code: 'ps' }, ron: { code: 'ro' }, rus: { code: 'ru' },
  slk: { code: 'sk' }, slv: { code: 'sl' }, sna: { code: 'sn' }, snd: { code: 'sd' }, som: { code: 'so' }, spa: { code: 'es' },
  srp: { code: 'sr' }, swe: { code: 'sv' }, swh: { code: 'sw' }, tam: { code: 'ta' }, tel: { code: 'te' }, tgk: { code: 'tg' },
  tgl: { code: 'fil', note: 'FLORES tgl is Tagalog; the corpus lists name Filipino (fil), its standardised form.' },
  tha: { code: 'th' }, tur: { code: 'tr' }, ukr: { code: 'uk' }, umb: { code: 'umb' }, urd: { code: 'ur' }, uzb: { code: 'uz' },
  vie: { code: 'vi' }, wol: { code: 'wo' }, xho: { code: 'xh' }, yor: { code: 'yo' },
  zho_simpl: { code: 'zh', note: 'Chinese in Simplified script (FLORES zho_simpl).' },
  zho_trad: { code: 'zh', note: 'Chinese in Traditional script (FLORES zho_trad).' },
  zul: { code: 'zu' },
};

/** FLORES languages that are in none of ROOTS, xP3 and mC4 (languages.csv is their union), so not in languages.csv. */
export const LANGUAGES_ADDED_FOR_FLORES: readonly { code: string; name: string; script: string }[] = [
  // Name: CLDR 41 main/en.xml <language type>; script: CLDR 41 supplemental/likelySubtags.xml.
  { code: 'ast', name: 'Asturian', script: 'Latn' },
  { code: 'bs', name: 'Bosnian', script: 'Latn' },
  { code: 'ckb', name: 'Central Kurdish', script: 'Arab' },
  { code: 'ff', name: 'Fulah', script: 'Latn' },
  { code: 'hr', name: 'Croatian', script: 'Latn' },
  { code: 'kam', name: 'Kamba', script: 'Latn' },
  { code: 'kea', name: 'Kabuverdianu', script: 'Latn' },
  { code: 'luo', name: 'Luo', script: 'Latn' },
  { code: 'oc', name: 'Occitan', script: 'Latn' },
  { code: 'om', name: 'Oromo', script: 'Latn' },
  { code: 'umb', name: 'Umbundu', script: 'Latn' },
];

export function dashboardLanguageOfFlores(floresCode: string, where: string): FloresLanguage {
  const lang = FLORES_TO_DASHBOARD[floresCode];
  if (!lang) throw new Error(`${where}: FLORES language code "${floresCode}" has no entry in lib/bloom-eval/flores-languages.ts; add it (never drop a language)`);
  return lang;
}
