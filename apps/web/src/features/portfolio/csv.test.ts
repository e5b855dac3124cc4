import { describe, expect, it } from 'vitest';
import { buildCsv, csvField, neutraliseFormula } from './csv';

describe('buildCsv', () => {
  it('starts with a BOM, quotes every field and ends lines with CRLF', () => {
    const csv = buildCsv([
      ['Partnerskab', 'Udbetalt'],
      ['Stop vold i familien', '2000000.00'],
    ]);
    expect(csv).toBe('\uFEFF"Partnerskab","Udbetalt"\r\n"Stop vold i familien","2000000.00"\r\n');
  });

  it('doubles quotes and keeps commas, line breaks and Danish letters inside the field', () => {
    expect(csvField('Sig "hej", Søren\nÆble')).toBe('"Sig ""hej"", Søren\nÆble"');
  });

  it('writes empty cells and numbers', () => {
    expect(buildCsv([[null, undefined, 3]])).toBe('\uFEFF"","","3"\r\n');
  });
});

describe('neutraliseFormula', () => {
  it('defuses text a spreadsheet would evaluate', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('+45 1234')).toBe("'+45 1234");
    expect(neutraliseFormula('-1')).toBe("'-1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('Unge i job')).toBe('Unge i job');
  });
});
