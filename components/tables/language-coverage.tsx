import type { ReactNode } from 'react';
import Link from '@/components/layout/intent-link';
import type { Language } from '@/lib/data/schema';

/** The head of a table of languages with their coverage per model family (/languages, /unseen). */
export function LanguageCoverageHead({ extra }: { extra?: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">Language</th>
        <th scope="col">Datasets</th>
        <th scope="col">BLOOM / BLOOMZ</th>
        <th scope="col">mT0</th>
        {extra ? <th scope="col">{extra}</th> : null}
      </tr>
    </thead>
  );
}

/** A language's row under LanguageCoverageHead: its page, its datasets, and the two families' coverage in words. */
export function LanguageCoverageCells({ language, datasets, bloomz, mt0 }: { language: Language; datasets: ReactNode; bloomz: string; mt0: string }) {
  return (
    <>
      <th scope="row">
        <Link href={`/languages/${language.code}`}>{language.name}</Link> <span className="note">({language.code})</span>
      </th>
      <td>{datasets}</td>
      <td>{bloomz}</td>
      <td>{mt0}</td>
    </>
  );
}
