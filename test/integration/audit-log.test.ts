// The audit trail on SQLite and PostgreSQL (issue 20, part 5): sign-ins and refused
// sign-ins (which kind of device, never a code), imports by the admin (who, which file,
// what changed), found by words and kind, exported as CSV; only admins may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import type { AuditEntry } from '../../src/shared/audit';
import { findAudit, recordAudit } from '../../src/server/db/audit-log';

const IPHONE = { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148' };

describe.each(DIALECTS)('the audit trail on %s', (dialect) => {
  let server: TestServer;
  let admin: HttpClient;
  beforeAll(async () => {
    server = await startServerFor(dialect);
    admin = new HttpClient(server.url);
    await admin.signInDemo('admin@fjordby.example');
  });
  afterAll(async () => { await server.close(); });

  const log = (query = '') => admin.request<{ entries: AuditEntry[]; more: boolean; error?: { code: string } }>('GET', `/api/admin/log${query}`);

  it('records sign-ins with the kind of device, and refused codes without the code', async () => {
    const anna = new HttpClient(server.url);
    expect((await anna.request('POST', '/api/auth/demo', { email: 'anna@fjordby.example' }, IPHONE)).status).toBe(200);
    const guess = await new HttpClient(server.url).request('POST', '/api/auth/verify', { email: 'Bo@Fjordby.example', code: '482913' });
    expect(guess.json.error?.code).toBe('invalid_code');

    const signIns = await log('?action=signIn&q=anna%40');
    expect(signIns.json.entries).toEqual([expect.objectContaining({ action: 'signIn', subject: 'anna@fjordby.example', device: 'phone', after: { method: 'demo' } })]);
    const refused = (await log('?action=signInRefused')).json.entries;
    expect(refused).toEqual([expect.objectContaining({ subject: 'bo@fjordby.example', actorId: null, after: { reason: 'invalid_code' } })]);
    const rows = JSON.stringify(await server.db.kysely.selectFrom('audit_log').selectAll().execute());
    expect(rows).not.toContain('482913');
  });

  it('records an import: who, which file, what changed', async () => {
    const file = 'Navn;E-mail;Stilling;Enhed;Område\r\n' + (await server.db.kysely.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id')
      .innerJoin('areas', 'areas.id', 'units.area_id').select(['people.name', 'people.email', 'people.title', 'units.name as unit', 'areas.name as area'])
      .where('people.deleted', '=', 0).execute()).map((r) => [r.name, r.email, r.title, r.unit, r.area].join(';')).join('\r\n')
      + '\r\nNy Kollega;ny.kollega@fjordby.example;Pædagog;Nyt Hus;Dagtilbud\r\n';
    const reply = await admin.fetch(`${server.url}/api/admin/import?mode=write&name=medarbejdere+december.csv`, { method: 'POST', body: file });
    expect(reply.status).toBe(200);
    const imports = (await log('?action=import')).json.entries;
    expect(imports).toEqual([expect.objectContaining({
      actor: expect.stringMatching(/\S/), subject: 'medarbejdere december.csv', device: 'computer',
      after: expect.objectContaining({ created: 1, units: 1, deactivated: 0 }),
    })]);
    // A dry run changes nothing and is not an admin action.
    await admin.fetch(`${server.url}/api/admin/import?mode=dry-run&name=x.csv`, { method: 'POST', body: file });
    expect((await log('?action=import')).json.entries).toHaveLength(1);
  });

  it('finds by words taken literally, exports CSV, and is refused to anyone but an admin', async () => {
    expect((await log('?q=%25')).json.entries).toEqual([]);
    expect((await log('?q=ANNA')).json.entries.map((e) => e.subject)).toEqual(['anna@fjordby.example']);
    const csv = await admin.request('GET', '/api/admin/log.csv?action=signIn');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    // (the byte-order mark the writer puts first is taken off by text(): shared/csv.ts has its own tests)
    expect(csv.text.startsWith('Tidspunkt;Hvem;Handling;Hvad;Før;Efter;Enhed\r\n')).toBe(true);
    expect(csv.text).toContain(';Login;anna@fjordby.example;;method: demo;telefon\r\n');

    const bad = await log('?order=asc');
    expect(bad.status).toBe(400);
    expect(bad.json.error?.code).toBe('invalid_request');
    for (const email of ['anna@fjordby.example', 'lis@fjordby.example', 'bo@fjordby.example']) {
      const other = new HttpClient(server.url);
      await other.signInDemo(email);
      for (const path of ['/api/admin/log', '/api/admin/log.csv']) {
        const refused = await other.request('GET', path);
        expect(refused.status, `${email} ${path}`).toBe(403);
        expect(refused.json.error?.code, `${email} ${path}`).toBe('not_allowed');
      }
    }
  });

  it('pages through entries of the same moment without skipping or repeating one', async () => {
    const at = new Date('2026-12-01T08:00:00.000Z');
    for (const subject of ['første', 'anden', 'tredje', 'fjerde', 'femte']) {
      await recordAudit(server.db.kysely, { at, actorId: null, actor: 'Test', action: 'import', subject: `samme-øjeblik-${subject}`, before: {}, after: {}, device: 'command' });
    }
    const seen: string[] = [];
    let last: AuditEntry | undefined;
    for (let page = 0; page < 10; page++) {
      const { entries, more } = await findAudit(server.db.kysely, { q: 'samme-øjeblik', ...(last && { before: last.at, beforeId: last.id }) }, 2);
      seen.push(...entries.map((e) => e.subject));
      last = entries.at(-1);
      if (!more) break;
    }
    expect(seen.toSorted()).toEqual(['anden', 'femte', 'fjerde', 'første', 'tredje'].map((s) => `samme-øjeblik-${s}`).toSorted());
    // Over HTTP the same cursor is taken.
    const first = await log('?q=samme-%C3%B8jeblik');
    expect(first.json.entries).toHaveLength(5);
    const after = first.json.entries[1]!;
    const rest = await log(`?q=samme-%C3%B8jeblik&before=${encodeURIComponent(after.at)}&beforeId=${after.id}`);
    expect(rest.json.entries.map((e) => e.id)).toEqual(first.json.entries.slice(2).map((e) => e.id));
  });
});
