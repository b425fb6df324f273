// A clientId belongs to the person who first used it (sync.md). It is claimed on the
// first pull as well as the first push: a device that has only pulled, then changes
// hands on a shared phone, must not send the first person's outbox with the second
// person's session.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** Claims `clientId` for `personId` if nobody has; false when it is someone else's. */
export async function claimClient(db: Kysely<Database>, clientId: string, personId: string, now: string): Promise<boolean> {
  const owner = await db.selectFrom('clients').select('person_id').where('client_id', '=', clientId).executeTakeFirst();
  if (owner) return owner.person_id === personId;
  await db.insertInto('clients')
    .values({ client_id: clientId, person_id: personId, last_mutation_id: 0, created_at: now })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .execute();
  // Two first requests may race: whoever inserted first owns it.
  const claimed = await db.selectFrom('clients').select('person_id').where('client_id', '=', clientId).executeTakeFirstOrThrow();
  return claimed.person_id === personId;
}
