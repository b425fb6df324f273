// A municipality's ordinary load (issue 23): 500 phones pulling every 30 s and 50 pushing
// (a competence, the profile, a sign-up or its cancellation every few seconds) for two
// minutes, on SQLite (one process) and on PostgreSQL (two workers), each with the
// 50,000-person database; pull and push latency, errors, the event loop's lag. Midway, a
// backup of the database under that load (`npm run backup`'s code), restored afterwards
// and compared with the source: every row the load did not change since the backup is in
// the copy unchanged, and the copy holds nothing newer than the backup.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { openDb, type Db } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/seed/seed';
import { createSession, SESSION_COOKIE } from '../src/server/auth/sessions';
import { encodeCursor } from '../src/server/sync/cursor';
import { currentVersion } from '../src/server/db/versions';
import { backupDatabase, restoreDatabase } from '../src/server/ops/backup';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import { now, percentile, type Figure } from './measure';
import { LeanHttpConnection } from './lean-http';
import { spawnFloodServer } from './flood-process';

const PULLERS = 500;
const PUSHERS = 50;
const PULL_EVERY_MS = 30_000;
const PUSH_EVERY_MS = 6_000;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 120);
const BACKUP_AT_MS = Math.min(40_000, (SECONDS * 1000) / 3);

/** The tables a backup must carry; those with versions are compared row by row (see compareCopy). */
const VERSIONED = ['areas', 'units', 'people', 'competences', 'person_competences', 'networks', 'memberships', 'network_tasks',
  'seminars', 'signups', 'learnings', 'core_knowledge', 'unit_plans', 'notification_settings'] as const;

interface Phone { connection: LeanHttpConnection; cookie: string; clientId: string; cursor: string; nextMutation: number; personId: string }

interface World { people: string[]; competences: string[]; seminars: string[] }

async function prepare(db: Db, people: number): Promise<World> {
  await migrateToLatest(db);
  await seedDemoData(db.kysely, { people });
  const ids = (await db.kysely.selectFrom('people').select('id').where('deleted', '=', 0).orderBy('id').limit(PULLERS + PUSHERS).execute()).map((p) => p.id);
  const competences = (await db.kysely.selectFrom('competences').select('id').where('deleted', '=', 0).limit(40).execute()).map((c) => c.id);
  const seminars = (await db.kysely.selectFrom('seminars').select('id').where('deleted', '=', 0).where('status', '=', 'scheduled')
    .where('starts_at', '>', new Date(Date.now() + 86_400_000).toISOString()).orderBy('starts_at').limit(20).execute()).map((s) => s.id);
  return { people: ids, competences, seminars };
}

/** A phone that is in sync already: its cursor at the newest version, its connection open. */
async function phoneOf(db: Db, url: string, personId: string, version: number): Promise<Phone> {
  return {
    connection: await LeanHttpConnection.open(url), cookie: `${SESSION_COOKIE}=${await createSession(db.kysely, personId)}`,
    clientId: crypto.randomUUID(), cursor: encodeCursor({ version, scratchUntil: 0 }), nextMutation: 1, personId,
  };
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

function randomMutation(world: World, phone: Phone): { name: string; args: Record<string, unknown> } {
  const roll = Math.random();
  if (roll < 0.5) return { name: 'competence.set', args: { competenceId: pick(world.competences), level: 1 + Math.floor(Math.random() * 3), canHelp: Math.random() < 0.5 } };
  if (roll < 0.7) return { name: 'profile.update', args: { bio: `Arbejder med ${pick(['demens', 'ordblindhed', 'fundraising', 'inklusion'])} (${phone.nextMutation})` } };
  return { name: Math.random() < 0.6 ? 'signup.request' : 'signup.cancel', args: { seminarId: pick(world.seminars) } };
}

interface Tally { pulls: number[]; pushes: number[]; errors: string[]; lag: number[] }

async function pullUntilDone(phone: Phone, tally: Tally): Promise<void> {
  for (let page = 0; page < 20; page++) {
    const started = now();
    const reply = await phone.connection.request('GET', `/api/sync/pull?clientId=${phone.clientId}&cursor=${encodeURIComponent(phone.cursor)}`, { cookie: phone.cookie });
    tally.pulls.push(now() - started);
    if (reply.status !== 200) {
      tally.errors.push(`pull ${reply.status}`);
      return;
    }
    const body = JSON.parse(reply.text) as { cursor: string; more: boolean };
    phone.cursor = body.cursor;
    if (!body.more) return;
  }
}

async function pushOne(world: World, phone: Phone, tally: Tally): Promise<void> {
  const mutation = randomMutation(world, phone);
  const body = JSON.stringify({ clientId: phone.clientId, mutations: [{ id: phone.nextMutation, ...mutation }] });
  const started = now();
  const reply = await phone.connection.request('POST', '/api/sync/push', { 'content-type': 'application/json', cookie: phone.cookie }, body);
  tally.pushes.push(now() - started);
  const status = reply.status === 200 ? (JSON.parse(reply.text) as { results: { status: string }[] }).results[0]?.status : undefined;
  // A refusal (a sign-up's deadline passed meanwhile) is an answer, not an error; a 5xx or 429 is.
  if (reply.status !== 200 || status === undefined) tally.errors.push(`push ${reply.status}`);
  phone.nextMutation += 1;
}

/** Runs `step` every `everyMs` from a random start within the first period, until `until`. */
async function every(everyMs: number, until: number, step: () => Promise<void>, errors: string[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, Math.random() * everyMs));
  while (performance.now() < until) {
    const began = performance.now();
    await step().catch((error: unknown) => { errors.push(error instanceof Error ? error.message : String(error)); });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - (performance.now() - began))));
  }
}

/** The event loop's p99 lag of whichever worker answers /metrics (loopback: no token needed). */
async function sampleLag(url: string, tally: Tally): Promise<void> {
  const reply = await fetch(`${url}/metrics`);
  const seconds = /^videnbro_nodejs_eventloop_lag_p99_seconds (\S+)$/m.exec(await reply.text())?.[1];
  if (seconds !== undefined) tally.lag.push(Number(seconds) * 1000);
}

/** A row's stable text: columns in name order, so both databases' rows compare. */
const rowText = (row: Record<string, unknown>) => JSON.stringify(Object.keys(row).sort().map((key) => [key, row[key] === null ? null : String(row[key])]));

async function rowsOf(db: Db, table: (typeof VERSIONED)[number]): Promise<Map<string, { version: number; text: string }>> {
  const rows = await db.kysely.selectFrom(table).selectAll().execute() as unknown as Record<string, unknown>[];
  return new Map(rows.map((row) => [String(row.id), { version: Number(row.version), text: rowText(row) }]));
}

/**
 * The restored copy against the source after the load: every source row not changed since
 * the backup (version at most the copy's newest) is in the copy, identical; the copy holds
 * no version newer than its own counter. Returns rows compared and rows that differ.
 */
async function compareCopy(source: Db, copy: Db): Promise<{ compared: number; differing: number; newer: number; checksum: boolean }> {
  const backupVersion = await currentVersion(copy.kysely);
  let compared = 0;
  let differing = 0;
  let newer = 0;
  const sourceHash = createHash('sha256');
  const copyHash = createHash('sha256');
  for (const table of VERSIONED) {
    const [fromSource, fromCopy] = await Promise.all([rowsOf(source, table), rowsOf(copy, table)]);
    for (const row of fromCopy.values()) if (row.version > backupVersion) newer += 1;
    for (const [id, row] of [...fromSource].sort(([a], [b]) => a.localeCompare(b))) {
      if (row.version > backupVersion) continue; // changed by the load after the backup
      compared += 1;
      sourceHash.update(row.text);
      const copied = fromCopy.get(id);
      copyHash.update(copied?.text ?? '');
      if (copied?.text !== row.text) differing += 1;
    }
  }
  return { compared, differing, newer, checksum: sourceHash.digest('hex') === copyHash.digest('hex') };
}

async function measure(label: string, databaseUrl: string, copyUrl: string, dir: string, people: number, workers: number): Promise<Figure[]> {
  const db = openDb(databaseUrl);
  try {
    const world = await prepare(db, people);
    const server = await spawnFloodServer(databaseUrl, { workers, quota: true });
    const tally: Tally = { pulls: [], pushes: [], errors: [], lag: [] };
    let backupSeconds = Number.NaN;
    const backupFile = path.join(dir, `${label.split(',')[0]!.toLowerCase()}.backup`);
    try {
      const version = await currentVersion(db.kysely);
      const phones = await Promise.all(world.people.map((personId) => phoneOf(db, server.url, personId, version)));
      const [pullers, pushers] = [phones.slice(0, PULLERS), phones.slice(PULLERS)];
      const until = performance.now() + SECONDS * 1000;
      const lagTimer = setInterval(() => void sampleLag(server.url, tally).catch(() => undefined), 5_000);
      const backup = (async () => {
        await new Promise((resolve) => setTimeout(resolve, BACKUP_AT_MS));
        const started = now();
        await backupDatabase(databaseUrl, backupFile);
        backupSeconds = (now() - started) / 1000;
      })();
      await Promise.all([
        ...pullers.map((phone) => every(PULL_EVERY_MS, until, () => pullUntilDone(phone, tally), tally.errors)),
        ...pushers.map((phone) => every(PUSH_EVERY_MS, until, () => pushOne(world, phone, tally), tally.errors)),
        backup,
      ]);
      clearInterval(lagTimer);
      phones.forEach((phone) => phone.connection.close());
    } finally {
      await server.stop();
    }
    await restoreDatabase(copyUrl, backupFile, true);
    const copy = openDb(copyUrl);
    let comparison;
    try {
      comparison = await compareCopy(db, copy);
    } finally {
      await copy.close();
    }
    const errors = tally.errors.length;
    return [
      { name: `${label}: ${PULLERS} phones pulling every 30 s, ${PUSHERS} pushing every ${PUSH_EVERY_MS / 1000} s, ${SECONDS} s — pull p50 (${tally.pulls.length} pulls)`, value: percentile(tally.pulls, 50), unit: 'ms' },
      { name: `${label}: pull p95`, value: percentile(tally.pulls, 95), unit: 'ms' },
      { name: `${label}: push p50 (${tally.pushes.length} pushes)`, value: percentile(tally.pushes, 50), unit: 'ms' },
      { name: `${label}: push p95`, value: percentile(tally.pushes, 95), unit: 'ms' },
      { name: `${label}: errors${errors > 0 ? ` (${[...new Set(tally.errors)].slice(0, 3).join('; ')})` : ''}`, value: errors, unit: '', goal: '0', met: errors === 0 },
      { name: `${label}: event-loop lag p99, the worst of ${tally.lag.length} samples`, value: Math.max(...tally.lag), unit: 'ms' },
      { name: `${label}: backup of the ${people}-person database under that load`, value: backupSeconds, unit: 's' },
      {
        name: `${label}: restored copy = source for the ${comparison.compared} rows unchanged since the backup (${comparison.differing} differ, ${comparison.newer} newer than the backup, checksums ${comparison.checksum ? 'equal' : 'differ'})`,
        value: comparison.differing + comparison.newer + (comparison.checksum ? 0 : 1), unit: 'differences', goal: '0',
        met: comparison.differing === 0 && comparison.newer === 0 && comparison.checksum,
      },
    ];
  } finally {
    await db.close();
  }
}

export async function loadFigures(people: number): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-load-'));
  const cluster = await startPostgresCluster();
  try {
    const sqlite = await measure('load, SQLite', `file:${path.join(dir, 'load.sqlite')}`, `file:${path.join(dir, 'copy.sqlite')}`, dir, people, 1);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database load_source');
    await admin.query('create database load_copy');
    await admin.end();
    const url = (name: string) => Object.assign(new URL(cluster.url), { pathname: `/${name}` }).toString();
    const postgres = await measure('load, PostgreSQL, 2 workers', url('load_source'), url('load_copy'), dir, people, 2);
    return [...sqlite, ...postgres];
  } finally {
    cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
