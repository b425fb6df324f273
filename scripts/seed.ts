// `npm run seed -- [--people N] [--seed S] [--fresh]`: fills the configured database with
// the demo municipality Fjordby Kommune. Refuses to touch a database that already has
// people, so real data is never mixed with demo data by accident.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { isPostgresUrl, loadConfig } from '../src/server/config';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { isDatabaseEmpty, seedDemoData } from '../src/server/seed/seed';

const USAGE = 'Brug: npm run seed -- [--people N] [--seed S] [--fresh]\n'
  + '  --people N  antal personer (standard 2000) / number of people (default 2000)\n'
  + '  --seed S    startværdi for tilfældighed (standard 1) / random seed (default 1)\n'
  + '  --fresh     slet SQLite-filen først / delete the SQLite file first';

function integerArg(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new Error(`--${name} skal være et heltal på mindst ${min} (must be an integer of at least ${min}): ${value}`);
  }
  return n;
}

/** The same path rule as openDb: `file:` prefix optional, ':memory:' has no file. */
function sqliteFile(url: string): string | null {
  const file = url.replace(/^file:/, '');
  return file === ':memory:' ? null : file;
}

interface Options { people: number; seed: number; fresh: boolean }

/** The options, or what to exit with after printing help or why they are wrong. */
function readOptions(): Options | { exit: number } {
  try {
    const { values } = parseArgs({
      options: {
        people: { type: 'string' },
        seed: { type: 'string' },
        fresh: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return { exit: 0 };
    }
    return {
      people: integerArg(values.people, 2000, 'people', 1),
      seed: integerArg(values.seed, 1, 'seed', 0),
      fresh: values.fresh ?? false,
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return { exit: 1 };
  }
}

async function main(): Promise<number> {
  const options = readOptions();
  if ('exit' in options) return options.exit;
  const { people, seed } = options;
  const { databaseUrl } = loadConfig();
  const postgres = isPostgresUrl(databaseUrl);

  if (options.fresh && !postgres) {
    const file = sqliteFile(databaseUrl);
    if (file) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }

  const started = performance.now();
  const db = openDb(databaseUrl);
  try {
    await migrateToLatest(db);
    if (!(await isDatabaseEmpty(db.kysely))) {
      console.error(postgres
        ? 'Databasen indeholder allerede personer. --fresh sletter kun SQLite-filer; tøm PostgreSQL-databasen selv først.\n'
          + '(The database already has people. --fresh only deletes SQLite files; empty the PostgreSQL database yourself.)'
        : 'Databasen indeholder allerede personer. Brug --fresh for at slette den og starte forfra.\n'
          + '(The database already has people. Use --fresh to delete it and start over.)');
      return 1;
    }
    const summary = await seedDemoData(db.kysely, { people, seed });
    const seconds = (performance.now() - started) / 1000;
    const n = (value: number) => value.toLocaleString('da-DK');
    console.log(`Fjordby Kommune er klar i ${db.dialect} (${postgres ? 'PostgreSQL' : databaseUrl}):`);
    console.log(`  ${n(summary.people)} personer, ${n(summary.personCompetences)} kompetenceregistreringer, `
      + `${n(summary.competences)} kompetencer, ${n(summary.units)} enheder`);
    console.log(`  Tid: ${seconds.toLocaleString('da-DK', { maximumFractionDigits: 1 })} s`);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`Seeding fejlede (seeding failed): ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
