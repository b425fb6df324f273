// One organisation import in a process of its own, so its peak memory is its own:
// `node --import tsx bench/import-child.ts <database-url> <file> [--dry-run]` prints
// {"ms": …, "peakMb": …, "summary": {…}} (peak: the process's max resident set).
import fs from 'node:fs';
import { openDb } from '../src/server/db/database';
import { importOrganisation } from '../src/server/import/run-import';

const [url, file, flag] = process.argv.slice(2);
const db = openDb(url!);
const bytes = fs.readFileSync(file!);
const started = performance.now();
const { summary } = await importOrganisation(db.kysely, bytes, { dryRun: flag === '--dry-run' });
const ms = performance.now() - started;
await db.close();
console.log(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, summary: { ...summary, errors: summary.errors.slice(0, 3) } }));
