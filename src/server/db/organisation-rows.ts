// The one way areas, units and people come into the database: the organisation import
// (db/organisation-import.ts) and the demo seed (seed/seed.ts) both write through here —
// parents before children, in chunks well inside both databases' limits on bound values,
// each row with the version its caller gave it.
import type { Insertable, Transaction } from 'kysely';
import type { AreaTable, Database, PersonTable, UnitTable } from './schema';

type Tx = Transaction<Database>;

export interface OrganisationRows {
  areas: readonly Insertable<AreaTable>[];
  units: readonly Insertable<UnitTable>[];
  people: readonly Insertable<PersonTable>[];
}

/** Rows per INSERT: people have 14 columns, so 500 rows bind 7,000 values (SQLite allows 32,766). */
const CHUNK = 500;

/** A person as HR's file gives them: what the file does not say starts empty (profile) or off (flags). */
export function newPersonRow(fields: Pick<PersonTable, 'id' | 'employee_number' | 'name' | 'email' | 'title' | 'phone' | 'unit_id' | 'roles' | 'version'>): Insertable<PersonTable> {
  return { ...fields, phone_hidden: 0, bio: '', knowledge_sharer: 0, scope_version: 0, deleted: 0 };
}

export async function insertOrganisationRows(tx: Tx, rows: OrganisationRows): Promise<void> {
  for (let i = 0; i < rows.areas.length; i += CHUNK) await tx.insertInto('areas').values(rows.areas.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.units.length; i += CHUNK) await tx.insertInto('units').values(rows.units.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.people.length; i += CHUNK) await tx.insertInto('people').values(rows.people.slice(i, i + CHUNK)).execute();
}
