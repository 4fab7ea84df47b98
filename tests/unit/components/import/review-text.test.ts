import { describe, expect, it } from 'vitest';
import { unitBeside } from '@/components/import/value-with-unit';
import { importDashboardCsv } from '@/lib/importers';
import { placeInFile } from '@/lib/importers/where';

describe('the unit shown beside an imported value', () => {
  it('is the unit the importer decided, in words a reader knows', () => {
    expect(unitBeside('percent')).toBe('%');
    expect(unitBeside('fraction')).toBe('(fraction)');
    expect(unitBeside('unknown-scale')).toBe('(scale unknown: not decided from the file)');
  });
});

describe('where an imported row is in its file', () => {
  it('names a CSV line once', () => {
    const r = importDashboardCsv('mine.csv', 'model,dataset,config,language,metric,value,unit\nm,xnli,fr,fr,acc,49.68,percent\nm,xnli,de,de,acc,x,percent\n');
    expect(placeInFile(r.rows[0].source.path, r.rows[0].source.line)).toBe('line 2');
    expect(placeInFile(r.rejected[0].where, r.rejected[0].line)).toBe('line 3');
  });

  it('gives a JSON path its line', () => {
    expect(placeInFile('results["xnli_th"]["acc"]', 44)).toBe('results["xnli_th"]["acc"] (line 44)');
    expect(placeInFile('file', null)).toBe('file');
  });
});
