// What a change of scope costs (issue 18, part 3): on the seeded municipality (PEOPLE, 50,000
// unless told) with the 200 networks and 20,000 memberships of network-figures.ts, and a
// year of one network's activity (an event a month with sign-ups, tasks, shared learnings),
// the one incremental pull after a leave, a return, a coordinator made member and made
// coordinator again, an event moved between networks and a move between units: the queries
// it runs, the rows those return, the changes it sends and its time; beside a pull with
// nothing new and a fresh device's full pull. Run: node --import tsx bench/scope-figures.ts
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, type KyselyPlugin } from 'kysely';
import type { Database } from '../src/server/db/schema';
import { migrateToLatest } from '../src/server/db/migrate';
import { openDb } from '../src/server/db/database';
import { seedDemoData } from '../src/server/seed/seed';
import { reserveVersions } from '../src/server/db/versions';
import { movePersonToUnit } from '../src/server/db/learnings';
import { loadViewer } from '../src/server/db/viewers';
import { pullChanges } from '../src/server/sync/pull';
import { pushMutations } from '../src/server/sync/push';
import { membershipId, signupId } from '../src/shared/entities';
import { addNetworks } from './network-figures';
import { now, printFigures, type Figure } from './measure';

const people = Number(process.env.PEOPLE ?? 50_000);
const NETWORK = 'n-bench-0';
const OTHER_NETWORK = 'n-bench-1';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-scope-'));
const file = path.join(dir, 'scope.sqlite');
const setup = openDb(`file:${file}`);
await migrateToLatest(setup);
await seedDemoData(setup.kysely, { people });
await addNetworks(setup.kysely);
await setup.close();

// Every query counted with the rows it returned.
const counted = { queries: 0, rows: 0 };
const counting: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async ({ result }) => {
    counted.queries += 1;
    counted.rows += result.rows.length;
    return result;
  },
};
const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(file) }), plugins: [counting] });

const members = (await db.selectFrom('memberships').select(['person_id', 'role']).where('network_id', '=', NETWORK)
  .where('status', '=', 'active').where('deleted', '=', 0).orderBy('person_id').execute());
const coordinator = members.find((m) => m.role === 'coordinator')!.person_id;
const plain = members.filter((m) => m.role === 'member').map((m) => m.person_id);
const [leaver, demoted, ...others] = plain;

// A year of the network's activity: an event a month with 30 sign-ups each, 10 tasks, 40 learnings shared with it.
{
  const seminars = Array.from({ length: 12 }, (_, month) => `s-bench-${month}`);
  let version = await reserveVersions(db, 12 + 12 * 30 + 10 + 40);
  const at = (month: number) => new Date(Date.UTC(2026, month, 15, 9)).toISOString();
  await db.insertInto('seminars').values(seminars.map((id, month) => ({
    id, title: `Netværksmøde ${month + 1}`, description: '', kind: 'cafe' as const, starts_at: at(month), ends_at: at(month).replace('T09', 'T11'),
    location: 'Rådhuset', capacity: 40, signup_deadline: null, network_id: NETWORK, dlo: '[]', competence_ids: '[]', organizer_id: coordinator,
    status: 'scheduled' as const, checkin_code: `kode-${month}-abcdefghijkl`, confirmed_count: 30, waitlist_count: 0, waitlist_last: 0, version: version++, deleted: 0,
  }))).execute();
  for (const [month, seminarId] of seminars.entries()) {
    await db.insertInto('signups').values(others.slice(month, month + 30).map((personId) => ({
      id: signupId(seminarId, personId), seminar_id: seminarId, person_id: personId, status: 'confirmed' as const, position: null,
      checked_in_at: null, created_at: at(month), version: version++, deleted: 0,
    }))).execute();
  }
  await db.insertInto('network_tasks').values(Array.from({ length: 10 }, (_, i) => ({
    id: `t-bench-${i}`, network_id: NETWORK, title: `Opgave ${i + 1}`, description: '', due: null, status: 'open' as const,
    report: '', created_by: coordinator, report_by: null, report_at: null, version: version++, deleted: 0,
  }))).execute();
  await db.insertInto('learnings').values(Array.from({ length: 40 }, (_, i) => ({
    id: `l-bench-${i}`, author_id: others[i % others.length]!, title: `Læring ${i + 1}`, body: 'Det lærte vi i netværket.', application: '',
    source_kind: 'network' as const, seminar_id: null, competence_ids: '[]', dlo: '[]', visibility: 'network' as const,
    visibility_network_id: NETWORK, unit_id: 'u-it', conflicts: '[]', created_at: at(i % 12), updated_at: at(i % 12), version: version++, deleted: 0,
  }))).execute();
}

const clients = new Map<string, { clientId: string; cursor?: string; next: number }>();
const device = (personId: string) => {
  let found = clients.get(personId);
  if (!found) clients.set(personId, found = { clientId: crypto.randomUUID(), next: 1 });
  return found;
};
async function pull(personId: string, fromScratch = false) {
  const d = device(personId);
  const viewer = (await loadViewer(db, personId))!;
  counted.queries = 0;
  counted.rows = 0;
  const started = now();
  let changes = 0;
  let bytes = 0;
  let reset = false;
  let cursor = fromScratch ? undefined : d.cursor;
  for (;;) {
    const reply = await pullChanges(db, viewer, d.clientId, cursor, 5000);
    changes += reply.changes.length;
    bytes += JSON.stringify(reply).length;
    reset ||= reply.reset;
    cursor = reply.cursor;
    if (!reply.more) break;
  }
  const ms = now() - started;
  d.cursor = cursor;
  return { queries: counted.queries, rows: counted.rows, changes, bytes, reset, ms };
}
async function push(personId: string, name: string, args: Record<string, unknown>) {
  const d = device(personId);
  const reply = await pushMutations(db, 'sqlite', personId, { clientId: d.clientId, mutations: [{ id: d.next++, name, args }] });
  if (reply.results[0]?.status !== 'applied') throw new Error(`${name}: ${JSON.stringify(reply.results[0])}`);
}

const figures: Figure[] = [];
const report = (what: string, r: Awaited<ReturnType<typeof pull>>) => {
  figures.push({ name: `${what}: ${r.queries} queries, ${r.rows} rows returned, ${r.changes} changes, ${(r.bytes / 1024).toFixed(1)} KB${r.reset ? ', RESET' : ''}`, value: r.ms, unit: 'ms' });
};

for (const personId of [leaver!, demoted!, coordinator]) await pull(personId, true);
report(`fresh device of a member (whole municipality, ${people} people)`, await pull(leaver!, true));
report('nothing new', await pull(leaver!));
// A co-member's membership and a task changed since the leaver's last pull, then they leave.
await push(coordinator, 'network.setRole', { networkId: NETWORK, personId: others[0], role: 'coordinator' });
await push(coordinator, 'networkTask.update', { id: 't-bench-0', status: 'done', report: 'Klaret' });
await push(leaver!, 'network.leave', { networkId: NETWORK });
report(`leave a network of ${members.length} members`, await pull(leaver!));
await push(leaver!, 'network.join', { networkId: NETWORK });
report('join it again (open)', await pull(leaver!));

await push(coordinator, 'network.setRole', { networkId: NETWORK, personId: demoted, role: 'coordinator' });
report('made coordinator (12 events, 360 sign-ups)', await pull(demoted!));
await push(coordinator, 'network.setRole', { networkId: NETWORK, personId: demoted, role: 'member' });
report('made member again', await pull(demoted!));

await db.updateTable('memberships').set({ role: 'coordinator', version: await reserveVersions(db) })
  .where('id', '=', membershipId(OTHER_NETWORK, coordinator)).execute();
await pull(coordinator);
await push(coordinator, 'seminar.update', { id: 's-bench-11', networkId: OTHER_NETWORK });
report('an event (30 sign-ups) moved to another network, for its old coordinator', await pull(coordinator));

const unit = (await db.selectFrom('people').select('unit_id').where('id', '=', leaver!).executeTakeFirstOrThrow()).unit_id;
const other = (await db.selectFrom('units').select('id').where('id', '!=', unit).orderBy('id').executeTakeFirstOrThrow()).id;
const [unitSize] = await Promise.all([unit, other].map(async (u) => Number((await db.selectFrom('people')
  .select((eb) => eb.fn.countAll().as('n')).where('unit_id', '=', u).executeTakeFirstOrThrow()).n)));
await movePersonToUnit(db, leaver!, other);
report(`move between units (from one of ${unitSize} people)`, await pull(leaver!));

console.log(`Scope changes — ${people} seeded people, SQLite, ${os.cpus().length} cores, Node ${process.version}\n`);
printFigures(figures);
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
