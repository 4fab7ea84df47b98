import type { Metadata } from 'next';
import { withViewMetadata } from '@/components/layout/view-metadata';
import { HowToRead } from '@/components/layout/how-to-read';
import { ChartView } from '@/components/views/chart-view';
import { viewSliceJson } from '@/lib/views/slices';
import { getDataset } from '@/lib/data/dataset';

export const metadata: Metadata = withViewMetadata({ title: 'Prompt language: English vs translated prompts' }, '/prompts');

export default function PromptsPage() {
  const ds = getDataset();
  return (
    <>
      <h1>Prompt language: English, machine-translated or human-translated?</h1>
      <p className="lede">
        The paper asks whether prompts should be in English or in the language of the data. Models finetuned on xP3mt (machine-translated prompts) were
        compared with models finetuned on xP3 (English prompts), evaluated with English (EN), machine-translated (MT) and human-translated (HT) prompts.
      </p>
      <h2>One model, language by language</h2>
      <HowToRead>
        Each bar is the published median (or max) over the 5 prompts of one prompt set. A missing HT bar means no human-translated prompts were published
        for that language.
      </HowToRead>
      <ChartView view="prompts" subject="" slice={viewSliceJson(ds, 'prompts', '')} />
      <h2>Averaged over languages: the paper&apos;s prompting table</h2>
      <HowToRead>
        Mean accuracy over every prompt and every language of a prompt set. The xmtf repository published this table twice: with 12 languages
        (commit b52496b) and with Telugu and Swahili added (14 languages, f9f5928, the current version). Both are shown as published, never mixed.
      </HowToRead>
      <ChartView view="prompt-table" subject="" slice={viewSliceJson(ds, 'prompt-table', '')} />
    </>
  );
}
