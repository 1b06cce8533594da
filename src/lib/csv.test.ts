import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('starts with a byte-order mark, so Excel reads accents as UTF-8 (D9)', () => {
    const file = toCsv(['país'], [['México']]);
    expect(file.startsWith(BOM)).toBe(true);
    expect(file).toBe('\uFEFFpaís\r\nMéxico\r\n');
  });

  it('quotes fields that need it (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1720)).toBe('1720');
  });

  it.each(['=HYPERLINK("x")', '+1+2', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd', '\0cmd', '= 1'])(
    'neutralises a field a spreadsheet would run as a formula: %j (OWASP ASVS 1.2.10)',
    (value) => {
      expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('leaves plain numbers, negative ones included, as numbers', () => {
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+7')).toBe('+7');
    expect(csvCell(-12.5)).toBe('-12.5');
  });
});
