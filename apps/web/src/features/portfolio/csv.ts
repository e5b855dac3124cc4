/**
 * CSV as RFC 4180 describes it, for spreadsheets: comma-separated, every field quoted (quotes
 * doubled), CRLF line ends, and a UTF-8 byte order mark so Excel reads æ, ø and å correctly.
 * Money goes in as plain decimals ("1280000.00"), which every spreadsheet locale can import.
 */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading
 * apostrophe: a partnership title typed by a user must never become code in someone's Excel.
 * Numbers are written as they are.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  const text = cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Rows as given (header first); callers neutralise text cells that came from users. */
export function buildCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `${BOM}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
