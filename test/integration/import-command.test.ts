// `npm run import -- <file> [--dry-run] [--json]` as IT staff run it: against the configured
// database, one JSON object on stdout with --json, and the exit status a script can act
// on (0 written or a clean dry run, 1 errors, nothing written, 2 a file it cannot read).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb } from '../../src/server/db/database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-import-'));
const databaseUrl = `file:${path.join(dir, 'db.sqlite')}`;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function importFile(name: string, content: string | Buffer, ...flags: string[]) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', file, ...flags], {
    env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) as Record<string, unknown> };
}

const FILE = '\uFEFFMedarbejdernr;Navn;E-mail;Stilling;Enhed;Område;Leder\r\n'
  + '101;Mette Ørsted;mette@fjordby.dk;Sygeplejerske;Hjemmeplejen Nord;Ældre og Sundhed;nej\r\n'
  + '102;Jens Åberg;jens@fjordby.dk;Leder;Hjemmeplejen Nord;Ældre og Sundhed;ja\r\n'
  + '103;Sara Bæk;sara@fjordby.dk;Lærer;Fjordskolen;Skoler;\r\n';

describe('the import command', () => {
  it('lists a dry run, writes with --json, and changes nothing the second time', async () => {
    const dry = importFile('org.csv', FILE, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('Læst som CSV, utf-8-bom, adskilt med ";"');
    expect(dry.stdout).toMatch(/Nye medarbejdere \(3\):\n {2}Mette Ørsted <mette@fjordby\.dk>/);
    expect(dry.stdout).toContain('Prøvekørsel – intet er skrevet: 3 nye');

    const written = importFile('org.csv', FILE, '--json');
    expect(written.status).toBe(0);
    expect(written.json()).toEqual({
      created: 3, moved: 0, updated: 0, deactivated: 0, reactivated: 0, unchanged: 0,
      units: { created: 2 }, areas: { created: 2 }, errors: [], warnings: [], written: true,
    });
    const db = openDb(databaseUrl);
    const jens = await db.kysely.selectFrom('people').select(['roles', 'employee_number']).where('email', '=', 'jens@fjordby.dk').executeTakeFirstOrThrow();
    await db.close();
    expect(jens).toEqual({ roles: '["employee","leader"]', employee_number: '102' });

    expect(importFile('org.csv', FILE, '--json').json()).toMatchObject({ created: 0, unchanged: 3, written: true });
  });

  it('exits 1 with each line\'s error and writes nothing; exits 2 for a file it cannot read', () => {
    const bad = importFile('bad.csv', `${FILE}104;Ole;ole@;Pædagog;Fjordskolen;Skoler;nej\r\n`, '--json');
    expect(bad.status).toBe(1);
    expect(bad.json()).toMatchObject({ written: false, created: 0, errors: [{ line: 5, code: 'import_invalid_email', message: expect.stringContaining('E-mailadressen er ikke gyldig') }] });

    const pdf = importFile('renamed.csv', Buffer.from('%PDF-1.7\n\u0000\u0001', 'latin1'), '--json');
    expect(pdf.status).toBe(2);
    expect(pdf.json()).toMatchObject({ written: false, errors: [{ line: 0, code: 'import_unreadable_file' }] });
    const missing = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', path.join(dir, 'none.csv')], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Filen kan ikke åbnes');
  });
});
