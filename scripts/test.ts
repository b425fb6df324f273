// `npm test`: make sure Chromium and PostgreSQL are there, then the type-check, the lint
// and every vitest project: unit, integration (SQLite + PostgreSQL), sync, e2e.
//
// All side by side: one vitest run with two workers (each browser file drives a server and a
// Chromium of its own; vitest starts the longest files first and fills both workers to the
// end), and the type-check and lint, which wait on nothing. Both cores stay busy to the end:
// the run is bound by the work done (most of it Chromium's), not by waiting. The type-check
// and lint are printed as one block each when they end; a last line sums up. With arguments (`npm test -- test/unit/x.test.ts`),
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

/** A command (`[program, ...args]`); its output is kept (for the counts), and shown as it comes when `live`. */
function job([program, ...args]: string[], live: boolean): Promise<Run> {
  const child = spawn(program!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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

/** TypeScript 7's compiler (package.json: typescript-native), by its path: its `tsc` and TypeScript 5.9's share one name. */
const TYPESCRIPT_7 = 'node_modules/typescript-native/lib/tsc.js';

const started = Date.now();
const jobs: [string, Promise<Run>][] = [
  // TypeScript 7 (the native compiler; typescript-native in package.json): the same check in
  // 9 s of CPU instead of 31 s. TypeScript 5.9 stays for typescript-eslint, which needs its API.
  ['type-check', quiet('type-check', [process.execPath, TYPESCRIPT_7, '--noEmit', '-p', 'tsconfig.json'])],
  ['lint', quiet('lint', ['npx', 'eslint', '.'])],
  ['tests', job(['npx', 'vitest', 'run', '--maxWorkers=2'], true)],
];
const runs = await Promise.all(jobs.map(([, run]) => run));

const total = runs.map((run) => counts(run.output)).reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }));
runs.forEach((run, i) => {
  if (run.code !== 0) console.log(`The ${jobs[i]![0]} run ended with exit code ${run.code} (see its output above).`);
});
console.log(`\nType-check, lint and all test runs in ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(runs.some((run) => run.code !== 0) ? 1 : 0);
