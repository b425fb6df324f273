// Issue 20's import figures: a 50,000-line HR file into a database that already holds
// 50,000 people, 2,000 of whom change (500 moves, 500 new titles, 500 leavers, 500
// joiners): the dry run and the import, seconds and peak memory, SQLite and PostgreSQL.
// Each run is a process of its own (bench/import-child.ts). Goal: ≤ 10 s, ≤ 500 MB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { openDb } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { seedDemoData } from '../src/server/seed/seed';
import { buildCsv } from '../src/shared/csv';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import type { Figure } from './measure';

const HEADER = ['Medarbejdernr', 'Navn', 'E-mail', 'Stilling', 'Enhed', 'Område', 'Telefon', 'Leder'];

interface Child { ms: number; peakMb: number; summary: Record<string, unknown> }

function runChild(url: string, file: string, dryRun: boolean): Child {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/import-child.ts', url, file, ...(dryRun ? ['--dry-run'] : [])], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Child;
}

/** Today's file (every active person, numbered) and next week's: 2,000 changes. */
async function files(url: string, dir: string, people: number): Promise<{ today: string; next: string }> {
  const db = openDb(url);
  try {
    await migrateToLatest(db);
    await seedDemoData(db.kysely, { people });
    const rows = await db.kysely.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').innerJoin('areas', 'areas.id', 'units.area_id')
      .select(['people.name', 'people.email', 'people.title', 'people.phone', 'people.roles', 'units.name as unit', 'areas.name as area'])
      .where('people.deleted', '=', 0).orderBy('people.id').execute();
    const units = [...new Map(rows.map((r) => [`${r.area}/${r.unit}`, [r.unit, r.area] as const])).values()];
    const line = (r: (typeof rows)[number], i: number) => [String(100_000 + i), r.name, r.email, r.title, r.unit, r.area, r.phone, r.roles.includes('leader') ? 'ja' : 'nej'];
    const today = rows.map(line);
    const next = today.slice(500).map((cells, i) => {
      const row = [...cells];
      if (i < 500) {
        // Moved to another unit (the next one along when the pick is their own).
        const pick = (k: number) => units[k % units.length]!;
        const [unit, area] = pick(i * 7)[0] === row[4] ? pick(i * 7 + 1) : pick(i * 7);
        row[4] = unit;
        row[5] = area;
      } else if (i < 1000) row[3] = `${row[3]} (ny stilling)`;
      return row;
    });
    for (let i = 0; i < 500; i++) next.push([String(900_000 + i), `Ny Kollega ${i}`, `ny.kollega.${i}@fjordby.example`, 'Social- og sundhedshjælper', units[i % units.length]![0], units[i % units.length]![1], '', 'nej']);
    const todayFile = path.join(dir, 'today.csv');
    const nextFile = path.join(dir, 'next.csv');
    fs.writeFileSync(todayFile, buildCsv(HEADER, today));
    fs.writeFileSync(nextFile, buildCsv(HEADER, next));
    return { today: todayFile, next: nextFile };
  } finally {
    await db.close();
  }
}

async function measure(label: string, url: string, dir: string, people: number): Promise<Figure[]> {
  const { today, next } = await files(url, dir, people);
  const first = runChild(url, today, false);
  if (first.summary.written !== true) throw new Error(`${label}: the first import failed: ${JSON.stringify(first.summary)}`);
  const dry = runChild(url, next, true);
  const real = runChild(url, next, false);
  if (real.summary.written !== true) throw new Error(`${label}: the import failed: ${JSON.stringify(real.summary)}`);
  const counts = `${real.summary.created} new, ${real.summary.moved} moved, ${real.summary.updated} updated, ${real.summary.deactivated} deactivated`;
  const lines = fs.readFileSync(next, 'utf8').split('\n').length - 2;
  return [
    { name: `${label}: first import of ${people} people (numbers recorded for all)`, value: first.ms, unit: 'ms' },
    { name: `${label}: dry run of ${lines} lines against ${people} people`, value: dry.ms, unit: 'ms', goal: '≤ 10,000', met: dry.ms <= 10_000 },
    { name: `${label}: dry run peak memory`, value: Math.round(dry.peakMb), unit: 'MB', goal: '≤ 500', met: dry.peakMb <= 500 },
    { name: `${label}: import (${counts})`, value: real.ms, unit: 'ms', goal: '≤ 10,000', met: real.ms <= 10_000 },
    { name: `${label}: import peak memory`, value: Math.round(real.peakMb), unit: 'MB', goal: '≤ 500', met: real.peakMb <= 500 },
  ];
}

export async function importFigures(people: number): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-bench-import-'));
  const cluster = await startPostgresCluster();
  try {
    const sqlite = await measure('SQLite', `file:${path.join(dir, 'import.sqlite')}`, dir, people);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database import_bench');
    await admin.end();
    const url = new URL(cluster.url);
    url.pathname = '/import_bench';
    const postgres = await measure('PostgreSQL', url.toString(), dir, people);
    return [...sqlite, ...postgres];
  } finally {
    cluster.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
