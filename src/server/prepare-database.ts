// Before a server serves: the migrations of this release run (under the migrator's lock),
// and an empty database is seeded with the demo municipality when demo data is on. Once per
// start: by the server itself, or by the cluster's primary before its workers (cluster.ts).
import type { Db } from './db/database';
import { migrateToLatest } from './db/migrate';
import { isDatabaseEmpty, seedDemoData } from './seed/seed';

export async function prepareDatabase(db: Db, options: { demo: boolean; demoPeople?: number }, log: (line: string) => void): Promise<void> {
  await migrateToLatest(db);
  if (options.demo && (await isDatabaseEmpty(db.kysely))) {
    const summary = await seedDemoData(db.kysely, { people: options.demoPeople ?? 2000 });
    log(`[seed] Fjordby Kommune: ${summary.people} personer, ${summary.units} enheder, ${summary.competences} kompetencer`);
  }
}
