/**
 * How HELM's groups, metric tabs and highlighted models are presented. Presentation only:
 * which groups, scenarios, tabs and metrics exist always comes from the data.
 */

/** HELM's run groups (the `group` column), as HELM's schema names them. */
const GROUP_LABELS: Record<string, { label: string; about: string }> = {
  core_scenarios: { label: 'Core scenarios', about: 'HELM\u2019s Mean win rate over the release\u2019s core scenarios, per metric tab.' },
  question_answering: { label: 'Question answering', about: 'Knowledge, reading comprehension and commonsense question answering.' },
  information_retrieval: { label: 'Information retrieval', about: 'Passage ranking.' },
  summarization: { label: 'Summarization', about: 'News summarization.' },
  sentiment_analysis: { label: 'Sentiment analysis', about: 'Movie review sentiment.' },
  toxicity_detection: { label: 'Toxicity detection', about: 'Classifying toxic comments.' },
  miscellaneous_text_classification: { label: 'Text classification', about: 'Real-world few-shot text classification.' },
  language: { label: 'Language (targeted)', about: 'Language modelling and linguistic knowledge; main metric only.' },
  knowledge: { label: 'Knowledge (targeted)', about: 'Factual knowledge; main metric only.' },
  reasoning: { label: 'Reasoning (targeted)', about: 'Synthetic, mathematical, legal, code and structured-data reasoning; main metric only.' },
  harms: { label: 'Harms (targeted)', about: 'Copyright, disinformation, social bias and toxicity; main metric only.' },
  seahelm_nlu: { label: 'Natural language understanding', about: 'Question answering, sentiment and toxicity detection in Indonesian, Vietnamese, Thai and Tamil.' },
  seahelm_nlg: { label: 'Natural language generation', about: 'Translation between English and Indonesian, Vietnamese, Thai and Tamil.' },
  seahelm_nlr: { label: 'Natural language reasoning', about: 'Natural language inference and causal reasoning.' },
  seahelm_lindsea: { label: 'LINDSEA (linguistic diagnostics)', about: 'Indonesian syntax and pragmatics.' },
  arabic_scenarios: { label: 'Arabic scenarios', about: 'Arabic knowledge and exam questions, trustworthiness and retrieval-augmented generation.' },
  thai_scenarios: { label: 'Thai exam scenarios', about: 'Thai national exams and their aggregate.' },
};

export function helmGroupLabel(group: string): string {
  return GROUP_LABELS[group]?.label ?? group;
}

/** Lite keeps its scenarios inside core_scenarios; Classic splits them into groups and keeps only the aggregate there. */
export function helmGroupAbout(group: string, scenarioCount: number): string {
  if (group === 'core_scenarios' && scenarioCount > 1) return 'The release\u2019s core scenarios, and HELM\u2019s Mean win rate over them.';
  return GROUP_LABELS[group]?.about ?? '';
}

/**
 * Metric tabs in HELM's order. Rows taken from the staging mirror carry the tab
 * "Accuracy (first column of first table)": it is the same tab for the reader (the
 * scenario's main metric), so both map to `accuracy`; the label keeps the difference.
 */
export const HELM_TABS = [
  { id: 'accuracy', label: 'Accuracy' },
  { id: 'calibration', label: 'Calibration' },
  { id: 'robustness', label: 'Robustness' },
  { id: 'fairness', label: 'Fairness' },
  { id: 'efficiency', label: 'Efficiency' },
  { id: 'bias', label: 'Bias' },
  { id: 'toxicity', label: 'Toxicity' },
  { id: 'summarization', label: 'Summarization metrics' },
] as const;

export const MAIN_METRIC_TAB = 'Accuracy (first column of first table)';

/** "General information" is HELM's table of counts (# eval, # train, tokens): never a result. */
export const INFO_TAB = 'General information';

/** The URL id of a HELM metric tab; unknown tabs get a slug so they still work. */
export function helmTabId(metricTab: string): string {
  if (metricTab === MAIN_METRIC_TAB) return 'accuracy';
  const known = HELM_TABS.find((t) => t.label === metricTab);
  return known ? known.id : metricTab.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function helmTabOrder(tabId: string): number {
  const i = HELM_TABS.findIndex((t) => t.id === tabId);
  return i === -1 ? HELM_TABS.length : i;
}

/**
 * The models the dashboard is about, wherever HELM evaluated them. Highlighted with a
 * bold label and a ◆ marker (not colour alone); the reason is shown to the reader.
 */
export const HELM_HIGHLIGHTS: Record<string, string> = {
  'bloom-176b': 'BLOOM, the pretrained model BLOOMZ is finetuned from',
  't0pp-11b': 'T0++, BigScience\u2019s T5 finetuned on a multitask prompted mixture; mT0 applies the same recipe to mT5 with xP3',
};

/** HELM's contamination marks: its summarizer writes ☠ for level "strong" and ⚠ for "weak". */
export const CONTAMINATION_LABEL: Record<string, string> = {
  '☠': 'strong contamination',
  '⚠': 'weak contamination',
};

export interface HelmScenarioInfo {
  id: string;
  label: string;
}

/**
 * Scenario labels: HELM's display name, plus the language pair where HELM uses one name
 * for several scenarios (SEA-HELM calls all eight FLORES directions "Flores").
 */
export function scenarioLabels(scenarios: { id: string; display: string; languageText: string; subset: string }[]): HelmScenarioInfo[] {
  const count = new Map<string, number>();
  for (const s of scenarios) count.set(s.display, (count.get(s.display) ?? 0) + 1);
  return scenarios.map((s) => {
    if ((count.get(s.display) ?? 0) < 2) return { id: s.id, label: s.display };
    const detail = s.languageText ? s.languageText.replace(/ -> /g, ' → ') : s.subset || s.id;
    return { id: s.id, label: `${s.display} (${detail})` };
  });
}
