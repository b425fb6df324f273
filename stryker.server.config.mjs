// The server half of `npm run mutation` (see stryker.config.mjs): push, pull, the
// mutators, the rules they share and the SQL under them (the visibility rules above all),
// tested by the unit, integration and sync tests. Left out: files of types only
// (mutators/context.ts, db/schema.ts) and plumbing that opens the database and lists the
// migrations (db/database.ts, db/migrate.ts).
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [
    'src/server/sync/**/*.ts',
    'src/server/mutators/**/*.ts',
    '!src/server/mutators/context.ts',
    'src/server/rules/**/*.ts',
    'src/server/db/**/*.ts',
    '!src/server/db/schema.ts',
    '!src/server/db/database.ts',
    '!src/server/db/migrate.ts',
  ],
  htmlReporter: { fileName: 'reports/mutation/server.html' },
  jsonReporter: { fileName: 'reports/mutation/server.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/server-incremental.json',
};
