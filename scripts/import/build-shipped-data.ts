/**
 * Builds the project's shipped data (data/*.csv) from the curated sources in ../shared/data.
 * Pure function of the input folder: the same input always gives byte-identical files,
 * which the unit test "shipped data is reproducible" relies on.
 *
 * Nothing here computes a result number: values are copied as published, with a unit,
 * a direction and a source id added. Everything that cannot be mapped stops the import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readRecords, toCsv } from '../../lib/data/csv';
import { columnsOf, DATA_FILES, PUBLISHED_NUMBER } from '../../lib/data/schema';
import { helmMetricUnit } from '../../lib/data/units';
import { HELM_PROJECTS, type HelmProject } from '../../lib/helm/projects';
import { languageCodesFromHelmText } from '../../lib/helm/language-text';
import { importBloomEval } from './bloom-eval';

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  const { records, errors } = readRecords(fs.readFileSync(file, 'utf8'));
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  const [header, ...body] = records;
  return body.map((r, i) => {
    if (r.length !== header.length) throw new Error(`${file}: record ${i + 2} has ${r.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((c, j) => [c, r[j]]));
  });
}

function fail(message: string): never {
  throw new Error(`import-data: ${message}`);
}

function checkNumber(value: string, where: string): string {
  if (!PUBLISHED_NUMBER.test(value)) fail(`${where}: "${value}" is not a published number`);
  return value;
}

/** "7.1B" → "7100000000": the paper's size label as a parameter count. */
export function paramsFromLabel(label: string): string {
  const m = /^(\d+(?:\.\d+)?)([MB])$/.exec(label);
  if (!m) fail(`cannot read parameter label "${label}"`);
  const [whole, frac = ''] = m[1].split('.');
  const zeros = (m[2] === 'B' ? 9 : 6) - frac.length;
  // String arithmetic, so 7.1B is exactly 7100000000 and not 7099999999.999999.
  return String(BigInt(whole + frac + '0'.repeat(zeros)));
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const BLOOMZ_SOURCE_KIND = (id: string): string => {
  if (id.startsWith('hfcard_')) return 'model-card';
  if (id === 'paper') return 'paper';
  if (id.startsWith('xmtf_') && id !== 'xmtf_readme') return 'notebook';
  return 'reference';
};

const HELM_SOURCE_KIND: Record<string, string> = {
  HELM_GCS: 'leaderboard',
  EEE001: 'mirror',
  EEE020: 'mirror',
  BBSF: 'mirror',
  FGSTG: 'mirror',
  IBM_BAT: 'mirror',
  HELM_MODELS: 'metadata',
  HELM_SCHEMA: 'metadata',
  HELM_LITE_ENTRIES: 'metadata',
  HELM_FORMAT: 'reference',
  HELM_DEV_OUTPUT: 'reference',
  PAPER: 'paper',
};

/** Ids that would be ambiguous across the two suites get a suite prefix. */
const RENAMED_SOURCE: Record<string, string> = { paper: 'xmtf_paper', PAPER: 'helm_paper' };
const renameSource = (id: string) => RENAMED_SOURCE[id] ?? id;

const BIBTEX: Record<string, string> = {
  xmtf_paper: `@article{muennighoff2022crosslingual,
  title   = {Crosslingual Generalization through Multitask Finetuning},
  author  = {Muennighoff, Niklas and Wang, Thomas and Sutawika, Lintang and Roberts, Adam and Biderman, Stella and Le Scao, Teven and Bari, M Saiful and Shen, Sheng and Yong, Zheng-Xin and Schoelkopf, Hailey and Tang, Xiangru and Radev, Dragomir and Aji, Alham Fikri and Almubarak, Khalid and Albanie, Samuel and Alyafeai, Zaid and Webson, Albert and Raff, Edward and Raffel, Colin},
  journal = {arXiv preprint arXiv:2211.01786},
  year    = {2022}
}`,
  helm_paper: `@article{liang2022holistic,
  title   = {Holistic Evaluation of Language Models},
  author  = {Liang, Percy and Bommasani, Rishi and Lee, Tony and Tsipras, Dimitris and Soylu, Dilara and Yasunaga, Michihiro and Zhang, Yian and Narayanan, Deepak and Wu, Yuhuai and Kumar, Ananya and others},
  journal = {arXiv preprint arXiv:2211.09110},
  year    = {2022}
}`,
};

/** Model → the corpora it was trained on, read from models.csv's family / finetune_data text. */
const PRETRAINING_BY_FAMILY: Record<string, string> = {
  BLOOM: 'roots',
  BLOOMZ: 'roots',
  mT0: 'mc4',
  'mTk-Instruct': 'mc4',
  T0: 'c4',
  XGLM: 'cc100-xl',
};
const FINETUNE_BY_TEXT: Record<string, string> = {
  xP3: 'xp3',
  xP3mt: 'xp3mt',
  P3: 'p3',
  'P3 (T0 training mixture; English)': 'p3',
  'Super-NaturalInstructions (def-pos)': 'sni',
  'none (pretrained only)': 'none',
};
/** HELM models that are the same checkpoint as a BLOOMZ-suite model (by HF id). */
const HELM_PRETRAINING_BY_MODEL_ID: Record<string, string> = { 'bigscience/bloom': 'roots' };

const CORPORA: Row[] = [
  { id: 'roots', name: 'ROOTS (BLOOM pretraining)', stage: 'pretraining', languages_column: 'in_roots', languages: '', languages_known: 'true', source: 'xmtf_xp3_languages', note: 'ROOTS language table of the BLOOM paper, as typed into xmtf xp3_languages.ipynb; zhs and zht merged to zh.' },
  { id: 'mc4', name: 'mC4 (mT5 pretraining)', stage: 'pretraining', languages_column: 'in_mc4', languages: '', languages_known: 'true', source: 'xmtf_xp3_languages', note: 'mC4 language table of the mT5 paper (101 languages), as typed into xmtf xp3_languages.ipynb.' },
  { id: 'c4', name: 'C4 (English; T5 pretraining)', stage: 'pretraining', languages_column: '', languages: 'en', languages_known: 'true', source: 'curator_notes', note: 'T0 starts from T5+LM, pretrained on English C4. Stated by the data curator as general knowledge, not checked against a fetched source.' },
  { id: 'cc100-xl', name: 'CC100-XL (XGLM pretraining)', stage: 'pretraining', languages_column: '', languages: '', languages_known: 'false', source: 'curator_notes', note: "XGLM's pretraining language list is not in this dashboard's sources, so its language coverage is shown as unknown." },
  { id: 'xp3', name: 'xP3', stage: 'finetuning', languages_column: 'in_xp3', languages: '', languages_known: 'true', source: 'xmtf_xp3_languages', note: 'xP3 merged_{lang}.jsonl list; the same 45 natural languages as ROOTS, plus code.' },
  { id: 'xp3mt', name: 'xP3mt', stage: 'finetuning', languages_column: 'in_xp3', languages: '', languages_known: 'true', source: 'xmtf_xp3_languages', note: 'xP3 with prompts machine-translated into the dataset language: the same languages as xP3.' },
  { id: 'p3', name: 'P3 (English)', stage: 'finetuning', languages_column: '', languages: 'en', languages_known: 'true', source: 'curator_notes', note: "models.csv describes T0's finetuning mixture as 'P3 (T0 training mixture; English)'." },
  { id: 'sni', name: 'Super-NaturalInstructions (def-pos)', stage: 'finetuning', languages_column: '', languages: '', languages_known: 'false', source: 'curator_notes', note: "The language list of mTk-Instruct's finetuning data is not in this dashboard's sources." },
];

const EXTRA_SOURCES: Row[] = [
  {
    id: 'curator_notes',
    suite: 'bloomz',
    kind: 'reference',
    title: 'Curator notes in ../shared/data/bloomz/models.csv (T0 and mTk-Instruct descriptions, base models)',
    url: 'https://github.com/bigscience-workshop/xmtf',
    citation: '../shared/data/bloomz/README.md, section 7 (models.csv)',
    contains: 'The T0 and mTk-Instruct training data descriptions and base models are general knowledge and were not checked against a fetched source (the curator says so). Used only for language coverage of T0, XGLM and mTk-Instruct.',
    bibtex: '',
  },
];

function helmSourceId(projectId: string, url: string): string {
  const m = /\/releases\/(v[\d.]+)\/groups\/([\w.-]+)\.json$/.exec(url);
  if (!m) fail(`HELM source URL not understood: ${url}`);
  return `helm_${projectId}_${m[1]}_${m[2]}`;
}

interface HelmHiddenCell {
  project: string;
  model: string;
  tab: string;
  evaluationName: string;
  file: string;
}

/** Cells HELM published with run statistics but no value: deliberately hidden (FORMAT.md §2). */
function findHiddenHelmCells(helmDir: string, reportedKeys: Set<string>): HelmHiddenCell[] {
  const hidden: HelmHiddenCell[] = [];
  const base = path.join(helmDir, 'raw', 'every_eval_ever@d5036c3_schema0.0.1');
  for (const [project, folder] of [['HELM Classic', 'helm_classic'], ['HELM Lite', 'helm_lite']] as const) {
    const dir = path.join(base, folder);
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.json')).sort();
    for (const f of files) {
      {
        const rel = `${folder}/${f}`;
        const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
        const model: string = doc.model_info.name;
        for (const e of doc.evaluation_results) {
          const tab: string = e.score_details.details.tab;
          const key = [project, model, tab, e.evaluation_name].join('\u0000');
          if (reportedKeys.has(key)) continue;
          const description: string = e.score_details.details.description ?? '';
          // Stats without a value: hidden. "No matching runs" or no description: not evaluated.
          if (/\bmin=.*\bmean=.*\bmax=/.test(description)) hidden.push({ project, model, tab, evaluationName: e.evaluation_name, file: rel });
        }
      }
    }
  }
  return hidden;
}

export function buildShippedData(sharedDir: string, rawDir = path.join(process.cwd(), 'data', 'raw')): Record<string, string> {
  const bloomzDir = path.join(sharedDir, 'bloomz');
  const helmDir = path.join(sharedDir, 'helm');

  // ---- languages ----
  const languageRows = readCsv(path.join(bloomzDir, 'languages.csv')).map((r) => {
    const yesNo = (v: string, col: string) => (v === 'yes' ? 'true' : v === 'no' ? 'false' : fail(`languages.csv ${r.code} ${col}: "${v}"`));
    return {
      code: r.code,
      name: r.name,
      script: r.script,
      in_roots: yesNo(r.in_bloom_pretraining, 'in_bloom_pretraining'),
      in_xp3: yesNo(r.in_xp3, 'in_xp3'),
      in_mc4: yesNo(r.in_mt5_pretraining, 'in_mt5_pretraining'),
      roots_pct: r.roots_pct,
      xp3_pct: r.xp3_pct,
      mc4_pct: r.mc4_mt5_sampling_pct,
      roots_cld3_pct: r.roots_1pct_cld3_pct,
      eval_datasets: r.eval_datasets,
      paper_unseen_in: r.paper_unseen_in,
      note: r.source_codes,
      source_name: r.source_name,
      source_script: r.source_script,
      source_in_roots: r.source_in_bloom_pretraining,
      source_in_xp3: r.source_in_xp3,
      source_in_mc4: r.source_in_mt5_pretraining,
      source_paper_unseen: r.source_paper_unseen,
    };
  });
  const languageByName = new Map(languageRows.map((l) => [l.name, l.code]));

  // ---- sources ----
  const sources: Row[] = [];
  for (const r of readCsv(path.join(bloomzDir, 'sources.csv'))) {
    const id = renameSource(r.id);
    sources.push({ id, suite: 'bloomz', kind: BLOOMZ_SOURCE_KIND(r.id), title: r.title, url: r.url, citation: r.repo_commit_path, contains: r.contains, bibtex: BIBTEX[id] ?? '' });
  }
  sources.push(...EXTRA_SOURCES);
  for (const r of readCsv(path.join(helmDir, 'sources.csv'))) {
    const id = renameSource(r.id);
    const [url, ...rest] = r.url.split(' ');
    sources.push({
      id,
      suite: 'helm',
      kind: HELM_SOURCE_KIND[r.id] ?? fail(`no kind for HELM source ${r.id}`),
      title: r.title,
      url,
      citation: r['repo@commit/path'] === '-' ? '' : r['repo@commit/path'],
      contains: [rest.join(' '), r['what it contains']].filter(Boolean).join(' '),
      bibtex: BIBTEX[id] ?? '',
    });
  }

  // ---- models ----
  const models: Row[] = [];
  const bloomzModels = readCsv(path.join(bloomzDir, 'models.csv'));
  for (const m of bloomzModels) {
    const finetune = FINETUNE_BY_TEXT[m.finetune_data];
    if (finetune === undefined) fail(`models.csv ${m.model}: unknown finetune_data "${m.finetune_data}"`);
    models.push({
      id: m.model,
      suite: 'bloomz',
      label: m.paper_label,
      family: m.family,
      params: paramsFromLabel(m.params),
      params_label: m.params,
      creator: '',
      pretraining_corpus: PRETRAINING_BY_FAMILY[m.family] ?? fail(`models.csv ${m.model}: no pretraining corpus for family ${m.family}`),
      finetune_corpus: finetune,
      finetune_label: m.finetune_data,
      base_model: m.base_model,
      hf_repo: m.hf_repo,
      helm_model_id: '',
      release_date: '',
      source: 'xmtf_readme',
    });
  }
  const helmModelId = new Map<string, string>();
  const takenIds = new Set(models.map((m) => m.id));
  for (const m of readCsv(path.join(helmDir, 'models.csv'))) {
    // Two display names can slug alike ("GPT-3.5 Turbo (0613)" in Lite, "gpt-3.5-turbo-0613"
    // in Classic): the later one is qualified by the release it appears in.
    let id = slug(m.model);
    if (takenIds.has(id)) id = `${id}-${slug(m.helm_projects.split(';')[0].replace(/^HELM /, ''))}`;
    takenIds.add(id);
    helmModelId.set(m.model, id);
    models.push({
      id,
      suite: 'helm',
      label: m.model,
      family: m.creator,
      params: m.params === '' ? '' : checkNumber(m.params, `helm models.csv ${m.model} params`),
      params_label: '',
      creator: m.creator,
      pretraining_corpus: HELM_PRETRAINING_BY_MODEL_ID[m.model_id] ?? '',
      finetune_corpus: '',
      finetune_label: '',
      base_model: '',
      hf_repo: '',
      helm_model_id: m.model_id,
      release_date: m.release_date,
      source: 'HELM_MODELS',
    });
  }
  const seen = new Set<string>();
  for (const m of models) {
    if (seen.has(m.id)) fail(`model id "${m.id}" is not unique across suites`);
    seen.add(m.id);
  }

  // ---- BLOOMZ results ----
  const modelFacts = new Map(bloomzModels.map((m) => [m.model, m]));
  const checkModel = (r: Row, file: string, i: number) => {
    const m = modelFacts.get(r.model) ?? fail(`${file} row ${i + 2}: unknown model ${r.model}`);
    if (m.family !== r.family || m.params !== r.params || m.finetune_data !== r.finetune_data) {
      fail(`${file} row ${i + 2}: family/params/finetune_data disagree with models.csv for ${r.model}`);
    }
  };
  const bloomzUnit = (source: string) => (source === 'hfcard_bloom' || source === 'hfcard_bloom-3b' ? 'fraction' : 'percent');
  const bloomzResults = readCsv(path.join(bloomzDir, 'results.csv')).map((r, i) => {
    checkModel(r, 'results.csv', i);
    return {
      model: r.model,
      prompt_set: r.prompt_lang,
      dataset: r.dataset,
      config: r.config,
      split: r.split,
      language: r.language,
      metric: r.metric,
      value: checkNumber(r.value, `results.csv row ${i + 2}`),
      unit: bloomzUnit(r.source),
      lower_is_better: 'false',
      task: r.task,
      source: renameSource(r.source),
      notes: r.notes,
    };
  });
  const perPrompt = readCsv(path.join(bloomzDir, 'results_per_prompt.csv')).map((r, i) => {
    checkModel(r, 'results_per_prompt.csv', i);
    if (r.prompt_lang !== 'EN' || r.metric !== 'Accuracy (single prompt)') fail(`results_per_prompt.csv row ${i + 2}: unexpected prompt set or metric`);
    return {
      model: r.model,
      dataset: r.dataset,
      config: r.config,
      split: r.split,
      language: r.language,
      prompt_name: r.prompt_name,
      value: checkNumber(r.value, `results_per_prompt.csv row ${i + 2}`),
      unit: 'percent',
      source: renameSource(r.source),
      notes: r.notes,
    };
  });

  // ---- HELM results ----
  const helmSources = new Map<string, Row>();
  const projectByName = new Map<string, HelmProject>(Object.values(HELM_PROJECTS).map((p) => [p.name, p]));
  const helmRaw = readCsv(path.join(helmDir, 'results.csv'));
  const helmResults: Row[] = [];
  const reportedKeys = new Set<string>();
  const templateByColumn = new Map<string, Row>();
  helmRaw.forEach((r, i) => {
    const where = `helm results.csv row ${i + 2}`;
    const project = projectByName.get(r.helm_project) ?? fail(`${where}: unknown project ${r.helm_project}`);
    if (project.release !== r.release) fail(`${where}: release ${r.release} is not ${project.name}'s ${project.release}`);
    const sourceId = helmSourceId(project.id, r.source);
    const known = helmSources.get(sourceId);
    if (known && known.url !== r.source) fail(`${where}: source id ${sourceId} would stand for two URLs`);
    if (!known) {
      const via = [...new Set(helmRaw.filter((x) => x.source === r.source).map((x) => x.provenance.split(':')[0]))].sort();
      helmSources.set(sourceId, {
        id: sourceId,
        suite: 'helm',
        kind: 'leaderboard',
        title: `${project.name} ${project.release}: ${r.source.split('/releases/')[1]}`,
        url: r.source,
        citation: `read through mirror(s) ${via.join(', ')} (see those sources)`,
        contains: `HELM leaderboard table(s) of group "${r.table}" as published by Stanford CRFM in ${project.name} ${project.release}.`,
        bibtex: '',
      });
    }
    const unit = helmMetricUnit(r.metric);
    const value = checkNumber(r.value, where);
    if (unit === 'fraction' && !(Number(value) >= 0 && Number(value) <= 1)) fail(`${where}: ${r.metric} = ${value} is not a fraction; add its unit to lib/data/units.ts`);
    const contamination = r.note.startsWith('☠') ? '☠' : r.note.startsWith('⚠') ? '⚠' : '';
    const row: Row = {
      model: helmModelId.get(r.model) ?? fail(`${where}: model ${r.model} not in helm models.csv`),
      project: project.id,
      release: r.release,
      group: r.scenario_group,
      scenario: r.scenario,
      scenario_display: r.scenario_display,
      subset: r.subset,
      table: r.table,
      metric_tab: r.metric_tab,
      metric: r.metric,
      status: 'reported',
      value,
      unit,
      lower_is_better: r.lower_is_better === 'True' ? 'true' : r.lower_is_better === 'False' ? 'false' : fail(`${where}: lower_is_better "${r.lower_is_better}"`),
      kind: r.metric_tab === 'General information' ? 'info' : 'score',
      language_text: r.language,
      languages: languageCodesFromHelmText(r.language, languageByName).join(';'),
      split: r.split,
      source: sourceId,
      provenance: r.provenance,
      cell_description: r.cell_description,
      note: r.note,
      contamination,
    };
    helmResults.push(row);
    if (r.table === 'core_scenarios') {
      const evaluationName = r.scenario === 'core_scenarios' ? r.metric : `${r.scenario_display} - ${r.metric}`;
      reportedKeys.add([r.helm_project, r.model, r.metric_tab, evaluationName].join('\u0000'));
      templateByColumn.set([r.helm_project, r.metric_tab, evaluationName].join('\u0000'), row);
    }
  });
  for (const cell of findHiddenHelmCells(helmDir, reportedKeys)) {
    const template = templateByColumn.get([cell.project, cell.tab, cell.evaluationName].join('\u0000'));
    if (!template) fail(`hidden HELM cell ${cell.model} / ${cell.tab} / ${cell.evaluationName}: no published column to attach it to`);
    helmResults.push({
      ...template,
      model: helmModelId.get(cell.model) ?? fail(`hidden HELM cell: model ${cell.model} not in helm models.csv`),
      status: 'hidden',
      value: '',
      // The run statistics of a hidden cell are not kept: HELM chose not to publish the value.
      cell_description: '',
      note: '',
      contamination: '',
      provenance: `EEE001:${cell.file} [cell published with run statistics but no value: hidden by HELM]`,
    });
  }
  sources.push(...[...helmSources.values()].sort((a, b) => a.id.localeCompare(b.id)));
  const bloomEval = importBloomEval(rawDir, columnsOf(DATA_FILES.languages.schema));
  sources.push(...bloomEval.sources);
  const knownLanguages = new Set(languageRows.map((l) => l.code));
  for (const l of bloomEval.languages) if (knownLanguages.has(l.code)) fail(`FLORES language ${l.code} is already in languages.csv: remove it from LANGUAGES_ADDED_FOR_FLORES`);

  const out = (key: keyof typeof DATA_FILES, rows: Row[]) => [DATA_FILES[key].file, toCsv(columnsOf(DATA_FILES[key].schema), rows)] as const;
  return Object.fromEntries([
    out('sources', sources),
    out('models', models),
    out('languages', [...languageRows, ...bloomEval.languages]),
    out('corpora', CORPORA),
    out('bloomzResults', bloomzResults),
    out('bloomzPerPrompt', perPrompt),
    out('helmResults', helmResults),
    out('bloomEval', bloomEval.results as unknown as Row[]),
    out('bloomEvalMedians', bloomEval.medians as unknown as Row[]),
    out('tfew', bloomEval.tfew as unknown as Row[]),
  ]);
}
