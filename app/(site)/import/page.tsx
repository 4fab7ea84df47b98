import type { Metadata } from 'next';
import { ImportPanel } from '@/components/import/import-panel';
import { CSV_COLUMNS } from '@/lib/importers/csv-template';

export const metadata: Metadata = { title: 'Your results' };

export default function ImportPage() {
  return (
    <>
      <h1>Your results beside the published ones</h1>
      <p className="lede">
        Evaluated your own model on XNLI, XCOPA, XStoryCloze or XWinograd? Add the results file and see your model per language beside BLOOMZ, mT0 and the
        other published models.
      </p>
      <p className="problems" role="note">
        <strong>Everything happens in your browser.</strong> Your file is read on this device and nothing is sent to any server. Imported results are kept
        in this browser (IndexedDB) until you remove them.
      </p>
      <ImportPanel />
      <section aria-labelledby="formats-heading">
        <h2 id="formats-heading">Formats</h2>
        <ul>
          <li>
            <strong>lm-evaluation-harness results JSON</strong>, old layout (<code>acc</code>, <code>acc_stderr</code>) and new (<code>acc,none</code>,{' '}
            <code>alias</code>, <code>n-shot</code>, groups). Tasks such as <code>xnli_fr</code>, <code>xcopa_et</code>, <code>xstorycloze_my</code>,{' '}
            <code>xwinograd_jp</code> are placed on their dataset and language. Accuracies are fractions (0–1) in these files: they are kept as published and
            drawn ×100 on the percent axes, marked as converted.
          </li>
          <li>
            <strong>Hugging Face model card</strong>: a README.md, or the YAML of its <code>model-index</code>.
          </li>
          <li>
            <strong>HELM</strong> <code>groups/&lt;group&gt;.json</code> tables: read and listed; they name no language, so they are not placed on the
            per-language charts.
          </li>
          <li>
            <strong>The dashboard CSV</strong> (comma-separated, one row per number; large files are read in chunks with a progress bar): columns{' '}
            {CSV_COLUMNS.map((c, i) => (
              <span key={c}>
                {i > 0 ? ', ' : ''}
                <code>{c}</code>
              </span>
            ))}
            . <code>dataset</code> is xnli, xcopa, xstory_cloze or xwinograd; <code>value</code> as you have it; <code>unit</code> is fraction or percent.
          </li>
        </ul>
        <p className="note">
          Your protocol (prompt, number of shots, harness version) is not the paper&apos;s (median over 5 prompts): the charts say so next to your results.
        </p>
      </section>
    </>
  );
}
