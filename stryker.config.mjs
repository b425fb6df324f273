// Mutation testing of the sync core (`npm run mutation`): how many deliberate bugs in the
// server's sync and mutators and the client's sync engine and device store the unit,
// sync and integration tests notice. A report, not a gate: `npm test` does not run it.
// `npm run mutation` runs it in two parts, each with its own report: the client's folders
// with the unit and sync tests (stryker.client.config.mjs; the integration tests never
// load client code) and the server's with all three (stryker.server.config.mjs); a part
// that finished keeps its report when the other is stopped. Both are incremental: a
// later run re-tests only mutants whose code or tests changed.
// Summary per folder afterwards: `npm run mutation:summary` (scripts/mutation-summary.ts).
// One file: `npx stryker run --mutate src/server/sync/push.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Unit, sync and integration projects; no e2e, fuzz or crash test; integration on SQLite
  // only (see that file for why).
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  mutate: [
    'src/server/sync/**/*.ts',
    'src/server/mutators/**/*.ts',
    'src/client/sync/**/*.ts',
    'src/client/store/**/*.ts',
    // Types only: nothing to mutate.
    '!src/server/mutators/context.ts',
    '!src/client/store/schema.ts',
  ],
  coverageAnalysis: 'perTest',
  // Module-level constants would need every test for every mutant: left out of the score.
  ignoreStatic: true,
  // 2 cores: two vitest workers, each one test file at a time.
  concurrency: 2,
  // Integration tests start a real server (fresh database, demo data) per file.
  // Stryker adds the dry run's overhead (server start-ups, ~25 s) to every mutant's limit.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 15,
  ignorePatterns: ['/dist', '/bench/results', '/coverage', '/data', '/.data', '/.test-tmp'],
  reporters: ['clear-text', 'html', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportTests: false },
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
