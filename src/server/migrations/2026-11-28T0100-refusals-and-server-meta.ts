// Refusals are remembered per client and mutation, so a push whose reply was lost
// still tells the user, on retry, what was not accepted; and the server keeps a few
// facts about itself (e.g. that its data is the demo municipality). Forward only.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('mutation_refusals')
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.client_id'))
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mutation_refusals_pk', ['client_id', 'mutation_id'])
    .execute();
  await db.schema.createTable('server_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
