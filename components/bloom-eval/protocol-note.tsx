import Link from '@/components/layout/intent-link';

/** Said on every page of this suite: these numbers never share an axis with the BLOOMZ paper's. */
export function ProtocolNote() {
  return (
    <p className="lede bloom-protocol">
      BigScience&apos;s own evaluation of BLOOM (lm-evaluation-harness fork, <code>evaluation/results/tr11</code>): zero-shot, one number per prompt,
      with the standard error published beside it. It is <strong>not the BLOOMZ paper&apos;s protocol</strong> (other prompts, harness and splits), so
      its numbers are shown apart and never on one axis with the <Link href="/tasks">paper&apos;s results</Link>.
    </p>
  );
}
