// `npm run backup -- <file>`: a backup of the configured database (DATABASE_URL, else the
// embedded SQLite file), consistent while the app serves (src/server/ops/backup.ts).
import { loadConfig } from '../src/server/config';
import { backupDatabase } from '../src/server/ops/backup';

const target = process.argv[2];
if (!target) {
  console.error('Brug: npm run backup -- <fil> (usage: npm run backup -- <file>)');
  process.exit(1);
}
try {
  const started = performance.now();
  const bytes = await backupDatabase(loadConfig().databaseUrl, target);
  console.log(`Sikkerhedskopi skrevet til ${target}: ${(bytes / 1e6).toFixed(1)} MB på ${((performance.now() - started) / 1000).toFixed(1)} s (backup written).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
