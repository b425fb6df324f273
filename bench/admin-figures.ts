// Issue 20, part 7: what an admin's change costs every phone, at the seeded municipality's
// size (PEOPLE, 50,000 unless told). A colleague's phone that has pulled everything pulls
// again after (1) a unit renamed, (2) a competence renamed, (3) a duplicate competence held
// by about 500 people merged into another, (4) a unit of its own size merged into another:
// the changes, the bytes (JSON and gzip, as the wire carries them), whether it was a reset,
// and the server's time for the pull and for the admin's push. Goals: under 20 KB after a
// rename, under 100 KB after the merge of 500 holders, never a reset.
import zlib from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema';
import { loadViewer } from '../src/server/db/viewers';
import { pullChanges } from '../src/server/sync/pull';
import { pushMutations } from '../src/server/sync/push';
import { now, type Figure } from './measure';

interface Pulled { changes: number; bytes: number; gzip: number; reset: boolean; ms: number }

export async function adminFigures(db: Kysely<Database>): Promise<Figure[]> {
  const admin = (await db.selectFrom('people').select('id').where('email', '=', 'admin@fjordby.example').executeTakeFirstOrThrow()).id;
  const phone = { personId: 'p-anna', clientId: crypto.randomUUID(), cursor: undefined as string | undefined };
  const adminClient = { clientId: crypto.randomUUID(), next: 1 };

  async function pull(): Promise<Pulled> {
    const viewer = (await loadViewer(db, phone.personId))!;
    const started = now();
    const result: Pulled = { changes: 0, bytes: 0, gzip: 0, reset: false, ms: 0 };
    for (;;) {
      const reply = await pullChanges(db, viewer, phone.clientId, phone.cursor, 5000);
      const text = JSON.stringify(reply);
      result.changes += reply.changes.length;
      result.bytes += text.length;
      result.gzip += zlib.gzipSync(text).length;
      result.reset ||= reply.reset;
      phone.cursor = reply.cursor;
      if (!reply.more) break;
    }
    result.ms = now() - started;
    return result;
  }

  async function push(name: string, args: Record<string, unknown>): Promise<number> {
    const started = now();
    const reply = await pushMutations(db, 'sqlite', admin, { clientId: adminClient.clientId, mutations: [{ id: adminClient.next++, name, args }] });
    if (reply.results[0]?.status !== 'applied') throw new Error(`${name}: ${JSON.stringify(reply.results[0])}`);
    return now() - started;
  }

  const figures: Figure[] = [];
  const report = (what: string, pushMs: number, r: Pulled, goalKb?: number) => {
    const kb = r.gzip / 1024;
    figures.push({ name: `${what}: admin's push`, value: pushMs, unit: 'ms' });
    figures.push({
      name: `${what}: a colleague's next pull (${r.changes} changes, ${(r.bytes / 1024).toFixed(1)} KB JSON, server ${r.ms.toFixed(0)} ms${r.reset ? ', RESET' : ''})`,
      value: Number(kb.toFixed(1)), unit: 'KB gzip',
      // The goal counts what the wire carries (the server compresses every pull); the JSON size is in the name.
      ...(goalKb !== undefined && { goal: `< ${goalKb} KB, no reset`, met: kb < goalKb && !r.reset }),
    });
  };

  await pull();
  const unit = await db.selectFrom('units').select(['id', 'name', 'area_id']).where('deleted', '=', 0).orderBy('id').executeTakeFirstOrThrow();
  const renameUnit = await push('admin.saveUnit', { id: unit.id, name: `${unit.name} (nyt navn)`, areaId: unit.area_id });
  report('unit renamed', renameUnit, await pull(), 20);

  // The competence whose holders come nearest 500 (at least 500), merged into the most held one.
  const held = await db.selectFrom('person_competences').select(['competence_id', db.fn.countAll<number>().as('holders')])
    .where('deleted', '=', 0).groupBy('competence_id').execute();
  const byHolders = held.map((h) => ({ id: h.competence_id, holders: Number(h.holders) })).sort((a, b) => a.holders - b.holders);
  const duplicate = byHolders.find((h) => h.holders >= 500) ?? byHolders.at(-2)!;
  const survivor = byHolders.at(-1)!;
  const competence = await db.selectFrom('competences').selectAll().where('id', '=', survivor.id).executeTakeFirstOrThrow();
  const renameCompetence = await push('admin.saveCompetence', {
    id: competence.id, name: `${competence.name} (nyt navn)`, category: competence.category, description: competence.description,
    synonyms: JSON.parse(competence.synonyms) as string[], retired: false,
  });
  report('competence renamed', renameCompetence, await pull(), 20);
  const merge = await push('admin.mergeCompetences', { fromId: duplicate.id, intoId: survivor.id });
  report(`competence held by ${duplicate.holders} merged into one held by ${survivor.holders}`, merge, await pull(), 100);

  // Two units of the municipality's usual size: people, needs and learnings move.
  const sizes = await db.selectFrom('people').select(['unit_id', db.fn.countAll<number>().as('n')]).where('deleted', '=', 0).groupBy('unit_id').orderBy('unit_id').execute();
  const [from, into] = sizes.filter((s) => s.unit_id !== unit.id);
  const mergeUnits = await push('admin.mergeUnits', { fromId: from!.unit_id, intoId: into!.unit_id });
  report(`unit of ${Number(from!.n)} people merged into one of ${Number(into!.n)}`, mergeUnits, await pull());
  return figures;
}
