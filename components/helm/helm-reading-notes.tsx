import { HELM_PROJECTS } from '@/lib/helm/projects';

/** "How to read HELM numbers": open on the HELM index, folded above each leaderboard. */
export function HelmReadingNotes({ open = true }: { open?: boolean }) {
  return (
    <details className="note" open={open}>
      <summary>How to read HELM numbers</summary>
      <ul>
        <li>
          <strong>Releases, not the paper.</strong> The numbers come from HELM Classic {HELM_PROJECTS.classic.release}, Lite {HELM_PROJECTS.lite.release}, SEA-HELM{' '}
          {HELM_PROJECTS.seahelm.release}, HELM Arabic {HELM_PROJECTS.arabic.release} and ThaiExam {HELM_PROJECTS.thaiexam.release}. The HELM paper (Liang et al.) reports
          Classic v0.1.0 with 30 models; later releases re-ran or added models, so a number here can differ slightly from the paper&apos;s figures.
        </li>
        <li>
          <strong>Mean win rate</strong> is how many models a model outperforms on average over the columns of a tab. It depends on which models are in the release and
          cannot be compared across releases.
        </li>
        <li>
          <strong>Scales and directions</strong> belong to each metric: most HELM scores are fractions between 0 and 1 (not percent); ChrF++ is on a 0–100 scale; times are
          in seconds; calibration error, bias, toxicity and inference time are <em>lower is better</em>. A chart never mixes units on one axis.
        </li>
        <li>
          <strong>Missing is not zero.</strong> &ldquo;Not evaluated&rdquo;: the release has no number for that model. &ldquo;Hidden by publisher&rdquo;: HELM published the
          cell without a value on purpose. A 0 is a real published score.
        </li>
        <li>
          <strong>General information</strong> rows (number of instances, of in-context examples, tokens) are counts, not results: they are never charted.
        </li>
        <li>
          <strong>Contamination</strong>: HELM marks results it considers contaminated with ☠ (strong) or ⚠ (weak). The mark and HELM&apos;s explanation are shown on
          the cell, in the tooltip and under the chart.
        </li>
      </ul>
    </details>
  );
}
