// SQL of the server's own settings kept in the database (server_meta): a value made once
// and then shared by every process (the first to write it wins; everyone reads it back).
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export async function keepFirstMetaValue(db: Kysely<Database>, key: string, value: string): Promise<string> {
  await db.insertInto('server_meta').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await db.selectFrom('server_meta').select('value').where('key', '=', key).executeTakeFirstOrThrow()).value;
}
