import { describe, expect, it } from 'vitest';
import { forReaders } from '@/lib/site/reader-wording';

// Curators' words copied from data/sources.csv and lib/site/source-notes.ts.
describe("the curators' notes, for readers", () => {
  it('drops what the curators could not reach or read from titles', () => {
    expect(forReaders('HELM public results bucket (original publication; NOT reachable from this machine)')).toBe('HELM public results bucket (original publication)');
    expect(forReaders('Muennighoff et al., Crosslingual Generalization through Multitask Finetuning (arXiv 2211.01786; ACL 2023 long 891) - NOT read beyond abstract')).toBe(
      'Muennighoff et al., Crosslingual Generalization through Multitask Finetuning (arXiv 2211.01786; ACL 2023 long 891)',
    );
    expect(forReaders('bigscience/evaluation-results (Hugging Face dataset) - NOT retrieved')).toBe('bigscience/evaluation-results (Hugging Face dataset)');
    expect(forReaders('IBM benchbench (BAT) HELM snapshots (checked, NOT used)')).toBe('IBM benchbench (BAT) HELM snapshots (checked, not used)');
    expect(forReaders('Hugging Face model card bigscience/bloomz - YAML model-index (vendored copy)')).toBe('Hugging Face model card bigscience/bloomz - YAML model-index (archived copy)');
  });

  it('says what is known in neutral words, keeping the caveat', () => {
    expect(forReaders('Only the abstract was read by the curators; which numbered paper table the all-results notebook corresponds to is inferred, not verified.')).toBe(
      'Which numbered paper table the all-results notebook corresponds to is inferred, not verified.',
    );
    expect(forReaders('Not readable from this project’s sources: mT5-XXL results, validation curves and generation results of the paper are therefore missing here.')).toBe(
      'Not available to this dashboard: mT5-XXL results, validation curves and generation results of the paper are therefore missing here.',
    );
    expect(forReaders('Origin of every xmtf number (per-prompt JSON/CSV per model). Only directory-listing pages were visible in the docs corpus; no file contents could be read.')).toBe(
      'Origin of every xmtf number (per-prompt JSON/CSV per model). Its files were not consulted directly: the numbers here come from the tables published from it.',
    );
  });

  it("drops the curators' own file paths", () => {
    expect(forReaders('Evaluation languages the paper treats as not seen in BLOOM pretraining. Raw: raw/xmtf/paper_unseen_language_lists.json')).toBe('Evaluation languages the paper treats as not seen in BLOOM pretraining.');
    expect(forReaders('Used only to cross-check and to break ties (0 vs hidden). Copied to raw/benchbench_socialfoundations@150688e/.')).toBe('Used only to cross-check and to break ties (0 vs hidden).');
    expect(forReaders('arXiv:2205.05638, typed from the paper into ../shared/data/tfew/results.csv')).toBe('arXiv:2205.05638, typed from the paper');
  });

  it('leaves a reader-ready text as it is', () => {
    const text = 'Values are fractions (0–1), not percent.';
    expect(forReaders(text)).toBe(text);
  });
});
