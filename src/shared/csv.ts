// The one CSV writer (participant lists, the unit's competence gap), for Danish Excel:
// ';' between cells (',' is the decimal mark there), CRLF line ends, a UTF-8 byte-order
// mark so Excel reads æ, ø, å; cells holding ';', '"', CR or LF are quoted, quotes doubled
// (RFC 4180). Names, notes and titles are typed by anyone, so a text cell that a
// spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a ' first, which
// makes it plain text (OWASP "CSV Injection").

export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;
/** Excel keeps spaces at a cell's ends only inside quotes. */
const EDGE_SPACE = /^\s|\s$/;

/**
 * One cell as CSV text. Numbers are written as they are: a number the app counted cannot
 * be a formula, and "-2" must stay a number for Excel, not become the text "'-2".
 */
export function csvCell(value: CsvCell): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || EDGE_SPACE.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte-order mark, the header line, the rows, each line ending in CRLF. */
export function buildCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
