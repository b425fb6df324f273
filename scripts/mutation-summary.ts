// `npm run mutation:summary [-- --survivors] [report.json …]`: the mutation score of the last
// `npm run mutation`, overall and per folder, from Stryker's JSON report; with
// --survivors, every mutant no test noticed, by file and line.
// Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage);
// ignored mutants and those that did not compile or crashed the run are left out.
import fs from 'node:fs';
import path from 'node:path';

interface ReportMutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
  location: { start: { line: number; column: number } };
}
interface Report { files: Record<string, { mutants: ReportMutant[] }> }

const args = process.argv.slice(2);
const showSurvivors = args.includes('--survivors');
// The two halves of `npm run mutation` (or a whole run's report), whichever exist.
const DEFAULT_REPORTS = ['reports/mutation/client.json', 'reports/mutation/server.json', 'reports/mutation/mutation.json'];
const named = args.filter((arg) => !arg.startsWith('--'));
const files = named.length > 0 ? named : DEFAULT_REPORTS.filter((file) => fs.existsSync(file));
const missing = files.filter((file) => !fs.existsSync(file));
if (files.length === 0 || missing.length > 0) {
  console.error(`No report at ${missing.join(', ') || DEFAULT_REPORTS.join(', ')}: run \`npm run mutation\` first.`);
  process.exit(1);
}
console.log(`Reports: ${files.join(', ')}`);
const reports = files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Report);

interface Tally { killed: number; timeout: number; survived: number; noCoverage: number; ignored: number; errors: number }
const empty = (): Tally => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 });

function add(tally: Tally, mutant: ReportMutant): void {
  switch (mutant.status) {
    case 'Killed': tally.killed += 1; break;
    case 'Timeout': tally.timeout += 1; break;
    case 'Survived': tally.survived += 1; break;
    case 'NoCoverage': tally.noCoverage += 1; break;
    case 'Ignored': tally.ignored += 1; break;
    default: tally.errors += 1;
  }
}

const score = (t: Tally): string => {
  const valid = t.killed + t.timeout + t.survived + t.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * (t.killed + t.timeout)) / valid).toFixed(2)} %`;
};

const relative = (name: string) => path.relative(process.cwd(), path.resolve(name)).split(path.sep).join('/');
const folderOf = (name: string) => relative(name).split('/').slice(0, 3).join('/');

const total = empty();
const folders = new Map<string, Tally>();
const survivors = new Map<string, ReportMutant[]>();
for (const [name, { mutants }] of reports.flatMap((report) => Object.entries(report.files))) {
  const folder = folders.get(folderOf(name)) ?? empty();
  folders.set(folderOf(name), folder);
  for (const mutant of mutants) {
    add(total, mutant);
    add(folder, mutant);
    if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') {
      survivors.set(relative(name), [...(survivors.get(relative(name)) ?? []), mutant]);
    }
  }
}

const rows = [...[...folders].sort(([a], [b]) => a.localeCompare(b)), ['all', total] as const];
const width = Math.max(...rows.map(([name]) => name.length));
console.log(`${'folder'.padEnd(width)}  score     killed timeout survived no-cov ignored errors`);
for (const [name, t] of rows) {
  console.log(`${name.padEnd(width)}  ${score(t).padStart(8)}  ${[t.killed, t.timeout, t.survived, t.noCoverage, t.ignored, t.errors]
    .map((n, i) => String(n).padStart([6, 7, 8, 6, 7, 6][i]!)).join(' ')}`);
}

if (showSurvivors) {
  for (const [name, mutants] of [...survivors].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`\n${name}`);
    for (const m of mutants.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)) {
      const replacement = (m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
      console.log(`  ${name}:${m.location.start.line}:${m.location.start.column}  ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}  → ${replacement}`);
    }
  }
}
