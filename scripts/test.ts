// `npm test` (after the type-check): make sure Chromium and PostgreSQL are there,
// then run every vitest project: unit, integration (SQLite + PostgreSQL), sync, e2e.
import { spawnSync } from 'node:child_process';
import { ensureChromium, ensurePostgres } from '../test/support/system-deps';

try {
  ensureChromium();
  ensurePostgres();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
