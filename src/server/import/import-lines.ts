// The file's rows as employees: columns found by header, each line checked on its own
// (missing values, e-mail, text rules, formulas, the leader flag) and against the others
// (the same e-mail or employee number twice). Pure: no database.
import * as v from 'valibot';
import { columnOf, COLUMN_LABELS, REQUIRED_COLUMNS, type ImportColumn } from '../../shared/organisation-import/columns';
import type { ImportProblem } from '../../shared/organisation-import/summary';
import { errorMessage, type ErrorCode } from '../../shared/protocol/errors';
import { textFault } from '../../shared/entities/common';
import type { TableRow } from './read-table';

export interface ImportLine {
  line: number;
  employeeNumber: string | null;
  name: string;
  /** Lower case: people are matched by e-mail whatever its case. */
  email: string;
  title: string;
  unit: string;
  area: string;
  /** null: no phone in the file (the one held is kept). */
  phone: string | null;
  /** null: the file has no leader column (roles are left as they are). */
  leader: boolean | null;
}

export interface ImportLines {
  lines: ImportLine[];
  errors: ImportProblem[];
  /** Which optional columns the file has: a column it lacks changes nothing. */
  has: { employeeNumber: boolean; phone: boolean; leader: boolean };
}

const MAX_LENGTH: Record<ImportColumn, number> = {
  employeeNumber: 40, name: 200, email: 254, title: 200, unit: 200, area: 200, phone: 40, leader: 10,
};
const Email = v.pipe(v.string(), v.maxLength(254), v.email());
const YES = new Set(['ja', 'j', 'x', '1', 'yes', 'y', 'true', 'sand']);
const NO = new Set(['nej', 'n', '0', '', 'no', 'false', 'falsk']);

export function problem(line: number, code: ErrorCode, detail?: string): ImportProblem {
  return { line, code, message: detail ? `${detail}: ${errorMessage(code)}` : errorMessage(code) };
}

/** Header → column index; a missing required column is one error for the whole file. */
function findColumns(header: TableRow, mapped: Readonly<Record<string, ImportColumn>>) {
  const index = new Map<ImportColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = columnOf(cell, mapped);
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !index.has(column));
  return { index, missing };
}

export function readImportLines(rows: readonly TableRow[], mapped: Readonly<Record<string, ImportColumn>> = {}): ImportLines {
  const [header, ...body] = rows;
  const none = { employeeNumber: false, phone: false, leader: false };
  if (!header || body.length === 0) return { lines: [], errors: [problem(0, 'import_empty_file')], has: none };
  const { index, missing } = findColumns(header, mapped);
  if (missing.length > 0) {
    const names = missing.map((column) => COLUMN_LABELS[column]).join(', ');
    return { lines: [], errors: [problem(header.line, 'import_missing_columns', `Mangler ${names}`)], has: none };
  }
  const has = { employeeNumber: index.has('employeeNumber'), phone: index.has('phone'), leader: index.has('leader') };

  const lines: ImportLine[] = [];
  const errors: ImportProblem[] = [];
  const lineOfEmail = new Map<string, number>();
  const lineOfNumber = new Map<string, number>();
  for (const row of body) {
    const before = errors.length;
    const cell = (column: ImportColumn): string => {
      const at = index.get(column);
      const value = at === undefined ? '' : (row.cells[at] ?? '').normalize('NFC').trim();
      if (value.startsWith('=')) errors.push(problem(row.line, 'import_formula', COLUMN_LABELS[column]));
      else if (value.length > MAX_LENGTH[column] || textFault(value, false)) errors.push(problem(row.line, 'import_invalid_text', COLUMN_LABELS[column]));
      return value;
    };
    const employeeNumber = cell('employeeNumber') || null;
    const name = cell('name');
    const email = cell('email').toLowerCase();
    const title = cell('title');
    const unit = cell('unit');
    const area = cell('area');
    const phone = has.phone ? cell('phone') || null : null;
    const leaderText = cell('leader').toLowerCase();
    if (errors.length > before) continue;

    if (!name) errors.push(problem(row.line, 'import_missing_value', COLUMN_LABELS.name));
    if (!email) errors.push(problem(row.line, 'import_missing_value', COLUMN_LABELS.email));
    else if (!v.is(Email, email)) errors.push(problem(row.line, 'import_invalid_email', email));
    if (!unit) errors.push(problem(row.line, 'import_missing_value', COLUMN_LABELS.unit));
    else if (!area) errors.push(problem(row.line, 'import_unit_without_area', unit));
    let leader: boolean | null = null;
    if (has.leader) {
      if (YES.has(leaderText)) leader = true;
      else if (NO.has(leaderText)) leader = false;
      else errors.push(problem(row.line, 'import_invalid_leader', leaderText));
    }
    const firstWithEmail = email ? lineOfEmail.get(email) : undefined;
    if (firstWithEmail !== undefined) errors.push(problem(row.line, 'import_duplicate_email', `Også på linje ${firstWithEmail}`));
    else if (email) lineOfEmail.set(email, row.line);
    const firstWithNumber = employeeNumber ? lineOfNumber.get(employeeNumber) : undefined;
    if (firstWithNumber !== undefined) errors.push(problem(row.line, 'import_duplicate_number', `Også på linje ${firstWithNumber}`));
    else if (employeeNumber) lineOfNumber.set(employeeNumber, row.line);
    if (errors.length > before) continue;

    lines.push({ line: row.line, employeeNumber, name, email, title, unit, area, phone, leader });
  }
  return { lines, errors, has };
}
