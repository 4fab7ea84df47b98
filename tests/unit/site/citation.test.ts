import { describe, expect, it } from 'vitest';
import { bibtexFields, bibtexUrl, citationsFor, escapeBibtex, fnv1a32, paperOf, sourcePlain, viewBibtex, viewKey, viewPlain, type CitableSource } from '@/lib/site/citation';

// The BibTeX of xmtf_paper in data/sources.csv, shortened to three authors.
const PAPER: CitableSource = {
  id: 'xmtf_paper',
  title: 'Muennighoff et al., Crosslingual Generalization through Multitask Finetuning (arXiv 2211.01786; ACL 2023 long 891)',
  url: 'https://arxiv.org/abs/2211.01786',
  citation: '',
  bibtex: `@article{muennighoff2022crosslingual,
  title   = {Crosslingual Generalization through Multitask Finetuning},
  author  = {Muennighoff, Niklas and Wang, Thomas and Sutawika, Lintang},
  journal = {arXiv preprint arXiv:2211.01786},
  year    = {2022}
}`,
};
const NOTEBOOK: CitableSource = {
  id: 'xmtf_allres',
  title: 'xmtf allres.ipynb - output of cell 4',
  url: 'https://github.com/bigscience-workshop/xmtf/blob/5caa1b1/allres.ipynb',
  citation: 'bigscience-workshop/xmtf@5caa1b1:allres.ipynb',
  bibtex: '',
};

describe('BibTeX escaping', () => {
  it("escapes LaTeX's special characters and collapses whitespace", () => {
    expect(escapeBibtex('Accuracy (%) & F1 #1 of a_b {x} $5 ~ ^ \\')).toBe('Accuracy (\\%) \\& F1 \\#1 of a\\_b \\{x\\} \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(escapeBibtex('  XNLI:\n  median  accuracy ')).toBe('XNLI: median accuracy');
  });

  it('keeps a URL as it is but for braces, backslashes, quotes and whitespace', () => {
    expect(bibtexUrl('https://x.org/tasks/xnli?prompt=MT&models=bloomz%2Cmt0-xxl#t')).toBe('https://x.org/tasks/xnli?prompt=MT&models=bloomz%2Cmt0-xxl#t');
    expect(bibtexUrl('https://x.org/a b{c}\\"')).toBe('https://x.org/a%20b%7Bc%7D%5C%22');
  });
});

describe('the view key', () => {
  it('is FNV-1a over the UTF-8 bytes', () => {
    // Reference values of 32-bit FNV-1a.
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
  });

  it('names the path and hashes path and settings: the same on any host and in any parameter order', () => {
    expect(viewKey('https://example.org/tasks/xnli?prompt=MT')).toBe('crosslingual_tasks_xnli_90aa9247');
    expect(viewKey('http://localhost:3000/tasks/xnli?prompt=MT')).toBe('crosslingual_tasks_xnli_90aa9247');
    expect(viewKey('https://example.org/tasks/xnli?prompt=MT&models=bloomz,mt0-xxl')).toBe('crosslingual_tasks_xnli_f240f72d');
    expect(viewKey('https://example.org/tasks/xnli?models=bloomz,mt0-xxl&prompt=MT')).toBe('crosslingual_tasks_xnli_f240f72d');
    expect(viewKey('https://example.org/tasks/xnli')).toBe('crosslingual_tasks_xnli_e59d9f29');
    expect(viewKey('https://example.org/')).toBe('crosslingual_home_92d24db3');
  });
});

describe("the view's own entry", () => {
  const view = { title: 'XNLI: median accuracy (%) by language', url: 'https://example.org/tasks/xnli?prompt=MT', accessed: '2026-12-04', dataVersion: 'a81d46a1b2c3 (2026-11-30)' };

  it('is a @misc with the title, the shareable URL, the access date and the data version', () => {
    expect(viewBibtex(view)).toBe(`@misc{crosslingual_tasks_xnli_90aa9247,
  title        = {{XNLI: median accuracy (\\%) by language}},
  howpublished = {\\url{https://example.org/tasks/xnli?prompt=MT}},
  url          = {https://example.org/tasks/xnli?prompt=MT},
  urldate      = {2026-12-04},
  year         = {2026},
  note         = {Chart in the Crosslingual results dashboard. Accessed 2026-12-04; data version a81d46a1b2c3 (2026-11-30)}
}`);
  });

  it('reads as plain text', () => {
    expect(viewPlain(view)).toBe('“XNLI: median accuracy (%) by language”. Crosslingual results dashboard. https://example.org/tasks/xnli?prompt=MT (accessed 2026-12-04; data version a81d46a1b2c3 (2026-11-30)).');
  });
});

describe('the sources behind a view', () => {
  it("reads a published entry's fields", () => {
    expect(bibtexFields(PAPER.bibtex)).toEqual({
      title: 'Crosslingual Generalization through Multitask Finetuning',
      author: 'Muennighoff, Niklas and Wang, Thomas and Sutawika, Lintang',
      journal: 'arXiv preprint arXiv:2211.01786',
      year: '2022',
    });
    expect(bibtexFields('@inproceedings{x,\n  title={Few-Shot {PEFT}},\n  author={Liu, Haokun and others},\n  year=2022\n}')).toEqual({ title: 'Few-Shot PEFT', author: 'Liu, Haokun and others', year: '2022' });
  });

  it('cites a paper from its BibTeX, and a source without one by title, link and exact file', () => {
    expect(sourcePlain(PAPER)).toBe('Muennighoff, Wang and Sutawika (2022). Crosslingual Generalization through Multitask Finetuning. arXiv preprint arXiv:2211.01786.');
    expect(sourcePlain({ ...PAPER, bibtex: '@article{k, title={T}, author={Liang, Percy and Bommasani, Rishi and others}, year={2022}}' })).toBe('Liang et al. (2022). T.');
    expect(sourcePlain(NOTEBOOK)).toBe('xmtf allres.ipynb - output of cell 4. https://github.com/bigscience-workshop/xmtf/blob/5caa1b1/allres.ipynb (exact source: bigscience-workshop/xmtf@5caa1b1:allres.ipynb).');
  });

  it("gives a source without BibTeX its paper's, each entry once, never inventing one", () => {
    expect(paperOf('xmtf_allres')).toBe('xmtf_paper');
    expect(paperOf('hfcard_mt0-xxl-mt')).toBe('xmtf_paper');
    expect(paperOf('helm_classic_v0.4.0_core_scenarios')).toBe('helm_paper');
    expect(paperOf('xmtf_paper')).toBeNull();
    expect(paperOf('helm_paper')).toBeNull();
    expect(paperOf('hfcard_bloom')).toBeNull();
    expect(paperOf('bloomeval_bloom_bslmeval')).toBeNull();
    const known = { xmtf_paper: PAPER, xmtf_allres: NOTEBOOK, xmtf_generalization_plots: { ...NOTEBOOK, id: 'xmtf_generalization_plots' } };
    const got = citationsFor(['xmtf_allres', 'xmtf_generalization_plots', 'unknown'], known);
    expect(got.bibtex).toEqual([PAPER.bibtex]);
    expect(got.sources.map((s) => [s.source.id, s.paper?.id ?? null])).toEqual([
      ['xmtf_allres', 'xmtf_paper'],
      ['xmtf_generalization_plots', 'xmtf_paper'],
    ]);
    expect(citationsFor(['xmtf_allres'], { xmtf_allres: NOTEBOOK }).bibtex).toEqual([]);
  });
});
