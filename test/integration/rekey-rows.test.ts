// rekeyRows (db/rekey-rows.ts) on SQLite and PostgreSQL, with a combine rule of the test's
// own: what the merges' admin tests do not see. Which rows are written and at which
// versions, the columns a rule leaves to the survivor, a survivor's row the rule leaves
// alone (no write), a survivor's tombstone brought back, and more rows than one INSERT takes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Selectable, Transaction } from 'kysely';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import type { Database, PersonCompetenceTable } from '../../src/server/db/schema';
import { rekeyRows, type Rekeying } from '../../src/server/db/rekey-rows';
import { reserveVersions } from '../../src/server/db/versions';
import { coreKnowledgeId, personCompetenceId } from '../../src/shared/entities/ids';

type Holding = Selectable<PersonCompetenceTable>;
const NOW = '2027-03-01T12:00:00.000Z';

describe.each(DIALECTS)('re-keying rows onto a survivor on %s', (dialect) => {
  let server: TestServer;
  const db = () => server.db.kysely;
  const inTransaction = <T>(work: (tx: Transaction<Database>, versions: (count: number) => Promise<number>) => Promise<T>) =>
    db().transaction().execute((tx) => work(tx, (count) => reserveVersions(tx, count)));
  const ids = async (table: 'people' | 'units' | 'competences') =>
    (await db().selectFrom(table).select('id').where('deleted', '=', 0).orderBy('id').execute()).map((row) => row.id);

  beforeAll(async () => { server = await startServerFor(dialect); });
  afterAll(async () => { await server.close(); });

  it('combines with the survivor\'s row, leaves it alone where the rule says so, and tombstones every moved row', async () => {
    const [from, into] = (await ids('competences')).slice(-2) as [string, string];
    const [alone, both, kept, revived, gone] = (await ids('people')).slice(-5) as [string, string, string, string, string];
    const hold = (person: string, competence: string, level: Holding['level'], canHelp: number, note: string, deleted = 0) =>
      inTransaction(async (tx, versions) => {
        await tx.insertInto('person_competences').values({
          id: personCompetenceId(person, competence), person_id: person, competence_id: competence,
          level, can_help: canHelp, note, updated_at: '2026-01-01', deleted, version: await versions(1),
        }).execute();
      });
    await db().deleteFrom('person_competences').where('competence_id', 'in', [from, into]).execute();
    await hold(alone, from, 2, 1, 'alene');
    await hold(both, from, 3, 1, 'fra');
    await hold(both, into, 1, 0, 'til');
    await hold(kept, from, 3, 1, 'fra');
    await hold(kept, into, 1, 0, 'behold');
    await hold(revived, from, 2, 0, 'igen');
    await hold(revived, into, 3, 1, 'slettet', 1);
    await hold(gone, from, 1, 1, 'væk', 1);
    await hold(gone, into, 2, 0, 'bliver');
    const rekeying: Rekeying<'person_competences'> = {
      table: 'person_competences', key: 'competence_id', partner: 'person_id',
      idOf: (row) => personCompetenceId(row.person_id, row.competence_id),
      // The level and the note are the rule's; "kan hjælpe" stays the survivor's.
      combine: (survivor, moving) => (survivor.note === 'behold' ? undefined
        : { level: Math.max(survivor.level, moving.level) as Holding['level'], note: `${survivor.note}+${moving.note}` }),
      stamp: { updated_at: NOW },
    };
    const before = (await db().selectFrom('version_counter').select('value').executeTakeFirstOrThrow()).value;
    const keptVersion = (await db().selectFrom('person_competences').select('version').where('id', '=', personCompetenceId(kept, into)).executeTakeFirstOrThrow()).version;

    expect(await inTransaction((tx, versions) => rekeyRows(tx, rekeying, from, into, versions))).toBe(4);

    const rows = await db().selectFrom('person_competences').selectAll().where('competence_id', 'in', [from, into]).execute();
    const row = (person: string, competence: string) => rows.find((r) => r.id === personCompetenceId(person, competence))!;
    // Seven writes, one version each, and no other: the survivor's row the rule keeps is not written.
    expect(rows.map((r) => r.version - before).filter((version) => version > 0).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect((await db().selectFrom('version_counter').select('value').executeTakeFirstOrThrow()).value).toBe(before + 7);
    expect(row(kept, into).version).toBe(keptVersion);
    // Each moved row's tombstone takes the version after its survivor's write.
    for (const person of [alone, both, revived]) expect(row(person, from).version).toBe(row(person, into).version + 1);
    const holding = (person: string, competence: string, level: number, canHelp: number, note: string, deleted: number, updatedAt = NOW) => ({
      id: personCompetenceId(person, competence), person_id: person, competence_id: competence,
      level, can_help: canHelp, note, updated_at: updatedAt, deleted, version: expect.any(Number),
    });
    expect([alone, both, kept, revived, gone].flatMap((person) => [row(person, into), row(person, from)])).toEqual([
      holding(alone, into, 2, 1, 'alene', 0), holding(alone, from, 2, 1, 'alene', 1),
      holding(both, into, 3, 0, 'til+fra', 0), holding(both, from, 3, 1, 'fra', 1),
      holding(kept, into, 1, 0, 'behold', 0, '2026-01-01'), holding(kept, from, 3, 1, 'fra', 1),
      holding(revived, into, 2, 0, 'igen', 0), holding(revived, from, 2, 0, 'igen', 1),
      holding(gone, into, 2, 0, 'bliver', 0, '2026-01-01'), holding(gone, from, 1, 1, 'væk', 1, '2026-01-01'),
    ]);
  });

  it('moves more rows than one INSERT takes, each at its own version', async () => {
    const [from, into] = (await ids('units')).slice(-2) as [string, string];
    const competences = (await ids('competences')).slice(0, 150);
    expect(competences).toHaveLength(150);
    await db().deleteFrom('core_knowledge').where('unit_id', 'in', [from, into]).execute();
    await inTransaction(async (tx, versions) => {
      for (const [i, competence] of competences.entries()) {
        for (const unit of i % 2 === 0 ? [from, into] : [from]) {
          await tx.insertInto('core_knowledge').values({
            id: coreKnowledgeId(unit, competence), unit_id: unit, competence_id: competence,
            need_now: 1, need_in_5_years: 2, level: 2, note: '', deleted: 0, version: await versions(1),
          }).execute();
        }
      }
    });
    const rekeying: Rekeying<'core_knowledge'> = {
      table: 'core_knowledge', key: 'unit_id', partner: 'competence_id', idOf: (row) => coreKnowledgeId(row.unit_id, row.competence_id),
      combine: (survivor, moving) => ({ need_now: survivor.need_now + moving.need_now }),
    };
    const before = (await db().selectFrom('version_counter').select('value').executeTakeFirstOrThrow()).value;

    expect(await inTransaction((tx, versions) => rekeyRows(tx, rekeying, from, into, versions))).toBe(150);

    const rows = await db().selectFrom('core_knowledge').select(['unit_id', 'competence_id', 'need_now', 'need_in_5_years', 'deleted', 'version'])
      .where('unit_id', 'in', [from, into]).execute();
    expect(rows.filter((row) => row.unit_id === from).every((row) => row.deleted === 1)).toBe(true);
    const survivors = rows.filter((row) => row.unit_id === into);
    expect(survivors.filter((row) => row.deleted === 0).map((row) => [row.competence_id, row.need_now, row.need_in_5_years]).sort())
      .toEqual(competences.map((competence, i) => [competence, i % 2 === 0 ? 2 : 1, 2]).sort());
    expect(rows.map((row) => row.version - before).sort((a, b) => a - b)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });
});
