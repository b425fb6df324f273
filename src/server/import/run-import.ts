// One import, from the file's bytes to the summary: read, check each line, plan against
// the organisation held, and write the plan unless it is a dry run or any line is wrong.
// The command (scripts/import.ts) and, later, the admin screen's endpoint both come here.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { columnOf, REQUIRED_COLUMNS, type ImportColumn } from '../../shared/organisation-import/columns';
import type { ImportSummary } from '../../shared/organisation-import/summary';
import { readOrganisation, writeImportPlan, type ImportAudit } from '../db/organisation-import';
import { readTable, UnreadableFile, type Table } from './read-table';
import { problem, readImportLines } from './import-lines';
import { planImport, summarize, type ImportPlan } from './plan-import';
import { importPreview } from './import-preview';
import type { ImportPreview } from '../../shared/organisation-import/preview';

export interface ImportOptions {
  dryRun: boolean;
  /** Headers the user mapped by hand (header → column). */
  mapped?: Readonly<Record<string, ImportColumn>>;
  now?: () => Date;
  /** Who runs it (the audit trail records a written import; counts are added here). */
  by?: Omit<ImportAudit, 'counts'>;
}

export interface ImportResult {
  summary: ImportSummary;
  /** The file's headers as matched (null when the file could not be read or was empty). */
  columns: HeaderMatch | null;
  /** What was read: kind, encoding, delimiter (null when the file could not be read at all). */
  table: Omit<Table, 'rows'> | null;
  /** The plan (null when the file could not be read). */
  plan: ImportPlan | null;
  /** The plan as the dry run lists it. */
  preview: ImportPreview | null;
}

export interface HeaderMatch { headers: { header: string; column: ImportColumn | null }[]; missing: ImportColumn[] }

/** Which column each header of the file was taken as: what the screen offers to map by hand. */
function matchHeaders(cells: readonly string[] | undefined, mapped: Readonly<Record<string, ImportColumn>> = {}): HeaderMatch | null {
  if (!cells) return null;
  const headers = cells.map((header) => ({ header, column: header.trim() ? columnOf(header, mapped) : null }));
  const found = new Set(headers.map((h) => h.column));
  return { headers, missing: REQUIRED_COLUMNS.filter((column) => !found.has(column)) };
}

const EMPTY: Omit<ImportSummary, 'errors' | 'written'> = {
  created: 0, moved: 0, updated: 0, deactivated: 0, reactivated: 0, unchanged: 0, units: { created: 0 }, areas: { created: 0 }, warnings: [],
};

export async function importOrganisation(db: Kysely<Database>, bytes: Buffer, options: ImportOptions): Promise<ImportResult> {
  let table: Table;
  try {
    table = await readTable(bytes);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { summary: { ...EMPTY, errors: [problem(0, error.code)], written: false }, columns: null, table: null, plan: null, preview: null };
  }
  const { rows, ...kind } = table;
  const lines = readImportLines(rows, options.mapped);
  const plan = planImport(await readOrganisation(db), lines);
  plan.errors.sort((a, b) => a.line - b.line);
  const write = !options.dryRun && plan.errors.length === 0;
  const summary = summarize(plan, write);
  if (write) {
    const counts = {
      created: summary.created, moved: summary.moved, updated: summary.updated, deactivated: summary.deactivated,
      reactivated: summary.reactivated, unchanged: summary.unchanged, units: summary.units.created, areas: summary.areas.created,
    };
    await writeImportPlan(db, plan, (options.now?.() ?? new Date()).toISOString(), options.by && { ...options.by, counts });
  }
  return { summary, columns: matchHeaders(rows[0]?.cells, options.mapped), table: kind, plan, preview: importPreview(plan) };
}
