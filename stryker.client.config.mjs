// The client half of `npm run mutation` (see stryker.config.mjs): the sync engine and the
// device store, tested by the unit and sync tests only.
import process from 'node:process';
import base from './stryker.config.mjs';

// Read by vitest.mutation.config.ts in the test runners, which inherit this environment.
process.env.VIDENBRO_MUTATION_PROJECTS = 'unit,sync';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/client/sync/**/*.ts', 'src/client/store/**/*.ts', '!src/client/store/schema.ts'],
  htmlReporter: { fileName: 'reports/mutation/client.html' },
  jsonReporter: { fileName: 'reports/mutation/client.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/client-incremental.json',
};
