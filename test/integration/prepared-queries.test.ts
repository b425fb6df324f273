// Queries built once and run with new values (src/server/db/prepared.ts), on SQLite and
// PostgreSQL: each run reads its own values (not the first run's), nulls go through, the
// compiled form serves a transaction as well as the database, and a value left out is an
// error, never a query with a stand-in in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '../../src/server/db/prepared';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';

const peopleOfUnit = prepared((db, p: { unitId: string; deleted: number }) => db.selectFrom('people')
  .select(['id', 'unit_id']).where('unit_id', '=', p.unitId).where('deleted', '=', p.deleted).orderBy('id'));
const setTitle = prepared((db, p: { id: string; title: string }) => db.updateTable('people')
  .set({ title: p.title }).where('id', '=', p.id));
const setPosition = prepared((db, p: { id: string; position: number | null }) => db.updateTable('signups')
  .set({ position: p.position }).where('id', '=', p.id));

describe.each(DIALECTS)('prepared queries on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => { server = await startServerFor(dialect, { demoPeople: 40 }); });
  afterAll(async () => { await server?.close(); });

  it('reads each run\'s own values, the same rows as the query built anew', async () => {
    const db = server.db.kysely;
    const units = (await db.selectFrom('units').select('id').orderBy('id').limit(3).execute()).map((u) => u.id);
    for (const unitId of units) {
      const built = await db.selectFrom('people').select(['id', 'unit_id']).where('unit_id', '=', unitId).where('deleted', '=', 0).orderBy('id').execute();
      expect(await peopleOfUnit.execute(db, { unitId, deleted: 0 })).toEqual(built);
    }
    expect(await peopleOfUnit.execute(db, { unitId: 'findes-ikke', deleted: 0 })).toEqual([]);
  });

  it('runs inside a transaction with the compiled form of the database, and rolls back with it', async () => {
    const db = server.db.kysely;
    const person = (await db.selectFrom('people').select(['id', 'title']).limit(1).executeTakeFirstOrThrow());
    await peopleOfUnit.execute(db, { unitId: 'x', deleted: 0 });
    await db.transaction().execute(async (tx) => {
      const result = await setTitle.run(tx, { id: person.id, title: 'Forbereder' });
      expect(Number(result.numAffectedRows)).toBe(1);
      expect((await tx.selectFrom('people').select('title').where('id', '=', person.id).executeTakeFirstOrThrow()).title).toBe('Forbereder');
      throw new Error('rul tilbage');
    }).catch((error: unknown) => { if (!(error instanceof Error) || error.message !== 'rul tilbage') throw error; });
    expect((await db.selectFrom('people').select('title').where('id', '=', person.id).executeTakeFirstOrThrow()).title).toBe(person.title);
  });

  it('takes null as a value', async () => {
    const db = server.db.kysely;
    const signup = await db.selectFrom('signups').select(['id', 'position']).where('position', 'is not', null).executeTakeFirst();
    if (!signup) throw new Error('the demo data has no waitlisted sign-up');
    await setPosition.run(db, { id: signup.id, position: null });
    expect((await db.selectFrom('signups').select('position').where('id', '=', signup.id).executeTakeFirstOrThrow()).position).toBeNull();
    await setPosition.run(db, { id: signup.id, position: signup.position });
  });

  it('refuses a run with a value left out', async () => {
    await expect(peopleOfUnit.execute(server.db.kysely, { unitId: 'u' } as { unitId: string; deleted: number }))
      .rejects.toThrow('prepared query: no value for "deleted"');
  });
});
