// The server half of `npm run mutation` (see stryker.config.mjs): push, pull and the
// mutators, tested by the unit, integration and sync tests.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: ['src/server/sync/**/*.ts', 'src/server/mutators/**/*.ts', '!src/server/mutators/context.ts'],
  htmlReporter: { fileName: 'reports/mutation/server.html' },
  jsonReporter: { fileName: 'reports/mutation/server.json' },
  incremental: true,
  incrementalFile: 'reports/mutation/server-incremental.json',
};
