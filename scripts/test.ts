// `npm test`: make sure Chromium and PostgreSQL are there, then the type-check, the lint
// and every vitest project: unit, integration (SQLite + PostgreSQL), sync, e2e.
//
// All side by side: the browser files (one at a time: each drives Chromium and a server of
// its own), the rest (one worker), and the type-check and lint, which wait on nothing
// and would otherwise hold up the tests for half a minute. In one vitest run, vitest would
// finish the parallel projects before it starts the browser files, and the two cores would
// idle through most of the browser run. Every job but the browser run is printed as one
// block when it ends; a last line sums up. With arguments (`npm test -- test/unit/x.test.ts`),
// one plain vitest run takes them as they are (no type-check or lint).
import { spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { ensureChromium, ensurePostgres } from '../test/support/system-deps';

try {
  ensureChromium();
  ensurePostgres();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

const extra = process.argv.slice(2);
if (extra.length > 0) {
  const result = spawnSync('npx', ['vitest', 'run', ...extra], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

interface Run { code: number; output: string }

/** A command; its output is kept (for the counts), and shown as it comes when `live`. */
function job(command: string[], live: boolean): Promise<Run> {
  const child = spawn('npx', command, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    output += chunk.toString();
    if (live) to.write(chunk);
  };
  child.stdout.on('data', keep(process.stdout));
  child.stderr.on('data', keep(process.stderr));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code: code ?? 1, output })));
}

/** "Tests  12 passed | 1 failed (13)" → the counts, from a vitest summary. */
function counts(output: string): { passed: number; failed: number } {
  const line = stripVTControlCharacters(output).split('\n').find((l) => /^\s*Tests\s/.test(l)) ?? '';
  const count = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed') };
}

/** A job whose output comes as one block, under its name, when it ends. */
function quiet(name: string, command: string[]): Promise<Run> {
  return job(command, false).then((run) => {
    process.stdout.write(`\n──── ${name} ────\n${run.output}\n`);
    return run;
  });
}

const started = Date.now();
const jobs: [string, Promise<Run>][] = [
  ['type-check', quiet('type-check', ['tsc', '--noEmit', '-p', 'tsconfig.json'])],
  ['lint', quiet('lint', ['eslint', '.'])],
  ['unit, integration, sync', quiet('unit, integration, sync', ['vitest', 'run', '--project', 'unit', '--project', 'integration', '--project', 'sync', '--maxWorkers=1'])],
  ['e2e', job(['vitest', 'run', '--project', 'e2e'], true)],
];
const runs = await Promise.all(jobs.map(([, run]) => run));

const total = runs.map((run) => counts(run.output)).reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }));
runs.forEach((run, i) => {
  if (run.code !== 0) console.log(`The ${jobs[i]![0]} run ended with exit code ${run.code} (see its output above).`);
});
console.log(`\nType-check, lint and all test runs in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(runs.some((run) => run.code !== 0) ? 1 : 0);
