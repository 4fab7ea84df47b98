/**
 * Known defects and caveats of the sources, as found by the curators of ../shared/data
 * (bloomz/README.md "Agreements and disagreements", helm/README.md "Known gaps and
 * caveats"). Shown on /sources next to the source they concern.
 */
export const SOURCE_NOTES: Record<string, string[]> = {
  xmtf_allres: [
    'Every set had exactly 5 prompts (the notebook printed no "Unexpected len" warning). Median and max are over those 5; HumanEval pass@k is the max over sampling temperatures.',
    'mT0-3.7B (mt0-xl) HumanEval is published as 0.00 for pass@1, @10 and @100: a real published 0, the only mT0 HumanEval entry.',
    'mt0-base is labelled "mT0-560M" in this table but 580M in the xmtf README model table.',
  ],
  xmtf_multilingualprompting_b52496b: ['Older version of the prompting table: 12 languages. Kept beside the current version; which one is in the final paper was not verified.'],
  xmtf_multilingualprompting_f9f5928: ['Current version: Telugu and Swahili added (14 languages), so XNLI, XCOPA and XStoryCloze means changed (e.g. BLOOMZ XNLI EN 53.58 → 52.99); XWinograd unchanged.'],
  xmtf_generalization_plots: ['Per-prompt values exist only for the plotted models and datasets. Their median and max agree with the all-results table within 0.006.'],
  hfcard_bloom: ['HumanEval in this card: pass@1 0.155 matches the paper (15.52), but pass@10 0.328 and pass@100 0.572 differ from the paper (32.20 and 55.45).', 'Values are fractions (0–1), not percent.'],
  'hfcard_bloom-3b': ['Its HumanEval row (0.155 / 0.322 / 0.555, column "BLOOM-2B5") matches the paper’s BLOOM-176B values, not BLOOM-3B (6.48 / 11.35 / 20.43): probably copied by mistake.'],
  'hfcard_bloomz-3b': ['The model-index names the model "bloomz-3b1" (the same typo is in allres.ipynb).'],
  hf_evaluation_results: ['Not readable from this project’s sources: mT5-XXL results, validation curves and generation results of the paper are therefore missing here.'],
  xmtf_paper: ['Only the abstract was read by the curators; which numbered paper table the all-results notebook corresponds to is inferred, not verified.'],
  EEE001: ['Its converter wrote both "no value" and a real 0 as -1.0; each -1 was resolved against EEE schema 0.2.0 and the benchbench tables. Scores are rounded to 3 decimals.'],
  EEE020: ['NaturalQuestions (closed/open-book) and MS MARCO (regular/TREC) accuracy entries overwrite each other; those were not taken from here.'],
  FGSTG: ['Kept only the first metric of each group and multiplied [0,1] values by 100; divided back (round trip checked on 1,785 values). ChrF++ and Self-BLEU are kept on their native 0–100 scale; copyright LCS has an unknown scale.'],
  IBM_BAT: ['Rejected: its Classic table has columns shifted by one for models with missing cells.'],
  helm_paper: ['The paper is HELM Classic v0.1.0 (30 models); the numbers here are from later releases (Classic v0.4.0 etc.) and may differ slightly for the original models.'],
};

/** Caveats that concern how numbers of a kind must be read, wherever they come from. */
export const GENERAL_NOTES = [
  'A BLOOMZ/mT0 model card’s "Accuracy" is the best single prompt over all prompt sets (EN, MT and HT), not the paper’s median: card numbers are systematically higher. They are labelled "Model card" and never mixed with medians.',
  'HELM "Mean win rate" depends on which models are in a release; it is not comparable across releases.',
  'HELM "General information" rows (# eval, # train, tokens, truncated, # trials) are counts, never results.',
];
