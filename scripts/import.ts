// `npm run import -- <file> [--dry-run] [--json]`: imports the organisation (people, units,
// areas, leaders) from an HR file (CSV or XLSX) into the configured database (DATABASE_URL,
// else the embedded SQLite file). --dry-run lists what would change and writes nothing;
// --json prints one JSON object instead of the lists. Exit status: 0 written (or a clean
// dry run), 1 when errors stopped it (nothing written), 2 for a file it cannot read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/server/config';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { importOrganisation, type ImportResult } from '../src/server/import/run-import';
import { describeImport } from '../src/server/import/describe-import';
import { errorMessage } from '../src/shared/protocol/errors';

const USAGE = 'Brug: npm run import -- <fil> [--dry-run] [--json]\n'
  + '  <fil>      CSV (; eller ,) eller XLSX fra løn- og personalesystemet / CSV or XLSX from the HR system\n'
  + '  --dry-run  vis hvad der ville ændres, skriv intet / list what would change, write nothing\n'
  + '  --json     ét JSON-objekt på stdout / one JSON object on stdout';

const UNREADABLE = new Set(['import_unreadable_file', 'import_file_too_large']);

function exitCode(result: ImportResult): number {
  const { errors } = result.summary;
  if (errors.some((e) => e.line === 0 && UNREADABLE.has(e.code))) return 2;
  return errors.length > 0 ? 1 : 0;
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const file = args.positionals[0];
if (!file || args.positionals.length > 1) {
  console.error(USAGE);
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = fs.readFileSync(file);
} catch (error) {
  const message = `Filen kan ikke åbnes (the file cannot be opened): ${file} – ${error instanceof Error ? error.message : String(error)}`;
  if (args.values.json) console.log(JSON.stringify({ errors: [{ line: 0, code: 'import_unreadable_file', message: `${message}. ${errorMessage('import_unreadable_file')}` }], written: false }));
  else console.error(message);
  process.exit(2);
}

const db = openDb(loadConfig().databaseUrl);
try {
  await migrateToLatest(db);
  const by = { actorId: null, actor: `IT (kommandolinje, ${os.userInfo().username})`, subject: path.basename(file), device: 'command' as const };
  const result = await importOrganisation(db.kysely, bytes, { dryRun: args.values['dry-run'], by });
  console.log(args.values.json ? JSON.stringify(result.summary) : describeImport(result, args.values['dry-run']));
  process.exitCode = exitCode(result);
} finally {
  await db.close();
}
