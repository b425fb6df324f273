// Networks at municipal scale (issue "Networks"): 200 networks with 20,000 memberships on
// the seeded municipality; the pull after a join and after a leave (bytes on the wire,
// server time) must be small — the rows of one network, never a resync.
import http from 'node:http';
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema';
import { reserveVersions } from '../src/server/db/versions';
import { membershipId } from '../src/shared/entities';
import { createSession, SESSION_COOKIE } from '../src/server/auth/sessions';
import { now, type Figure } from './measure';

const NETWORKS = 200;
const MEMBERSHIPS = 20_000;

/** Adds networks and memberships (seeded demo has a handful) until there are 200 and 20,000. */
export async function addNetworks(db: Kysely<Database>): Promise<void> {
  const existingNetworks = (await db.selectFrom('networks').select('id').execute()).length;
  const existingMemberships = (await db.selectFrom('memberships').select('id').execute()).length;
  const people = (await db.selectFrom('people').select('id').where('deleted', '=', 0).orderBy('id').execute()).map((p) => p.id);
  const networks = Array.from({ length: NETWORKS - existingNetworks }, (_, i) => `n-bench-${i}`);
  const perNetwork = Math.ceil((MEMBERSHIPS - existingMemberships) / networks.length);
  await db.transaction().execute(async (tx) => {
    let version = await reserveVersions(tx, networks.length * (perNetwork + 1));
    for (const [n, id] of networks.entries()) {
      await tx.insertInto('networks').values({
        id, name: `Fagligt netværk ${n + 1}`, description: 'Et netværk til målingerne', kind: 'professional',
        join_policy: 'open', created_by: people[0]!, deleted: 0, version: version++,
      }).execute();
      const rows = Array.from({ length: perNetwork }, (_, k) => {
        const personId = people[(n * 7919 + k * 104_729) % people.length]!;
        return { id: membershipId(id, personId), network_id: id, person_id: personId, status: 'active' as const, role: k === 0 ? 'coordinator' as const : 'member' as const, deleted: 0, version: version++ };
      });
      const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
      for (let i = 0; i < unique.length; i += 500) await tx.insertInto('memberships').values(unique.slice(i, i + 500)).execute();
    }
  });
}

function get(url: string, cookie: string): Promise<{ bytes: number; json: { cursor: string; more: boolean; reset: boolean; changes: unknown[] } }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { cookie, 'accept-encoding': 'gzip' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', async () => {
        const raw = Buffer.concat(chunks);
        const { gunzipSync } = await import('node:zlib');
        const body = response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ bytes: raw.length, json: JSON.parse(body.toString()) });
      });
    }).on('error', reject);
  });
}

async function pullToEnd(baseUrl: string, cookie: string, clientId: string, cursor?: string) {
  let bytes = 0;
  let ms = 0;
  let changes = 0;
  let reset = false;
  for (;;) {
    const params = new URLSearchParams({ clientId, limit: '5000' });
    if (cursor) params.set('cursor', cursor);
    const started = now();
    const reply = await get(`${baseUrl}/api/sync/pull?${params}`, cookie);
    ms += now() - started;
    bytes += reply.bytes;
    changes += reply.json.changes.length;
    reset ||= reply.json.reset;
    cursor = reply.json.cursor;
    if (!reply.json.more) return { bytes, ms, changes, reset, cursor };
  }
}

export async function networkFigures(baseUrl: string, db: Kysely<Database>, people: number): Promise<Figure[]> {
  const network = 'n-bench-0';
  const members = new Set((await db.selectFrom('memberships').select('person_id').where('network_id', '=', network).execute()).map((m) => m.person_id));
  const person = (await db.selectFrom('people').select('id').where('deleted', '=', 0).orderBy('id', 'desc').execute()).find((p) => !members.has(p.id))!.id;
  const cookie = `${SESSION_COOKIE}=${await createSession(db, person)}`;
  const clientId = crypto.randomUUID();
  const initial = await pullToEnd(baseUrl, cookie, clientId);
  const push = async (id: number, name: string) => {
    const response = await fetch(`${baseUrl}/api/sync/push`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ clientId, mutations: [{ id, name, args: { networkId: network } }] }),
    });
    if (response.status !== 200) throw new Error(`push ${name}: ${response.status}`);
  };
  await push(1, 'network.join');
  const afterJoin = await pullToEnd(baseUrl, cookie, clientId, initial.cursor);
  await push(2, 'network.leave');
  const afterLeave = await pullToEnd(baseUrl, cookie, clientId, afterJoin.cursor);
  const memberships = (await db.selectFrom('memberships').select('id').where('deleted', '=', 0).execute()).length;
  return [
    { name: `initial pull of one person with ${NETWORKS} networks, ${memberships} memberships (gzip)`, value: initial.bytes / people, unit: 'B/person', goal: '≤ 100', met: initial.bytes / people <= 100 },
    { name: `pull after joining a network of ${members.size} (${afterJoin.changes} changes, reset: ${afterJoin.reset})`, value: afterJoin.bytes / 1024, unit: 'KB', goal: '< 50', met: afterJoin.bytes < 50 * 1024 && !afterJoin.reset },
    { name: 'pull after joining: server time', value: afterJoin.ms, unit: 'ms', goal: '< 100', met: afterJoin.ms < 100 },
    { name: `pull after leaving (${afterLeave.changes} changes, reset: ${afterLeave.reset})`, value: afterLeave.bytes / 1024, unit: 'KB', goal: '< 50', met: afterLeave.bytes < 50 * 1024 && !afterLeave.reset },
    { name: 'pull after leaving: server time', value: afterLeave.ms, unit: 'ms', goal: '< 100', met: afterLeave.ms < 100 },
  ];
}
