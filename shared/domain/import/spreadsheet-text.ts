/**
 * Cells a spreadsheet would run as formulas. OWASP's CSV injection advice: a cell starting with
 * = + - @, a tab or a carriage return gets a leading apostrophe, so Excel, LibreOffice and Google
 * Sheets read it as text. Exports write every text cell through `spreadsheetText`; the importer
 * reads every cell through `fromSpreadsheetText`, so an exported file imports back unchanged.
 */

/** A formula start, after any apostrophes: those are escaped once more, so reading back is exact. */
const needsEscape = /^'*[=+\-@\t\r]/;
const escaped = /^'+[=+\-@\t\r]/;

/** `value` as a CSV text cell: "=HYPERLINK(…)" becomes "'=HYPERLINK(…)", shown and kept as text. */
export function spreadsheetText(value: string): string {
  return needsEscape.test(value) ? `'${value}` : value;
}

/** A CSV cell as typed: the apostrophe `spreadsheetText` (or another program doing the same) added is taken off. */
export function fromSpreadsheetText(cell: string): string {
  return escaped.test(cell) ? cell.slice(1) : cell;
}
