// `npm run bench`: the figures of the issues, measured on this machine with 50,000
// seeded people on SQLite. PEOPLE=… changes the size; PARTS=server,browser,typing,qrflow,search,auth,seminars,networks,units,lighthouse,learnings,learning-ui,mainthread,import,admin,privacy,workaccount,push,load,pulse
// runs some parts only. Each part prints as it finishes; all go to bench/results/latest.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/seed/seed';
import { startServer } from '../src/server/server';
import { buildIfNeeded } from '../scripts/build-if-needed';
import { ensureChromium } from '../test/support/system-deps';
import { now, printFigures, type Figure } from './measure';
import { serverFigures } from './server-figures';
import { browserFigures } from './browser-figures';
import { searchFigures } from './search-figures';
import { typingFigure } from './typing-figure';
import { qrFlowFigure } from './qr-flow-figure';
import { directoryData } from './directory-data';
import { authFigures } from './auth-figures';
import { seminarFigures } from './seminar-figures';
import { addNetworks, networkFigures } from './network-figures';
import { addUnitCoreKnowledge, unitFigures, type BenchUnit } from './unit-figures';
import { lighthouseFigures } from './lighthouse-figures';
import { demoFirstSyncMainThreadFigures, firstSyncMainThreadFigures } from './main-thread-figures';
import { learningFigures } from './learning-figures';
import { draftKeystrokeFigures, learningSearchFigures } from './learning-ui-figures';
import { importFigures } from './import-figures';
import { adminFigures } from './admin-figures';
import { privacyFigures } from './privacy-figures';
import { workAccountFigure } from './work-account-figure';
import { pushFigures } from './push-figures';
import { loadFigures } from './load-figures';
import { pulseFigures } from './pulse-figures';
import { closeSharedChromium } from '../test/support/browser';

const people = Number(process.env.PEOPLE ?? 50_000);
const parts = new Set((process.env.PARTS ?? 'server,browser,typing,qrflow,search,auth,seminars,networks,units,lighthouse,learnings,learning-ui,mainthread,import,admin,privacy,workaccount,push,load,pulse').split(','));
const chromium = ensureChromium();
await buildIfNeeded();
console.log(`Videnbro bench — ${people} people, SQLite, ${os.cpus().length} cores, Node ${process.version}\n`);

const figures: Figure[] = [];
const report = (group: Figure[]) => {
  printFigures(group);
  figures.push(...group);
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-'));
const databaseUrl = `file:${path.join(dir, 'bench.sqlite')}`;
try {
  const db = openDb(databaseUrl);
  await migrateToLatest(db);
  const seedStarted = now();
  const summary = await seedDemoData(db.kysely, { people });
  report([{ name: `seed ${summary.people} people, ${summary.personCompetences} person-competences`, value: now() - seedStarted, unit: 'ms' }]);
  // The directory exactly as a device receives it: pulled values.
  const directory = parts.has('search') ? await directoryData(db, 'p-anna') : null;
  // 200 networks and 20,000 memberships, as the networks issue sizes them.
  if (parts.has('networks')) await addNetworks(db.kysely);
  // A 40-person unit with 30 core competences (issue 11).
  const benchUnit: BenchUnit | null = parts.has('units') ? await addUnitCoreKnowledge(db.kysely) : null;
  await db.close();

  // No sync quota here: these figures measure the server's capacity (one session pushes
  // 10,000 mutations at once); the quota's own figures are in auth-figures.ts.
  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl, demo: true, staticDir: path.resolve('dist'), mailFile: null, log: () => undefined,
    syncQuota: null,
  });
  try {
    if (parts.has('server')) report(await serverFigures(server.url, summary.people));
    if (parts.has('browser')) report(await browserFigures(server.url));
    if (parts.has('mainthread')) report(await firstSyncMainThreadFigures(server.url, `${summary.people} people`));
    if (parts.has('typing')) report(await typingFigure(server.url));
    if (parts.has('qrflow')) report(await qrFlowFigure(server.url));
    if (parts.has('networks')) report(await networkFigures(server.url, server.db.kysely, summary.people));
    if (benchUnit) report(await unitFigures(server.url, server.db, benchUnit));
    // Adds 100,000 learnings and removes them again when done.
    if (parts.has('learnings')) report(await learningFigures(server.url, server.db.kysely, summary.people));
    // The learning log on the device: a draft kept as it is typed (Chromium).
    if (parts.has('learning-ui')) report(await draftKeystrokeFigures(server.url));
    if (parts.has('privacy')) report(await privacyFigures(server.db.kysely));
    // A pulse check for everyone with 30,000 answers, removed again when done.
    if (parts.has('pulse')) report(await pulseFigures(server.url, server.db));
    // Last on this server: it renames and merges units and competences.
    if (parts.has('admin')) report(await adminFigures(server.db.kysely));
  } finally {
    await server.close();
  }
  // Its own servers (a moved clock, quota on and off), after the main one has stopped.
  if (parts.has('auth')) report(await authFigures(databaseUrl));
  // Their own servers and databases (SQLite and a throwaway PostgreSQL cluster).
  if (parts.has('seminars')) report(await seminarFigures());
  // Its own databases (SQLite and PostgreSQL), each seeded with the same number of people.
  if (parts.has('import')) report(await importFigures(people));
  // The demo municipality as `npm start` serves it, on its own server.
  if (parts.has('lighthouse')) report(await lighthouseFigures(chromium));
  // The work-account sign-in against a real OpenID provider, on its own server.
  if (parts.has('workaccount')) report(await workAccountFigure());
  // Messages outside the app, to a push service on this machine, on their own server.
  if (parts.has('push')) report(await pushFigures());
  // An ordinary day's load on both databases, with a backup taken under it (their own servers).
  if (parts.has('load')) report(await loadFigures(people));
  if (parts.has('mainthread')) report(await demoFirstSyncMainThreadFigures());
  // Searching 100,000 generated learnings (Node), with no server running.
  if (parts.has('learning-ui')) report(learningSearchFigures());
  // Last, with nothing else running: Fuse.js takes minutes at this size.
  if (directory) report(searchFigures(directory));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/latest.json', JSON.stringify({ at: new Date().toISOString(), people, figures }, null, 2));
// The browser parts share one Chromium (test/support/browser.ts), kept for the next part:
// left open, it kept the bench alive after its last figure.
await closeSharedChromium();
