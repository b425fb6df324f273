// `npm run restore -- <file> [--force]`: the configured database restored from a backup made
// by `npm run backup`. Stop the app first. Refuses a database that has people unless
// --force, and a file that is not a Videnbro backup (src/server/ops/backup.ts).
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/server/config';
import { restoreDatabase } from '../src/server/ops/backup';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const source = positionals[0];
if (!source) {
  console.error('Brug: npm run restore -- <fil> [--force] (usage: npm run restore -- <file> [--force])');
  process.exit(1);
}
try {
  await restoreDatabase(loadConfig().databaseUrl, source, values.force);
  console.log(`Databasen er gendannet fra ${source} (the database is restored).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
