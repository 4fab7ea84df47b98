import { StaticChart } from '@/components/views/static-chart';
import type { HelmBloomzPair } from '@/lib/languages/helm-bloomz-pairs';

/**
 * A HELM scenario next to the BLOOMZ/mT0-paper dataset of the same name: two separate
 * charts and tables, each titled with its release and protocol, never one axis.
 */
export function HelmBloomzPairs({ pairs }: { pairs: HelmBloomzPair[] }) {
  return (
    <>
      {pairs.map((pair) => (
        <section key={pair.key} aria-labelledby={`pair-${pair.key}`}>
          <h3 id={`pair-${pair.key}`}>
            {pair.name} in {pair.language.name}: HELM and the BLOOMZ/mT0 paper, side by side
          </h3>
          <ul className="note">
            {pair.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))', gap: '1rem', alignItems: 'start' }}>
            <div>
              <StaticChart id={`pair-${pair.key}-helm`} data={pair.helm} />
            </div>
            <div>
              <StaticChart id={`pair-${pair.key}-bloomz`} data={pair.bloomz} />
            </div>
          </div>
        </section>
      ))}
    </>
  );
}
