// An organisation file's bytes as rows of text cells: XLSX (a zip) through read-excel-file,
// anything else as CSV through csv-parse, decoded as UTF-8 (with or without BOM), UTF-16
// (Excel's "Unicode text") or Windows-1252 (what Danish Excel writes as "CSV"), with `;`,
// `,` or tab between cells, whichever the header line uses most. Says which it found.
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';

export interface TableRow {
  /** The file's line (CSV) or row (XLSX), from 1. */
  line: number;
  cells: string[];
}
export type FileEncoding = 'utf-8-bom' | 'utf-8' | 'utf-16' | 'windows-1252';
export interface Table {
  kind: 'csv' | 'xlsx';
  encoding: FileEncoding | null;
  delimiter: ';' | ',' | '\t' | null;
  rows: TableRow[];
}

/** The file cannot be read at all (another kind, broken, too big): one code for the whole file. */
export class UnreadableFile extends Error {
  constructor(readonly code: 'import_unreadable_file' | 'import_file_too_large' | 'import_empty_file', detail: string) {
    super(detail);
    this.name = 'UnreadableFile';
  }
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_LINES = 100_000;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

function decode(bytes: Buffer): { text: string; encoding: FileEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: iconv.decode(bytes.subarray(2), 'utf16le'), encoding: 'utf-16' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: iconv.decode(bytes.subarray(2), 'utf16be'), encoding: 'utf-16' };
  // A text file holds no NUL byte: this one is another kind of file renamed (a PDF, an old .xls).
  if (bytes.includes(0)) throw new UnreadableFile('import_unreadable_file', 'binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), encoding: 'windows-1252' };
  }
}

function delimiterOf(text: string): ';' | ',' | '\t' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [';', ',', '\t'] as const;
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ';');
}

function readCsv(bytes: Buffer): Table {
  const { text, encoding } = decode(bytes);
  const delimiter = delimiterOf(text);
  // csv-parse counts lines (a quoted cell may span several): the line each record ends on.
  const lineOf: number[] = [];
  let records: string[][];
  try {
    records = parse(text, {
      delimiter, relax_column_count: true, skip_empty_lines: true, max_record_size: 64 * 1024,
      on_record: (record: string[], context) => {
        lineOf.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    throw new UnreadableFile('import_unreadable_file', error instanceof Error ? error.message : String(error));
  }
  const rows = records
    .map((cells, i) => ({ line: lineOf[i] ?? i + 1, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { kind: 'csv', encoding, delimiter, rows };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<Table> {
  let sheet: unknown[][];
  try {
    sheet = await readSheet(bytes); // the first sheet
  } catch (error) {
    throw new UnreadableFile('import_unreadable_file', error instanceof Error ? error.message : String(error));
  }
  const rows = sheet
    .map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  return { kind: 'xlsx', encoding: null, delimiter: null, rows };
}

export async function readTable(bytes: Buffer): Promise<Table> {
  if (bytes.length === 0) throw new UnreadableFile('import_empty_file', 'empty');
  if (bytes.length > MAX_IMPORT_BYTES) throw new UnreadableFile('import_file_too_large', `${bytes.length} bytes`);
  const table = startsWith(bytes, ZIP) ? await readXlsx(bytes) : readCsv(bytes);
  if (table.rows.length > MAX_IMPORT_LINES + 1) throw new UnreadableFile('import_file_too_large', `${table.rows.length} lines`);
  return table;
}
