import { type Stringifier, stringify } from 'csv-stringify';

/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets, Numbers) read a cell as a
 * formula: OWASP's list (`=`, `+`, `-`, `@`, tab, carriage return) and the full-width forms some locales
 * of Excel and Numbers also accept.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/** True when a text cell would be read as a formula by a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

/**
 * Neutralises spreadsheet formulas in text (CSV injection, OWASP): a text cell that begins with a trigger
 * character gets a leading single quote, so a spreadsheet shows it as text, and is always quoted.
 * Numbers are passed to the writer as numbers and stay numbers (a score of -5 is not text a customer wrote).
 */
function castText(value: string): string | { value: string; quoted: boolean } {
  return isFormulaLike(value) ? { value: `'${value}`, quoted: true } : value;
}

/**
 * The one CSV writer of the server: UTF-8 with a BOM (so Excel reads the encoding), a header row, and
 * every text cell neutralised against formulas. Write arrays in header order; give numbers as numbers.
 */
export function createCsvStream(header: readonly string[]): Stringifier {
  return stringify({
    header: true,
    columns: [...header],
    bom: true,
    cast: { string: castText },
  });
}
