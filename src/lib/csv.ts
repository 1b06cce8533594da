/**
 * CSV as spreadsheets read it (RFC 4180): fields quoted when they need it, CRLF line ends, and a
 * UTF-8 byte-order mark, without which Excel on Windows shows "MÃ©xico" for "México".
 */
export const BOM = '\uFEFF';

/**
 * A field that a spreadsheet could run as a formula (OWASP ASVS 1.2.10: one starting with `=`, `+`,
 * `-`, `@`, tab, carriage return or NUL) is prefixed with an apostrophe, which spreadsheets show as
 * text. Plain numbers such as `-5` are left as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const risky =
    /^[\t\r\0]/.test(text) || (/^[=+\-@]/.test(text) && (text.trim() === '' || Number.isNaN(Number(text))));
  const safe = risky ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file: header row, then one row per record. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return `${BOM}${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
