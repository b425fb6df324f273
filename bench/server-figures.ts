// Server-side figures on the seeded municipality: the full initial pull (server time
// and gzip bytes on the wire), an empty pull, and push throughput of competence.set.
import http from 'node:http';
import zlib from 'node:zlib';
import { percentile, now, type Figure } from './measure';
import { HttpClient } from '../test/support/http-client';

function rawGet(url: string, cookie: string, encoding: 'gzip' | 'br' = 'gzip'): Promise<{ bytes: number; body: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { cookie, 'accept-encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const used = response.headers['content-encoding'];
        const body = used === 'gzip' ? zlib.gunzipSync(raw) : used === 'br' ? zlib.brotliDecompressSync(raw) : raw;
        resolve({ bytes: raw.length, body: body.toString() });
      });
    }).on('error', reject);
  });
}

/** Every page of a first sync; the bytes as sent with the given encoding. */
async function fullPull(baseUrl: string, cookie: string, encoding: 'gzip' | 'br') {
  const clientId = crypto.randomUUID();
  let cursor: string | undefined;
  let bytes = 0;
  let changes = 0;
  let pages = 0;
  const started = now();
  for (;;) {
    const params = new URLSearchParams({ clientId, limit: '5000' });
    if (cursor) params.set('cursor', cursor);
    const reply = await rawGet(`${baseUrl}/api/sync/pull?${params}`, cookie, encoding);
    const json = JSON.parse(reply.body) as { cursor: string; more: boolean; changes: unknown[] };
    bytes += reply.bytes;
    changes += json.changes.length;
    pages += 1;
    cursor = json.cursor;
    if (!json.more) return { ms: now() - started, bytes, changes, pages, cursor, clientId };
  }
}

export async function serverFigures(baseUrl: string, people: number): Promise<Figure[]> {
  const client = new HttpClient(baseUrl);
  await client.signInDemo('anna@fjordby.example');
  // Full initial pull, page by page as the app does it (5,000 changes a page).
  const gzipPull = await fullPull(baseUrl, client.cookieHeader, 'gzip');
  const brPull = await fullPull(baseUrl, client.cookieHeader, 'br');
  const { cursor, clientId, bytes, changes, pages } = gzipPull;

  // A pull with nothing new.
  const emptyTimes: number[] = [];
  let emptyBytes = 0;
  for (let i = 0; i < 50; i++) {
    const t = now();
    const reply = await rawGet(`${baseUrl}/api/sync/pull?clientId=${clientId}&cursor=${cursor}`, client.cookieHeader);
    emptyTimes.push(now() - t);
    emptyBytes = reply.bytes;
  }

  // Push throughput: 20 pushes of 500 competence.set each.
  const competences = ['demens', 'ordblindhed', 'fundraising', 'palliation', 'diabetes', 'motorik', 'klarsprog', 'autisme'];
  const pushClient = crypto.randomUUID();
  let id = 0;
  const pushStarted = now();
  for (let batch = 0; batch < 20; batch++) {
    const mutations = Array.from({ length: 500 }, () => {
      id += 1;
      return { id, name: 'competence.set', args: { competenceId: competences[id % competences.length], level: (id % 3) + 1, canHelp: id % 2 === 0 } };
    });
    const reply = await client.request('POST', '/api/sync/push', { clientId: pushClient, mutations });
    if (reply.status !== 200) throw new Error(`push failed: ${reply.status} ${reply.text}`);
  }
  const pushSeconds = (now() - pushStarted) / 1000;
  const perPerson = bytes / people;
  return [
    { name: 'full initial pull: time, gzip (all pages, loopback)', value: gzipPull.ms, unit: 'ms' },
    { name: 'full initial pull: time, Brotli (all pages, loopback)', value: brPull.ms, unit: 'ms' },
    { name: 'full initial pull: pages / changes', value: pages, unit: `pages, ${changes} changes` },
    { name: 'full initial pull: gzip bytes on the wire', value: bytes, unit: 'bytes' },
    { name: 'full initial pull: bytes per person (gzip)', value: perPerson, unit: 'B/person', goal: '≤ 100', met: perPerson <= 100 },
    { name: 'full initial pull: bytes per person (Brotli, what browsers get)', value: brPull.bytes / people, unit: 'B/person', goal: '≤ 100', met: brPull.bytes / people <= 100 },
    { name: 'pull with nothing new: size (gzip)', value: emptyBytes, unit: 'bytes', goal: '≤ 1024', met: emptyBytes <= 1024 },
    { name: 'pull with nothing new: time p50', value: percentile(emptyTimes, 50), unit: 'ms', goal: '≤ 10', met: percentile(emptyTimes, 50) <= 10 },
    { name: 'pull with nothing new: time p95', value: percentile(emptyTimes, 95), unit: 'ms' },
    { name: 'push throughput of competence.set', value: id / pushSeconds, unit: 'mutations/s', goal: '≥ 2000', met: id / pushSeconds >= 2000 },
  ];
}
