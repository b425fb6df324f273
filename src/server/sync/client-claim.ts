// A clientId belongs to the person who first used it (sync.md). It is claimed on the
// first pull as well as the first push: a device that has only pulled, then changes
// hands on a shared phone, must not send the first person's outbox with the second
// person's session.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Executor } from '../db/prepared';
import { claimAndLockClient, findClient, insertClient, type ClientRow } from '../db/clients';

interface ClaimOptions {
  /** Inside a PostgreSQL transaction: lock the row until it ends (pushes of one client must not interleave). */
  lock: boolean;
  /** Inside a SQLite write transaction: nobody else can claim meanwhile, so an insert needs no re-read. */
  serialised: boolean;
}

/** The client's row, claimed for `personId` if nobody had it yet; whose it is, the caller checks. */
export async function claimClientRow(
  db: Executor, clientId: string, personId: string, now: string, options: ClaimOptions,
): Promise<ClientRow> {
  if (options.lock) return claimAndLockClient(db, clientId, personId, now);
  const select = () => findClient(db, clientId);
  const row = await select();
  if (row) return row;
  await insertClient(db, clientId, personId, now);
  if (options.serialised) return { person_id: personId, last_mutation_id: 0 };
  // Two first requests may race: whoever inserted first owns it.
  const claimed = await select();
  if (!claimed) throw new Error('client row vanished after its insert');
  return claimed;
}

/** Claims `clientId` for `personId` if nobody has; false when it is someone else's. */
export async function claimClient(db: Kysely<Database>, clientId: string, personId: string, now: string): Promise<boolean> {
  return (await claimClientRow(db, clientId, personId, now, { lock: false, serialised: false })).person_id === personId;
}
