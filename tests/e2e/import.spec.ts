import fs from 'node:fs';
import path from 'node:path';
import { expect, importFiles, saveImport, test, watchPage } from './fixtures';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures');
// tests/fixtures/lm-eval-harness/EleutherAI__…bloom-7b1_xnli_0-shot.json: results.xnli_th.acc = 0.3499001996007984
const LM_EVAL = path.join(FIXTURES, 'lm-eval-harness', 'EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json');

test('import an lm-evaluation-harness file, see it beside BLOOMZ, keep it across reloads, remove it', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByText('nothing is sent to any server')).toBeVisible();
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(LM_EVAL);
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('15');
  await expect(job.locator('[data-count="rejected"]')).toHaveText('0');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('0');
  await expect(job.locator('tr[data-imported="xnli|th|acc"] td.num').first()).toHaveText('0.3499001996007984');
  await expect(job.getByLabel(/Model name/)).toHaveValue('bigscience/bloom-7b1');
  await job.getByLabel(/Parameters/).fill('7.1B');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');

  await page.goto('/tasks/xnli');
  const header = page.locator('table.data-table thead th', { hasText: '★ bigscience/bloom-7b1 (yours)' });
  await expect(header).toBeVisible();
  const thai = page.locator('tr[data-category="xnli|th|th"]');
  const yours = thai.locator('td[data-series^="yours-"]');
  // 0.3499001996007984 as published, drawn ×100 on the percent axis and marked as converted.
  await expect(yours).toContainText('34.99');
  await expect(yours).toContainText('imported as 0.3499');
  await expect(yours.locator('[data-exact="0.3499001996007984"]')).toHaveAttribute('title', 'exactly 0.3499001996007984');
  await expect(yours).toContainText('computed: imported fraction ×100');
  // Beside the published BLOOMZ number (../shared/data/bloomz/results.csv line 2244).
  await expect(thai.locator('td[data-series="bloomz"]')).toContainText('41.45');
  await expect(page.locator('figure.chart-frame').first()).toContainText('Your imported results use your own protocol');

  await page.reload();
  await expect(page.locator('tr[data-category="xnli|th|th"] td[data-series^="yours-"]')).toContainText('34.99');

  await page.goto('/import');
  // Downloaded back in the dashboard's CSV schema, value as in the original file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my results (CSV)' }).click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('"model","dataset","config","language","metric","value","unit","stderr","n_shot","notes"');
  expect(csv).toContain('"bigscience/bloom-7b1","xnli","th","th","acc","0.3499001996007984","fraction"');
  await page.getByRole('button', { name: 'Remove bigscience/bloom-7b1' }).click();
  await expect(page.locator('#your-models')).toHaveCount(0);
  await page.goto('/tasks/xnli');
  await expect(page.locator('tr[data-category="xnli|th|th"] td')).toHaveCount(5);
  await expect(page.locator('td[data-series^="yours-"]')).toHaveCount(0);
});

test('a file saved again under a name already saved: replace the saved model or rename, never two of one name', async ({ page }) => {
  await saveImport(await importFiles(page, LM_EVAL));
  const saved = page.locator('#your-models tbody tr');
  await expect(saved).toHaveCount(1);

  const again = await importFiles(page, LM_EVAL);
  await again.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(again.locator('.problems')).toContainText('A model of this name is already saved in this browser: “bigscience/bloom-7b1” (from EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json');
  await expect(again.locator('.saved')).toHaveCount(0);
  await expect(saved).toHaveCount(1);
  await expect(saved.first()).toContainText('not stated (unknown)');
  await again.getByLabel(/Pretraining languages/).fill('en, fr');
  await again.getByRole('button', { name: 'Replace the saved model' }).click();
  await expect(again.locator('.saved')).toContainText('Saved in this browser');
  await expect(saved).toHaveCount(1);
  await expect(saved.first()).toContainText('pretrained on en, fr');

  const renamed = await importFiles(page, LM_EVAL);
  await renamed.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(renamed.getByRole('button', { name: 'Replace the saved model' })).toBeVisible();
  // A new name clears the question and saves a second model.
  await renamed.getByLabel(/Model name/).fill('bloom-7b1 rerun');
  await expect(renamed.getByRole('button', { name: 'Replace the saved model' })).toHaveCount(0);
  await saveImport(renamed);
  await expect(saved).toHaveCount(2);
  await page.goto('/tasks/xnli');
  await expect(page.locator('table.data-table thead th', { hasText: '(yours)' })).toHaveText([/^★ bigscience\/bloom-7b1 \(yours\)/, /^★ bloom-7b1 rerun \(yours\)/]);
});

// tests/fixtures/handmade/my-helm-run.groups.json: "My model <b>7B</b>", MMLU EM 0.5 (Accuracy tab), a mean win rate, a count.
const HELM_RUN = path.join(FIXTURES, 'handmade', 'my-helm-run.groups.json');

test('import a HELM groups table, see it as a ★ row on the HELM leaderboard with the same column, remove it', async ({ page }) => {
  const job = await importFiles(page, HELM_RUN);
  // Three cells: the MMLU score joins the leaderboards; the mean win rate and the count do not.
  await expect(job.locator('[data-count="helm"]')).toHaveText('1');
  // Checked against the published columns before saving: MMLU EM is on two leaderboards.
  await expect(job.locator('[data-helm-outcome="kept"]')).toContainText('it does, and the table below links it to its leaderboard');
  const shownOn = job.locator('tr[data-helm-kept="MMLU|Accuracy|EM"] td').last();
  await expect(shownOn.getByRole('link')).toHaveText(['HELM Classic v0.4.0 › Question answering', 'HELM Lite v1.13.0 › Core scenarios']);
  await saveImport(job, 'HELM leaderboards');

  await shownOn.getByRole('link', { name: 'HELM Classic v0.4.0 › Question answering' }).click();
  await expect(page).toHaveURL(/\/helm\/classic\/question_answering\?scenario=mmlu&tab=accuracy&metric=EM/);
  const mine = page.locator('table.data-table tbody tr', { hasText: '★ My model <b>7B</b> (yours)' });
  await expect(mine.locator('td[data-series]')).toContainText('0.5');
  await expect(page.locator('table.data-table b')).toHaveCount(0);
  // Beside the published BLOOM (176B) MMLU EM (../shared/data/helm/results.csv line 336).
  await expect(page.locator('tr[data-category="bloom-176b"] td[data-series]')).toContainText('0.299');
  await expect(page.locator('figure.chart-frame').first()).toContainText('Your imported HELM results');
  // Not in another column of the same leaderboard.
  await page.getByRole('radio', { name: 'Robustness' }).check();
  await expect(page.locator('table.data-table tbody tr', { hasText: 'My model' })).toHaveCount(0);

  await page.goto('/import');
  await page.getByRole('button', { name: 'Remove My model <b>7B</b>' }).click();
  await expect(page.locator('#your-models')).toHaveCount(0);
  await page.goto('/helm/classic/question_answering');
  await expect(page.locator('tr[data-category="bloom-176b"] td[data-series]')).toContainText('0.299');
  await expect(page.locator('table.data-table tbody tr', { hasText: 'My model' })).toHaveCount(0);
});

test('a HELM score whose scenario no leaderboard publishes is named as shown nowhere before it is saved', async ({ page }) => {
  const tables = JSON.parse(fs.readFileSync(HELM_RUN, 'utf8'));
  tables[0].header[2].metadata.run_group = 'My private benchmark';
  const job = await importFiles(page, { name: 'private.groups.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tables)) });
  await expect(job.locator('[data-count="helm"]')).toHaveText('1');
  await expect(job.locator('[data-helm-outcome="unplaced"]')).toHaveText(
    'The score matches no published HELM column (the same scenario (run group), tab and metric): saved, it would be shown nowhere.',
  );
  await expect(job.locator('tr[data-helm-kept="My private benchmark|Accuracy|EM"] [data-shown-on="nowhere"]')).toHaveText('no published column: shown nowhere');
});

test('every row is imported or listed with a reason; text stays text', async ({ page }) => {
  await page.goto('/import');
  const csv = [
    'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes',
    '<img src=x onerror=alert(1)>,xnli,fr,fr,acc,0.51,fraction,,0,ok',
    'm2,xnli,fr,fr,acc,abc,fraction,,0,bad number',
    'm3,not_a_dataset,x,fr,acc,0.5,fraction,,0,unknown dataset',
  ].join('\n');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('1');
  await expect(job.locator('[data-count="rejected"]')).toHaveText('1');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('1');
  await expect(job.locator('.reasons').first()).toContainText('line 3');
  await expect(job.locator('img')).toHaveCount(0);
  await expect(job.locator('tr[data-imported] td').first()).toHaveText('<img src=x onerror=alert(1)>');
});

test('the name given in the import form labels the model, even when the file names it', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(LM_EVAL);
  const job = page.locator('article.import-job');
  await expect(job.getByLabel(/Model name/)).toHaveValue('bigscience/bloom-7b1');
  await job.getByLabel(/Model name/).fill('my-bloom');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');
  await page.goto('/tasks/xnli');
  await expect(page.locator('table.data-table thead th', { hasText: '★ my-bloom (yours)' })).toBeVisible();
  await expect(page.locator('table.data-table thead th', { hasText: 'bigscience/bloom-7b1' })).toHaveCount(0);
});

test('a long unmapped list says how many more it holds', async ({ page }) => {
  await page.goto('/import');
  const results = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`made_up_task_${i}`, { acc: 0.5 }]));
  const file = JSON.stringify({ results, versions: {}, config: { model_args: 'pretrained=someone/some-model' } });
  await page.getByLabel('Choose files (or drop them here)').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('150');
  const unmapped = job.locator('details', { hasText: 'Unmapped (150)' });
  await expect(unmapped.locator('.reasons li')).toHaveCount(100);
  await expect(unmapped).toContainText('… and 50 more unmapped.');
});

test('unmapped tasks are listed and can be mapped; empty and wrong files get a clear message', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(path.join(FIXTURES, 'lm-eval-harness', 'juletx__self-translate__polylm-13b_xnli-mt_0-shot.json'));
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('14');
  await expect(job.locator('.reasons')).toContainText('translate-test');
  await expect(job.locator('fieldset.mapping select')).toHaveCount(14);

  await page.getByLabel('Choose files (or drop them here)').setInputFiles([
    { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') },
    { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
  ]);
  await expect(page.locator('article.import-job')).toHaveCount(3);
  await expect(page.locator('article.import-job').nth(1)).toContainText('empty');
  await expect(page.locator('article.import-job').nth(2)).toContainText('PNG');
});

const CHOOSE = 'Choose files (or drop them here)';
const CSV_HEADER = 'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes';

test('a file that names no model can be named, also when every task is one the reader maps', async ({ page }) => {
  await page.goto('/import');
  // No pretrained= and no model_name; task names the harness does not use, so nothing is placed until mapped.
  const results = { my_xnli_french: { acc: 0.4968, acc_stderr: 0.0071 }, my_xnli_swahili: { acc: 0.3792, acc_stderr: 0.0069 } };
  const file = JSON.stringify({ results, versions: {}, config: { model: 'hf-causal', model_args: 'dtype=float16' } });
  await page.getByLabel(CHOOSE).setInputFiles({ name: 'no-model.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('0');
  await expect(job.getByText('Model name (the file does not say)')).toBeVisible();
  await expect(job.getByLabel(/Model name/)).toHaveValue('no-model');
  await job.locator('fieldset.mapping label', { hasText: 'my_xnli_french' }).locator('select').selectOption({ label: 'XNLI · fr' });
  await job.locator('fieldset.mapping label', { hasText: 'my_xnli_swahili' }).locator('select').selectOption({ label: 'XNLI · sw' });
  await job.getByLabel(/Model name/).fill('my-mapped-model');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');
  await expect(page.locator('#your-models tr[data-your-model="my-mapped-model"]')).toContainText('2 on XNLI');
  await page.goto('/tasks/xnli');
  await expect(page.locator('tr[data-category="xnli|fr|fr"] td[data-series^="yours-"]')).toContainText('imported as 0.4968');
  await expect(page.locator('table.data-table thead th', { hasText: '★ my-mapped-model (yours)' })).toBeVisible();
});

test('a HELM file of one model: the name in the form labels its row, and the page lists the scores it keeps', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel(CHOOSE).setInputFiles(HELM_RUN);
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-helm-outcome="kept"]')).toContainText('1 score cell will be kept; not kept: 1 count or size ("General information"), not a score; 1 mean win rate');
  const kept = job.locator('tr[data-helm-kept="MMLU|Accuracy|EM"]');
  await expect(kept.locator('td.num')).toHaveText('0.5');
  await expect(kept.locator('td.unit')).toHaveText('(fraction)');
  await expect(job.getByLabel(/Model name/)).toHaveValue('My model <b>7B</b>');
  await job.getByLabel(/Model name/).fill('renamed-helm');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toHaveText('Saved in this browser. Your HELM scores join the HELM leaderboards wherever a published column has the same scenario, tab and metric.');
  await page.goto('/helm/classic/question_answering');
  await expect(page.locator('table.data-table tbody tr', { hasText: '★ renamed-helm (yours)' }).locator('td[data-series]')).toContainText('0.5');
  await expect(page.locator('table.data-table tbody tr', { hasText: 'My model' })).toHaveCount(0);
});

test('a HELM file with nothing a leaderboard can show says so, and why', async ({ page }) => {
  await page.goto('/import');
  const [accuracy, info] = JSON.parse(fs.readFileSync(HELM_RUN, 'utf8'));
  // Without its MMLU column: a mean win rate and a count are left.
  const noScores = [{ ...accuracy, header: accuracy.header.slice(0, 2), rows: [accuracy.rows[0].slice(0, 2)] }, info];
  const noRows = [{ ...accuracy, rows: [] }];
  await page.getByLabel(CHOOSE).setInputFiles([
    { name: 'no-scores.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(noScores)) },
    { name: 'no-rows.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(noRows)) },
  ]);
  const [scoresJob, rowsJob] = [page.locator('article.import-job').nth(0), page.locator('article.import-job').nth(1)];
  await expect(scoresJob.locator('[data-helm-outcome="nothing"]')).toHaveText(
    'Nothing from this file will be shown: none of its 2 cells is a score a HELM leaderboard column can hold. It has 1 count or size ("General information"), not a score; 1 mean win rate (relative to the models in its table).',
  );
  await expect(rowsJob.locator('[data-helm-outcome="nothing"]')).toContainText('Nothing from this file will be shown: its tables have no cells');
  for (const job of [scoresJob, rowsJob]) {
    await expect(job.getByRole('button', { name: 'Add to my dashboard' })).toBeDisabled();
    await expect(job.getByLabel(/Model name/)).toHaveCount(0);
  }
});

test('each imported value shows the unit the importer decided, and a CSV line is named once', async ({ page }) => {
  await page.goto('/import');
  const csv = [CSV_HEADER, 'm,xnli,fr,fr,acc,49.68,percent,,0,', 'm,xnli,de,de,acc,0.4,fraction,,0,', 'm,xnli,es,es,acc,abc,percent,,0,'].join('\n');
  await page.getByLabel(CHOOSE).setInputFiles({ name: 'units.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const job = page.locator('article.import-job');
  const fr = job.locator('tr[data-imported="xnli|fr|acc"]');
  await expect(fr.locator('td.num').first()).toHaveText('49.68');
  await expect(fr.locator('td.unit')).toHaveText('%');
  await expect(fr.locator('td').last()).toHaveText('line 2');
  await expect(job.locator('tr[data-imported="xnli|de|acc"] td.unit')).toHaveText('(fraction)');
  await expect(job.locator('.reasons li').first()).toHaveText(/^line 4: value "abc"/);
  await page.getByLabel(CHOOSE).setInputFiles(path.join(FIXTURES, 'hf-model-index', 'bigscience__bloomz-560m.model-index.yaml'));
  await expect(page.locator('article.import-job').nth(1).locator('td.unit').first()).toHaveText('%');
});

test('my results CSV, imported again, downloads as the same file: no guard kept in names, no notes growing', async ({ page }) => {
  await page.goto('/import');
  const name = '=SUM(1,2) "mine"';
  const csv = [CSV_HEADER, `"${name.replaceAll('"', '""')}",xnli,fr,fr,acc,-0.5,score,,0,+English prompts`].join('\n');
  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my results (CSV)' }).click()]);
    return fs.readFileSync((await file.path())!, 'utf8');
  };
  const importAndSave = async (fileName: string, text: string) => {
    await page.getByLabel(CHOOSE).setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(text) });
    const job = page.locator('article.import-job').last();
    await expect(job.getByLabel(/Model name/)).toHaveValue(name);
    await job.getByRole('button', { name: 'Add to my dashboard' }).click();
    await expect(job.locator('.saved')).toContainText('Saved in this browser');
  };
  await importAndSave('mine.csv', csv);
  const first = await download();
  expect(first).toContain(`"'=SUM(1,2) ""mine""","xnli","fr","fr","acc","-0.5","score","","0","'+English prompts"`);
  await page.getByRole('button', { name: 'Remove all' }).click();
  await expect(page.locator('#your-models')).toHaveCount(0);
  await importAndSave('my-results.csv', first);
  expect(await download()).toBe(first);
});

test('a file of 50,000 tasks: the first 10,000 are read, the reason is given, and they are mapped by group', async ({ page }) => {
  await page.goto('/import');
  const results = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`made_up_${i % 7}_task_${i}`, { acc: 0.5 }]));
  const file = JSON.stringify({ results, versions: {}, config: { model_args: 'pretrained=someone/some-model' } });
  await page.getByLabel(CHOOSE).setInputFiles({ name: 'many-tasks.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('10,000');
  await expect(job.locator('.reasons').first()).toContainText('"results" holds 50,000 tasks; the dashboard reads the first 10,000, so the 40,000 from here on were not read');
  const mapping = job.locator('fieldset.mapping[data-grouped="true"]');
  await expect(mapping.locator('legend')).toContainText('Unmapped tasks: 10,000, in 7 groups by name');
  await expect(mapping.locator('select')).toHaveCount(7);
  await expect(mapping.locator('[data-group="made_up_0_task"]')).toContainText('(1,429: made_up_0_task_0, made_up_0_task_7, made_up_0_task_14, …)');
});

test('a UTF-16 file without a byte-order mark is read, and said to be UTF-16', async ({ page }) => {
  await page.goto('/import');
  const csv = `${CSV_HEADER}\nutf16-model,xnli,sw,sw,acc,0.4,fraction,,0,\n`;
  await page.getByLabel(CHOOSE).setInputFiles({ name: 'windows.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf16le') });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('1');
  await expect(job).toContainText('The file is UTF-16 LE text without a byte-order mark; it was read as UTF-16 LE.');
  await expect(job.locator('tr[data-imported] td').first()).toHaveText('utf16-model');
});

test('two tabs: a name saved in one is taken in the other, whose list follows without a reload', async ({ page, pageErrors }) => {
  const second = await page.context().newPage();
  watchPage(second, pageErrors);
  const csv = { name: 'tab.csv', mimeType: 'text/csv', buffer: Buffer.from(`${CSV_HEADER}\ntab-model,xnli,sw,sw,acc,0.4,fraction,,0,\n`) };
  // The second tab is open (and has read the empty store) before the first one saves.
  await second.goto('/import');
  await expect(second.locator('#your-models')).toHaveCount(0);
  await saveImport(await importFiles(page, csv));
  await expect(second.locator('#your-models tr[data-your-model="tab-model"]')).toBeVisible();

  await second.getByLabel(CHOOSE).setInputFiles(csv);
  const job = second.locator('article.import-job').last();
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.problems')).toContainText('A model of this name is already saved in this browser: “tab-model” (from tab.csv');
  await job.getByRole('button', { name: 'Replace the saved model' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');
  await expect(page.locator('#your-models tr[data-your-model="tab-model"]')).toHaveCount(1);
  await page.goto('/tasks/xnli');
  await expect(page.locator('table.data-table thead th', { hasText: '★ tab-model (yours)' })).toHaveCount(1);
});
