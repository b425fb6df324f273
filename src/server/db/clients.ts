// SQL of sync clients (sync.md "Identity of a device"): whose a clientId is, how far its
// mutations got (lastMutationId), and which of them were refused, with the code to tell
// again when a device asks twice.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';
import type { ErrorCode } from '../../shared/protocol';
import { prepared, type Executor } from './prepared';

export interface ClientRow { person_id: string; last_mutation_id: number }

// On every push and pull, or once per mutation: built once (prepared.ts).
const clientRow = prepared((db, p: { clientId: string }) => db.selectFrom('clients')
  .select(['person_id', 'last_mutation_id']).where('client_id', '=', p.clientId));
const insertClientRow = prepared((db, p: { clientId: string; personId: string; now: string }) => db.insertInto('clients')
  .values({ client_id: p.clientId, person_id: p.personId, last_mutation_id: 0, created_at: p.now })
  .onConflict((oc) => oc.column('client_id').doNothing()));
// PostgreSQL, inside a push: claims and locks the row in one trip whether it is new or not
// (a conflict's no-op update takes the row lock and returns the row, whoever owns it).
const claimedAndLocked = prepared((db, p: { clientId: string; personId: string; now: string }) => db.insertInto('clients')
  .values({ client_id: p.clientId, person_id: p.personId, last_mutation_id: 0, created_at: p.now })
  .onConflict((oc) => oc.column('client_id').doUpdateSet((eb) => ({ client_id: eb.ref('excluded.client_id') })))
  .returning(['person_id', 'last_mutation_id']));
const setLastMutation = prepared((tx, p: { clientId: string; mutationId: number }) => tx.updateTable('clients')
  .set({ last_mutation_id: p.mutationId }).where('client_id', '=', p.clientId));

/** The client's row, if anyone has claimed it. */
export async function findClient(db: Executor, clientId: string): Promise<ClientRow | undefined> {
  return clientRow.executeTakeFirst(db, { clientId });
}

/** The client's row, claimed for `personId` if nobody had it, and locked until the transaction ends (PostgreSQL). */
export async function claimAndLockClient(db: Executor, clientId: string, personId: string, now: string): Promise<ClientRow> {
  const row = await claimedAndLocked.executeTakeFirst(db, { clientId, personId, now });
  if (!row) throw new Error('the client claim returned no row');
  return row;
}

/** Claims the clientId for `personId` unless someone has it already (then nothing changes). */
export async function insertClient(db: Executor, clientId: string, personId: string, now: string): Promise<void> {
  await insertClientRow.run(db, { clientId, personId, now });
}

/** The client's lastMutationId; 0 for a client never seen. */
export async function lastMutationIdOf(db: Kysely<Database>, clientId: string): Promise<number> {
  const row = await db.selectFrom('clients').select('last_mutation_id').where('client_id', '=', clientId).executeTakeFirst();
  return row ? Number(row.last_mutation_id) : 0;
}

export async function setLastMutationId(tx: Transaction<Database>, clientId: string, mutationId: number): Promise<void> {
  await setLastMutation.run(tx, { clientId, mutationId });
}

/** The code a mutation of this client was refused with, if it was. */
export async function findRefusal(tx: Transaction<Database>, clientId: string, mutationId: number): Promise<ErrorCode | undefined> {
  const row = await tx.selectFrom('mutation_refusals').select('code')
    .where('client_id', '=', clientId).where('mutation_id', '=', mutationId).executeTakeFirst();
  return row?.code as ErrorCode | undefined;
}

export async function recordRefusal(tx: Transaction<Database>, clientId: string, mutationId: number, code: ErrorCode): Promise<void> {
  await tx.insertInto('mutation_refusals').values({ client_id: clientId, mutation_id: mutationId, code }).execute();
}
