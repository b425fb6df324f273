// The organisation import (issue 20, part 1) on SQLite and PostgreSQL: realistic HR files
// (UTF-8 with BOM and ';', Windows-1252 with æøå and ',', XLSX), the dry run's diff, an
// idempotent re-run, deactivation and reactivation (sign-in refused, the row gone from a
// colleague's device), and nothing written when a line is wrong or the write fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import { freshRows, holdingDevice, rowDifferences } from '../support/held-rows';
import { importOrganisation } from '../../src/server/import/run-import';
import { readOrganisation, writeImportPlan } from '../../src/server/db/organisation-import';
import { readImportLines } from '../../src/server/import/import-lines';
import { readTable } from '../../src/server/import/read-table';
import { planImport } from '../../src/server/import/plan-import';
import { currentVersion } from '../../src/server/db/versions';

type Line = Record<'medarbejdernr' | 'navn' | 'e-mail' | 'stilling' | 'enhed' | 'område' | 'telefon' | 'leder', string>;
const HEADER: (keyof Line)[] = ['medarbejdernr', 'navn', 'e-mail', 'stilling', 'enhed', 'område', 'telefon', 'leder'];

function csv(lines: readonly Line[], delimiter = ';', header: readonly string[] = HEADER): string {
  const quote = (cell: string) => (/[";,\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return [header.join(delimiter), ...lines.map((l) => HEADER.map((h) => quote(l[h])).join(delimiter))].join('\r\n') + '\r\n';
}
const utf8Bom = (text: string) => Buffer.from(`\uFEFF${text}`, 'utf8');

describe.each(DIALECTS)('the organisation import on %s', (dialect) => {
  let server: TestServer;
  /** The municipality as HR would export it today: every active person, in their unit. */
  let today: Line[];
  const db = () => server.db.kysely;
  const run = (bytes: Buffer, dryRun = false) => importOrganisation(db(), bytes, { dryRun });

  beforeAll(async () => {
    // 120: with fewer, nearly everyone generated leads a unit of their own (one leader per unit first).
    server = await startServerFor(dialect);
    const rows = await db().selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').innerJoin('areas', 'areas.id', 'units.area_id')
      .select(['people.email', 'people.name', 'people.title', 'people.phone', 'people.roles', 'units.name as unit', 'areas.name as area'])
      .where('people.deleted', '=', 0).orderBy('people.email').execute();
    today = rows.map((r, i) => ({
      medarbejdernr: String(10_000 + i), navn: r.name, 'e-mail': r.email.toUpperCase(), stilling: r.title, enhed: r.unit,
      område: r.area, telefon: r.phone, leder: r.roles.includes('leader') ? 'ja' : 'nej',
    }));
  });
  afterAll(async () => { await server.close(); });

  it('takes the municipality as it is: the first run records employee numbers, a re-run changes nothing', async () => {
    const first = await run(utf8Bom(csv(today)));
    expect(first.table).toEqual({ kind: 'csv', encoding: 'utf-8-bom', delimiter: ';' });
    expect(first.summary.errors).toEqual([]);
    // Every person is matched by e-mail (whatever its case) and gets the file's number.
    expect(first.summary).toMatchObject({ created: 0, moved: 0, deactivated: 0, reactivated: 0, updated: today.length, written: true });
    const anna = await db().selectFrom('people').select('employee_number').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
    expect(anna.employee_number).toMatch(/^1\d{4}$/);

    const before = await currentVersion(db());
    const again = await run(utf8Bom(csv(today)));
    expect(again.summary).toMatchObject({ created: 0, moved: 0, updated: 0, deactivated: 0, reactivated: 0, unchanged: today.length, written: true });
    expect(await currentVersion(db())).toBe(before);
  });

  it('lists a dry run and writes nothing; the real run moves, renames, adds, makes a leader and deactivates; devices follow', async () => {
    const plain = today.filter((l) => l.leder === 'nej' && !['anna@', 'bo@', 'lis@', 'admin@'].some((d) => l['e-mail'].toLowerCase().startsWith(d)));
    // The mover works where Anna does (a unit with core knowledge only its members see).
    const annasUnit = today.find((l) => l['e-mail'] === 'ANNA@FJORDBY.EXAMPLE')!.enhed;
    const mover = plain.find((l) => l.enhed === annasUnit);
    const renamed = plain.find((l) => l !== mover);
    // Bo leaves (a demo account: the test can sign him in without a mailed code).
    const leaver = today.find((l) => l['e-mail'] === 'BO@FJORDBY.EXAMPLE');
    const lis = await holdingDevice(server, (await db().selectFrom('people').select('id').where('email', '=', 'lis@fjordby.example').executeTakeFirstOrThrow()).id);
    const leaverId = (await db().selectFrom('people').select('id').where('email', '=', leaver!['e-mail'].toLowerCase()).executeTakeFirstOrThrow()).id;
    const leaverBrowser = new HttpClient(server.url);
    await leaverBrowser.signInDemo(leaver!['e-mail'].toLowerCase());
    expect((await leaverBrowser.request('GET', '/api/me')).status).toBe(200);

    const file = today.filter((l) => l !== leaver).map((l) => {
      if (l === mover) return { ...l, enhed: 'Hjemmeplejen Fjordby Vest' };
      if (l === renamed) return { ...l, stilling: 'Teamleder', leder: 'x' };
      return l;
    });
    file.push({ medarbejdernr: '99001', navn: 'Søren Ærø Ågård', 'e-mail': 'soren.aagaard@fjordby.example', stilling: 'Social- og sundhedshjælper', enhed: 'Hjemmeplejen Fjordby Vest', område: mover!.område, telefon: '+45 20 30 40 50', leder: 'nej' });

    const versionBefore = await currentVersion(db());
    const dry = await run(utf8Bom(csv(file)), true);
    expect(dry.summary).toMatchObject({ created: 1, moved: 1, updated: 1, deactivated: 1, reactivated: 0, written: false, units: { created: 1 } });
    expect(dry.plan!.change.find((c) => c.move)!.move!.toLabel).toMatch(/^Hjemmeplejen Fjordby Vest \(/);
    expect(dry.plan!.change.find((c) => c.fields.title)).toMatchObject({ fields: { title: 'Teamleder', roles: expect.arrayContaining(['employee', 'leader']) }, before: { title: renamed!.stilling } });
    expect(dry.plan!.deactivate.map((p) => p.email)).toEqual([leaver!['e-mail'].toLowerCase()]);
    // The new leader's unit has its leader already: said, not refused.
    const leadersThere = file.filter((l) => l.enhed === renamed!.enhed && l.område === renamed!.område && l.leder !== 'nej').length;
    expect(dry.summary.warnings.map((w) => w.code)).toEqual(leadersThere > 1 ? ['import_two_leaders'] : []);
    expect(await currentVersion(db())).toBe(versionBefore);

    const moverId = (await db().selectFrom('people').select('id').where('email', '=', mover!['e-mail'].toLowerCase()).executeTakeFirstOrThrow()).id;
    const moverPhone = await holdingDevice(server, moverId);
    const leaderId = (await db().selectFrom('people').select('id').where('email', '=', renamed!['e-mail'].toLowerCase()).executeTakeFirstOrThrow()).id;
    const newLeaderPhone = await holdingDevice(server, leaderId);
    const real = await run(utf8Bom(csv(file)));
    expect(real.summary).toMatchObject({ created: 1, moved: 1, updated: 1, deactivated: 1, written: true });
    const soren = await db().selectFrom('people').selectAll().where('email', '=', 'soren.aagaard@fjordby.example').executeTakeFirstOrThrow();
    expect(soren).toMatchObject({ name: 'Søren Ærø Ågård', employee_number: '99001', roles: '["employee"]', deleted: 0 });

    // The leaver: signed out at once, and gone from a colleague's device at its next pull.
    const me = await leaverBrowser.request<{ error?: { code: string } }>('GET', '/api/me');
    expect(me.status).toBe(401);
    expect(me.json.error?.code).toBe('not_signed_in');
    const pulled = await lis.sync();
    expect(pulled.changes).toContainEqual(expect.objectContaining({ type: 'person', op: 'del', id: leaverId }));
    expect(lis.rows.has(`person ${leaverId}`)).toBe(false);
    // What he shared stays, by his name.
    const his = [...lis.rows.entries()].filter(([key, row]) => key.startsWith('learning ') && (row as { authorId: string }).authorId === leaverId);
    expect(his.length).toBeGreaterThan(0);
    for (const [, row] of his) expect((row as { authorName: string }).authorName).toBe('Bo Østergaard');
    const moved = [...lis.rows.values()].find((row) => (row as { email?: string }).email === mover!['e-mail'].toLowerCase()) as { unitId: string } | undefined;
    expect(moved?.unitId).toBe(soren.unit_id);
    expect(lis.rows.has(`unit ${soren.unit_id}`)).toBe(true);
    expect(lis.rows.has(`person ${soren.id}`)).toBe(true);
    // The mover's own phone, pulling on from where it was, holds what a fresh one would:
    // the old unit's core knowledge gone, nothing of the new one's missing.
    await moverPhone.sync();
    expect(rowDifferences(moverPhone.rows, await freshRows(server, moverId))).toEqual([]);
    // The new leader sees more (every network): the phone is brought up to it as well.
    await newLeaderPhone.sync();
    expect(rowDifferences(newLeaderPhone.rows, await freshRows(server, leaderId))).toEqual([]);

    // The same file again: nothing to do. The leaver back in the file: active again, and can sign in.
    expect((await run(utf8Bom(csv(file)))).summary).toMatchObject({ created: 0, moved: 0, updated: 0, deactivated: 0, unchanged: file.length });
    const back = await run(utf8Bom(csv([...file, leaver!])));
    expect(back.summary).toMatchObject({ reactivated: 1, created: 0, deactivated: 0, written: true });
    // The session ended with the leaving: coming back does not bring it back.
    expect((await leaverBrowser.request('GET', '/api/me')).status).toBe(401);
    const leaverAgain = new HttpClient(server.url);
    await leaverAgain.signInDemo(leaver!['e-mail'].toLowerCase());
    expect((await leaverAgain.request('GET', '/api/me')).status).toBe(200);
    await lis.sync();
    expect(lis.rows.has(`person ${leaverId}`)).toBe(true);
    today = [...file, leaver!];
  });

  it('reads Windows-1252 with æøå and "," as Danish Excel writes it, and XLSX, to the same result', async () => {
    const renamed = today.map((l, i) => (i === 5 ? { ...l, navn: 'Bjørn Æbelø Såby' } : l));
    const latin = await run(iconv.encode(csv(renamed, ','), 'win1252'), true);
    expect(latin.table).toEqual({ kind: 'csv', encoding: 'windows-1252', delimiter: ',' });
    expect(latin.summary).toMatchObject({ errors: [], updated: 1, created: 0, deactivated: 0 });
    expect(latin.plan!.change[0]!.fields).toEqual({ name: 'Bjørn Æbelø Såby' });

    const sheet = await writeXlsxFile([
      HEADER.map((h) => ({ value: h.toUpperCase() })),
      ...renamed.map((l) => HEADER.map((h) => (h === 'medarbejdernr' ? { type: Number, value: Number(l[h]) } : { value: l[h] }))),
    ]).toBuffer();
    const xlsx = await run(sheet, true);
    expect(xlsx.table).toEqual({ kind: 'xlsx', encoding: null, delimiter: null });
    expect(xlsx.summary).toMatchObject({ errors: [], updated: 1, created: 0, deactivated: 0 });
    expect(xlsx.plan!.change[0]!.fields).toEqual({ name: 'Bjørn Æbelø Såby' });
  });

  it('writes nothing when a line is wrong, and says which line and why', async () => {
    const before = await currentVersion(db());
    const bad = [...today.slice(0, 3).map((l) => ({ ...l, stilling: 'Ny stilling' })), ...today.slice(3)];
    bad[4] = { ...bad[4]!, 'e-mail': 'ikke-en-adresse' };
    bad[6] = { ...bad[6]!, 'e-mail': bad[1]!['e-mail'] };
    bad[7] = { ...bad[7]!, navn: '=HYPERLINK("http://x")' };
    bad[8] = { ...bad[8]!, område: '' };
    bad[9] = { ...bad[9]!, leder: 'måske' };
    const result = await run(utf8Bom(csv(bad)));
    expect(result.summary.written).toBe(false);
    expect(result.summary.errors.map((e) => [e.line, e.code])).toEqual([
      [6, 'import_invalid_email'], [8, 'import_duplicate_email'], [9, 'import_formula'], [10, 'import_unit_without_area'], [11, 'import_invalid_leader'],
    ]);
    expect(result.summary.errors[1]!.message).toMatch(/^Også på linje 3: Samme e-mailadresse/);
    expect(await currentVersion(db())).toBe(before);
  });

  it('leaves the database as it was when the write fails half way', async () => {
    const before = await currentVersion(db());
    const people = await db().selectFrom('people').select(['id', 'title', 'deleted']).orderBy('id').execute();
    const changed = today.map((l) => ({ ...l, stilling: `${l.stilling} (ny)` }));
    const plan = planImport(await readOrganisation(db()), readImportLines((await readTable(utf8Bom(csv(changed)))).rows));
    expect(plan.change.length).toBe(today.length);
    // A new person whose address someone already has: the last insert fails (unique e-mail).
    const unitId = (await db().selectFrom('units').select('id').executeTakeFirstOrThrow()).id;
    plan.create.push({ id: crypto.randomUUID(), line: 99, unitLabel: '', employeeNumber: null, name: 'X', email: 'anna@fjordby.example', title: '', phone: '', roles: ['employee'], unitId });
    await expect(writeImportPlan(db(), plan, new Date().toISOString())).rejects.toThrow();
    expect(await currentVersion(db())).toBe(before);
    expect(await db().selectFrom('people').select(['id', 'title', 'deleted']).orderBy('id').execute()).toEqual(people);
  });

  it('refuses files it cannot use, each with its own code', async () => {
    const codes = async (bytes: Buffer) => (await run(bytes)).summary.errors.map((e) => e.code);
    expect(await codes(Buffer.alloc(0))).toEqual(['import_empty_file']);
    expect(await codes(utf8Bom(csv([])))).toEqual(['import_empty_file']);
    expect(await codes(Buffer.from('%PDF-1.7\n%\u0000\u0001binary', 'latin1'))).toEqual(['import_unreadable_file']);
    expect(await codes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))).toEqual(['import_unreadable_file']);
    const noArea = csv(today.slice(0, 2), ';', HEADER.map((h) => (h === 'område' ? 'region' : h)));
    const missing = await run(utf8Bom(noArea));
    expect(missing.summary.errors).toEqual([expect.objectContaining({ line: 1, code: 'import_missing_columns', message: expect.stringMatching(/^Mangler område:/) })]);
    // More lines than any municipality has employees (100,000): refused as a whole, with its code.
    const huge = ['navn;e-mail;stilling;enhed;område', ...Array.from({ length: 100_001 }, (_, i) => `N ${i};n${i}@x.dk;T;U;A`)].join('\n');
    expect(await codes(Buffer.from(huge))).toEqual(['import_file_too_large']);
    // A file of one division would take everyone else out: refused as a whole.
    const partial = await run(utf8Bom(csv(today.slice(0, 10))));
    expect(partial.summary.errors.map((e) => e.code)).toEqual(['import_mass_deactivation']);
    expect(partial.summary.written).toBe(false);
  });
});
