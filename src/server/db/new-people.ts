// A work account not yet known, made a person (OIDC_CREATE_PEOPLE=1, issue 21): in the
// configured "new employees" unit, with the name the provider gives (else the e-mail's
// first part), an empty profile — the way an HR import would add them (db/organisation-rows.ts).
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { insertOrganisationRows, newPersonRow } from './organisation-rows';
import { reserveVersions } from './versions';

/** The new person's id, or null when the configured unit does not exist (then nobody is made). */
export async function createPersonFromWorkAccount(
  db: Kysely<Database>, fields: { email: string; name: string | null; employeeNumber: string | null }, unitId: string,
): Promise<string | null> {
  return db.transaction().execute(async (tx) => {
    const unit = await tx.selectFrom('units').select('id').where('id', '=', unitId).where('deleted', '=', 0).executeTakeFirst();
    if (!unit) return null;
    const id = crypto.randomUUID();
    await insertOrganisationRows(tx, {
      areas: [], units: [],
      people: [newPersonRow({
        id, employee_number: fields.employeeNumber, name: fields.name ?? fields.email.split('@')[0]!, email: fields.email,
        title: '', phone: '', unit_id: unitId, roles: '["employee"]', version: await reserveVersions(tx, 1),
      })],
    });
    return id;
  });
}
