import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, CSV_TEMPLATE, createCsvRowImporter, createCsvTextImporter, importDashboardCsv } from '@/lib/importers';

const HEADER = CSV_COLUMNS.join(',');
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

describe('the CSV template', () => {
  it('has the documented header and imports as its two example rows', () => {
    expect(CSV_TEMPLATE.split('\n')[0]).toBe('model,dataset,config,language,metric,value,unit,stderr,n_shot,notes');
    const r = importDashboardCsv('template.csv', CSV_TEMPLATE);
    expect(r.format).toBe('dashboard-csv');
    expect(r.rejected).toEqual([]);
    expect(r.unmapped).toEqual([]);
    expect(r.modelName).toBe('my-model-7b');
    expect(r.rows.map((x) => [x.dataset, x.config, x.language, x.metric, x.value, x.number, x.unit, x.stderr, x.n_shot, x.source.line])).toEqual([
      ['xnli', 'fr', 'fr', 'acc', '0.4968', 0.4968, 'fraction', '0.0071', 0, 2],
      ['xwinograd', 'jp', 'ja', 'accuracy', '53.58', 53.58, 'percent', null, 0, 3],
    ]);
    expect(r.rows[0].protocol).toBe('dashboard CSV; lm-evaluation-harness 0.4.5, English prompts');
    expect(r.rows[0].lower_is_better).toBe(false);
  });
});

describe('validation per line', () => {
  it('rejects each bad line with its number and reason, and keeps the good ones', () => {
    const r = importDashboardCsv(
      'u.csv',
      csv(
        'm,xnli,fr,fr,acc,0.5,fraction,,,', // 2 ok
        'm,xnli,de,de,acc,5O.1,fraction,,,', // 3 bad number
        'm,xnli,es,es,acc,0.5,percentage,,,', // 4 bad unit
        'm,xnli,ru,ru,acc,1.5,fraction,,,', // 5 fraction above 1
        'm,xnli,th,th,acc,0.5,fraction,-0.1,,', // 6 negative stderr
        'm,xwinograd,jp,jp,acc,0.5,fraction,,,', // 7 jp is not a language code
        'm,xnli,tr,tr,acc,0.5,fraction', // 8 too few fields
        ',xnli,vi,vi,acc,0.5,fraction,,,', // 9 empty model
        'm,xnli,zh,zh,acc,0.5,fraction,,1.5,', // 10 fractional shots
        'm,xnli,ar,ar,acc,0.5,fraction,,,', // 11 ok
      ),
    );
    expect(r.rows.map((x) => x.source.line)).toEqual([2, 11]);
    expect(r.rejected.map((p) => p.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(r.rejected.every((p) => p.where === `line ${p.line}`)).toBe(true);
    const reason = (line: number) => r.rejected.find((p) => p.line === line)!.reason;
    expect(reason(3)).toMatch(/^value "5O\.1": is not a number/);
    expect(reason(4)).toMatch(/^unit "percentage": must be one of percent, fraction/);
    expect(reason(5)).toMatch(/1\.5 is not a fraction between 0 and 1/);
    expect(reason(6)).toMatch(/stderr "-0\.1": must not be negative/);
    expect(reason(7)).toMatch(/language "jp": is not a language code/);
    expect(reason(8)).toBe('has 7 fields, the header has 10');
    expect(reason(9)).toMatch(/model "": model is empty/);
    expect(reason(10)).toMatch(/n_shot "1\.5": must be a whole number/);
  });

  it('rejects a percent outside 0–100 and a number too large for a double, which would be drawn out of the chart or not at all', () => {
    const r = importDashboardCsv(
      'u.csv',
      csv('m,xnli,fr,fr,acc,150,percent,,,', 'm,xcopa,ht,ht,acc,-3,percent,,,', 'm,xnli,sw,sw,acc,1e400,percent,,,', 'm,xnli,de,de,acc,100,percent,,,', 'm,xnli,es,es,acc,0,percent,,,'),
    );
    expect(r.rows.map((x) => [x.source.line, x.value])).toEqual([
      [5, '100'],
      [6, '0'],
    ]);
    expect(r.rejected.map((p) => [p.line, p.reason])).toEqual([
      [2, 'value "150": 150 is outside 0–100, the range of unit percent'],
      [3, 'value "-3": -3 is outside 0–100, the range of unit percent'],
      [4, 'value "1e400": 1e400 is too large to be a result'],
    ]);
  });

  it('gives a value that is no number one reason, not a second about its size', () => {
    const r = importDashboardCsv('u.csv', csv('m,xnli,es,es,acc,NaN,percent,,0,', 'm,xnli,fr,fr,acc,12%,percent,,0,'));
    expect(r.rejected.map((p) => [p.line, p.reason])).toEqual([
      [2, 'value "NaN": is not a number (digits, optional sign, decimals, exponent; no % sign)'],
      [3, 'value "12%": is not a number (digits, optional sign, decimals, exponent; no % sign)'],
    ]);
  });

  it('lists datasets and configs it cannot place as unmapped, and a config/language mismatch as rejected', () => {
    const r = importDashboardCsv('u.csv', csv('m,pawsx,de,de,acc,0.5,fraction,,,', 'm,xnli,eu,eu,acc,0.5,fraction,,,', 'm,xwinograd,jp,fr,acc,0.5,fraction,,,'));
    expect(r.rows).toEqual([]);
    expect(r.unmapped.map((u) => [u.line, u.task, u.language])).toEqual([
      [2, 'pawsx', 'de'],
      [3, 'xnli eu', 'eu'],
    ]);
    expect(r.rejected).toEqual([{ where: 'line 4', line: 4, reason: 'language "fr" does not match XWinograd config "jp", which is ja' }]);
  });

  it('counts lines across quoted line breaks', () => {
    const r = importDashboardCsv('q.csv', csv('m,xnli,fr,fr,acc,0.5,fraction,,,"two\nlines"', 'm,xnli,de,de,acc,bad,fraction,,,'));
    expect(r.rows[0].protocol).toBe('dashboard CSV; two\nlines');
    expect(r.rejected.map((p) => p.line)).toEqual([4]);
  });

  it('accepts columns in any order, drops optional ones, and warns about unknown ones', () => {
    const r = importDashboardCsv('o.csv', 'Value,unit,model,dataset,config,language,metric,comment\n0.5,fraction,m,xcopa,qu,qu,acc,hello\n');
    expect(r.rows.map((x) => [x.language, x.value, x.stderr, x.n_shot])).toEqual([['qu', '0.5', null, null]]);
    expect(r.warnings.join('\n')).toMatch(/Column "comment" is not one of the dashboard's columns/);
  });

  it("rejects a header that is not the dashboard's, naming the missing columns", () => {
    const r = importDashboardCsv('h.csv', 'model,score\nm,0.5\nm,0.6\n');
    expect(r.rows).toEqual([]);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ where: 'line 1', line: 1 });
    expect(r.rejected[0].reason).toMatch(/missing columns dataset, config, language, metric, value, unit/);
    expect(r.warnings).toContain("2 lines not read because the header is not the dashboard's.");
  });

  it('reports CSV syntax errors with their line', () => {
    const r = importDashboardCsv('s.csv', csv('m,xnli,fr,fr,acc,0.5,fraction,,,', 'm,xnli,de,de,acc,0.5,fraction,,,"unterminated'));
    expect(r.rows.map((x) => x.language)).toEqual(['fr']);
    expect(r.rejected.some((p) => p.line === 3 && /CSV syntax/.test(p.reason))).toBe(true);
  });
});

describe('streaming', () => {
  it('validates records pushed in batches with a start line', () => {
    const importer = createCsvRowImporter('w.csv');
    importer.push([[...CSV_COLUMNS], ['m', 'xnli', 'fr', 'fr', 'acc', '0.5', 'fraction', '', '', '']], 1);
    importer.push([['m', 'xnli', 'de', 'de', 'acc', 'x', 'fraction', '', '', '']], 3);
    importer.push([['m', 'xnli', 'es', 'es', 'acc', '0.25', 'fraction', '', '', '']], [7]);
    const r = importer.finish();
    expect(r.rows.map((x) => [x.language, x.source.line])).toEqual([
      ['fr', 2],
      ['es', 7],
    ]);
    expect(r.rejected.map((p) => p.line)).toEqual([3]);
  });

  it('gives the same result for text cut into pieces anywhere, including inside a quoted line break', () => {
    const text = '\uFEFF' + csv('m,xnli,fr,fr,acc,0.5,fraction,,,"a ""quoted""\nnote, with comma"', 'm,xnli,de,de,acc,bad,fraction,,,', 'm,xcopa,et,et,acc,0.75,fraction,0.01,5,x');
    const whole = importDashboardCsv('c.csv', text);
    for (let cut = 1; cut < text.length; cut++) {
      const s = createCsvTextImporter('c.csv');
      s.push(text.slice(0, cut));
      s.push(text.slice(cut));
      expect(s.finish(), `cut at ${cut}`).toEqual(whole);
    }
    expect(whole.rows.map((x) => x.source.line)).toEqual([2, 5]);
    expect(whole.rejected.map((p) => p.line)).toEqual([4]);
  });
});
