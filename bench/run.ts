// `npm run bench`: the figures of the issues, measured on this machine with 50,000
// seeded people on SQLite. PEOPLE=… changes the size. Results also go to bench/results/.
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
import { directoryData } from './directory-data';

const people = Number(process.env.PEOPLE ?? 50_000);
ensureChromium();
await buildIfNeeded();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-'));
const databaseUrl = `file:${path.join(dir, 'bench.sqlite')}`;
const figures: Figure[] = [];
try {
  const db = openDb(databaseUrl);
  await migrateToLatest(db);
  const seedStarted = now();
  const summary = await seedDemoData(db.kysely, { people });
  figures.push({ name: `seed ${summary.people} people, ${summary.personCompetences} person-competences`, value: now() - seedStarted, unit: 'ms' });
  // The directory exactly as a device receives it: pulled values.
  figures.push(...searchFigures(await directoryData(db, 'p-anna')));
  await db.close();

  const server = await startServer({
    port: 0, host: '127.0.0.1', databaseUrl, demo: true, staticDir: path.resolve('dist'), mailFile: null, log: () => undefined,
  });
  try {
    figures.push(...(await serverFigures(server.url, summary.people)));
    figures.push(...(await browserFigures(server.url)));
    figures.push(...(await typingFigure(server.url)));
  } finally {
    await server.close();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`\nVidenbro bench — ${people} people, SQLite, ${os.cpus().length} cores, Node ${process.version}\n`);
printFigures(figures);
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/latest.json', JSON.stringify({ at: new Date().toISOString(), people, figures }, null, 2));
