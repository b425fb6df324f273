// The vitest set-up of the mutation run (`npm run mutation`, stryker.config.mjs): the
// projects of vite.config.ts without e2e (a browser per mutant would take days).
// The integration suites run on SQLite only unless VIDENBRO_TEST_DIALECTS says otherwise
// (test/support/dialects.ts); without PostgreSQL, no cluster is started for them either.
// Left out as well, for every mutant would pay for them and their verdict is not a fixed one:
// - fuzz-sync and scope-property: random inputs (a new seed each run) and 20–25 s a run;
// - crash: its server runs in a child process, where no mutant is ever active.
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import base from './vite.config.ts';

// The client half of the run sets unit,sync (stryker.client.config.mjs).
const MUTATION_PROJECTS = (process.env.VIDENBRO_MUTATION_PROJECTS ?? 'unit,integration,sync').split(',').map((name) => name.trim());
const LEFT_OUT = ['test/integration/fuzz-sync.test.ts', 'test/integration/scope-property.test.ts', 'test/sync/crash.test.ts'];
const dialects = process.env.VIDENBRO_TEST_DIALECTS ?? 'sqlite';
const withPostgres = dialects.split(',').map((part) => part.trim()).includes('postgres');

type ProjectEntry = NonNullable<NonNullable<typeof base.test>['projects']>[number];
type InlineProject = Extract<ProjectEntry, { test?: unknown }>;

const isInline = (entry: ProjectEntry): entry is InlineProject => typeof entry === 'object' && entry !== null && 'test' in entry;
const nameOf = (project: InlineProject): string | undefined => {
  const name = project.test?.name;
  return typeof name === 'string' ? name : name?.label;
};

const projects = (base.test?.projects ?? []).filter(isInline)
  .filter((project) => MUTATION_PROJECTS.includes(nameOf(project) ?? ''))
  .map((project) => ({
    ...project,
    test: {
      ...project.test,
      exclude: [...(project.test?.exclude ?? configDefaults.exclude), ...LEFT_OUT],
      env: { ...project.test?.env, VIDENBRO_TEST_DIALECTS: dialects },
      ...(nameOf(project) === 'integration' && !withPostgres && { globalSetup: [] }),
    },
  }));

if (projects.length !== MUTATION_PROJECTS.length) {
  throw new Error(`vitest.mutation.config.ts: expected the projects ${MUTATION_PROJECTS.join(', ')} in vite.config.ts`);
}

export default defineConfig({ ...base, test: { ...base.test, projects } });
