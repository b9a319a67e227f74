import Papa from 'papaparse';
import { csvDelimiters, type CsvDelimiter } from '../../model/data-transfer';
import { fromSpreadsheetText } from './spreadsheet-text';

/** Lines looked at to guess the delimiter: enough for a header and a few rows. */
const sniffLines = 10;

/** Counts of each delimiter outside quotes in each of the first lines. */
function delimiterCounts(text: string): Map<CsvDelimiter, number[]> {
  const counts = new Map<CsvDelimiter, number[]>(csvDelimiters.map((d) => [d, [0]]));
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < sniffLines; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === '\n') {
      lines++;
      for (const list of counts.values()) list.push(0);
    } else if (!quoted && counts.has(char as CsvDelimiter)) {
      const list = counts.get(char as CsvDelimiter)!;
      list[list.length - 1]!++;
    }
  }
  return counts;
}

/**
 * The delimiter the file most likely uses: the one found on the header line that appears most
 * consistently across the first lines (European Excel saves with semicolons, some exports use tabs).
 * A comma when nothing tells.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const [delimiter, perLine] of delimiterCounts(text)) {
    const header = perLine[0] ?? 0;
    if (header === 0) continue;
    // Lines that agree with the header count; the last, possibly partial, line is left out when there are others.
    const lines = perLine.length > 1 ? perLine.slice(0, -1) : perLine;
    const agreeing = lines.filter((count) => count === header).length;
    const score = agreeing * 1000 + header;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function isBlank(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}

/**
 * The header names and data rows. Quoted fields may hold delimiters, newlines and "" quotes; empty
 * lines are skipped; short rows are padded with '' to the header's width so a column index means
 * the same on every row (a longer row is kept whole: an unquoted delimiter in a value is the
 * file's mistake, for the caller to report). `rowNumbers` is each data row's row as a spreadsheet
 * shows the file (the header is row 1, skipped empty lines still count). The apostrophe an export
 * put before a formula-like cell is taken off (`fromSpreadsheetText`).
 */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter,
  options: { previewRows?: number } = {},
): { headers: string[]; rows: string[][]; rowNumbers: number[] } {
  let headers: string[] | null = null;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let line = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    step: ({ data }, parser) => {
      line++;
      const record = data.map(fromSpreadsheetText);
      if (isBlank(record)) return;
      if (!headers) {
        headers = record.map((header) => header.trim());
        return;
      }
      const width = headers.length;
      rows.push(record.length >= width ? record : Array.from({ length: width }, (_, column) => record[column] ?? ''));
      rowNumbers.push(line);
      if (rows.length === options.previewRows) parser.abort();
    },
  });
  return { headers: headers ?? [], rows, rowNumbers };
}
