/**
 * How the BLOOMZ/mT0 paper's datasets and metrics are presented. Presentation only:
 * which datasets exist, and with which languages, always comes from the data.
 */
export interface DatasetInfo {
  id: string;
  name: string;
  about: string;
  /** The answer choices of a classification dataset, which define its chance level; absent where none is defined (HumanEval). */
  choices?: Choices;
  /** Per config, where the configs differ (SuperGLUE's CB has 3 labels, RTE 2). */
  choicesByConfig?: Record<string, Choices>;
}

/** How many answers a classifier picks from, written once per dataset with where that number comes from. */
export interface Choices {
  count: number;
  /** What is counted: "labels" (entailment, neutral, contradiction) or "options" (two alternatives). */
  of: 'labels' | 'options';
  /** The choices themselves and the dataset's paper that defines them. */
  source: string;
}

const TWO_ALTERNATIVES = (what: string, paper: string): Choices => ({ count: 2, of: 'options', source: `${what} (${paper})` });
const NLI_THREE = (paper: string): Choices => ({ count: 3, of: 'labels', source: `entailment, neutral, contradiction (${paper})` });

export const BLOOMZ_DATASETS: Record<string, DatasetInfo> = {
  xnli: { id: 'xnli', name: 'XNLI', about: 'Cross-lingual natural language inference: does a premise entail, contradict or say nothing about a hypothesis.', choices: NLI_THREE('Conneau et al., 2018, XNLI') },
  xcopa: { id: 'xcopa', name: 'XCOPA', about: 'Choice of plausible alternatives: pick the more plausible cause or effect of a premise.', choices: TWO_ALTERNATIVES('two alternatives per premise', 'Ponti et al., 2020, XCOPA') },
  xstory_cloze: { id: 'xstory_cloze', name: 'XStoryCloze', about: 'Pick the right ending of a four-sentence story (English is StoryCloze 2016, listed separately).', choices: TWO_ALTERNATIVES('two candidate endings per story', 'Lin et al., 2021, XGLM paper, XStoryCloze') },
  xwinograd: { id: 'xwinograd', name: 'XWinograd', about: 'Winograd schemas: resolve which entity a pronoun refers to.', choices: TWO_ALTERNATIVES('two candidate referents per schema', 'Tikhonov & Ryabinin, 2021, XWinograd') },
  anli: { id: 'anli', name: 'ANLI', about: 'Adversarial natural language inference, rounds r1–r3 (English).', choices: NLI_THREE('Nie et al., 2020, ANLI') },
  super_glue: { id: 'super_glue', name: 'SuperGLUE (CB, RTE, COPA)', about: 'Three English SuperGLUE tasks held out from finetuning: CommitmentBank, RTE and COPA.',
    choicesByConfig: {
      cb: NLI_THREE('Wang et al., 2019, SuperGLUE: CommitmentBank'),
      rte: { count: 2, of: 'labels', source: 'entailment, not entailment (Wang et al., 2019, SuperGLUE: RTE)' },
      copa: TWO_ALTERNATIVES('two alternatives per premise', 'Wang et al., 2019, SuperGLUE: COPA'),
    },
  },
  story_cloze: { id: 'story_cloze', name: 'StoryCloze 2016', about: 'Pick the right ending of a four-sentence story (English).', choices: TWO_ALTERNATIVES('two candidate endings per story', 'Mostafazadeh et al., 2016, StoryCloze') },
  winogrande: { id: 'winogrande', name: 'Winogrande XL', about: 'Winograd-style pronoun resolution at scale (English).', choices: TWO_ALTERNATIVES('two options per sentence', 'Sakaguchi et al., 2020, WinoGrande') },
  openai_humaneval: { id: 'openai_humaneval', name: 'HumanEval', about: 'Python program synthesis; pass@k is the chance that one of k samples passes the unit tests.' },
};

/** The choices behind a dataset config's chance level, or null where none is defined (generation tasks). */
export function choicesOf(dataset: string, config: string): Choices | null {
  const info = BLOOMZ_DATASETS[dataset];
  return info?.choicesByConfig?.[config] ?? info?.choices ?? null;
}

export function datasetInfo(id: string): DatasetInfo {
  return BLOOMZ_DATASETS[id] ?? { id, name: id, about: '' };
}

/**
 * A dataset config as a label: "RTE" for super_glue's rte. The paper's tables write "None"
 * for a dataset without configs (HumanEval): the label is then the dataset itself.
 */
export function configLabel(dataset: string, config: string): string {
  return config === 'None' ? datasetInfo(dataset).name : config.toUpperCase();
}

/** URL keys for the published prompt sets; "card" is the model cards' best-of-all value. */
export const PROMPT_CHOICES = {
  EN: { promptSet: 'EN', label: 'English prompts (EN)' },
  MT: { promptSet: 'MT', label: 'Machine-translated prompts (MT)' },
  HT: { promptSet: 'HT', label: 'Human-translated prompts (HT)' },
  card: { promptSet: 'best-of-all', label: 'Model card: best prompt of EN, MT and HT' },
} as const;
export type PromptChoice = keyof typeof PROMPT_CHOICES;
export const PROMPT_CHOICE_IDS = Object.keys(PROMPT_CHOICES) as PromptChoice[];

/** URL keys for the published metric names, with what each one means. */
export const STAT_CHOICES = {
  median: { metric: 'Median acc.', label: 'Median accuracy', explain: 'the median accuracy over the 5 prompts of the prompt set (the paper\u2019s headline statistic)' },
  max: { metric: 'Max acc.', label: 'Max accuracy', explain: 'the accuracy of the best of the 5 prompts of the prompt set' },
  accuracy: { metric: 'Accuracy', label: 'Model-card accuracy', explain: 'the value on the Hugging Face model card: the best single prompt over all prompt sets (EN, MT and HT); it is not the paper\u2019s median and runs systematically higher' },
  'pass@1': { metric: 'Pass@1', label: 'pass@1', explain: 'HumanEval pass@1, the best over sampling temperatures' },
  'pass@10': { metric: 'Pass@10', label: 'pass@10', explain: 'HumanEval pass@10, the best over sampling temperatures' },
  'pass@100': { metric: 'Pass@100', label: 'pass@100', explain: 'HumanEval pass@100, the best over sampling temperatures' },
} as const;
export type StatChoice = keyof typeof STAT_CHOICES;
export const STAT_CHOICE_IDS = Object.keys(STAT_CHOICES) as StatChoice[];

export const DEFAULT_TASK_MODELS = ['bloomz', 'mt0-xxl', 'bloom', 'xglm-7.5B', 'T0'] as const;
