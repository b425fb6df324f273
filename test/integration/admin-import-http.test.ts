// POST /api/admin/import over real HTTP on SQLite and PostgreSQL: an admin's dry run and
// import; every other role refused with 403 not_allowed and nothing written; a file over
// 20 MB refused with import_file_too_large; an unknown mode with invalid_request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import type { TestServer } from '../support/test-server';
import { HttpClient } from '../support/http-client';
import { currentVersion } from '../../src/server/db/versions';
import type { ImportSummary } from '../../src/shared/organisation-import/summary';
import type { ImportPreview } from '../../src/shared/organisation-import/preview';

interface Reply {
  summary: ImportSummary; read: { kind: string } | null; preview: ImportPreview | null; error?: { code: string };
  columns: { headers: { header: string; column: string | null }[]; missing: string[] } | null;
}

describe.each(DIALECTS)('the import endpoint on %s', (dialect) => {
  let server: TestServer;
  let file: string;
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const rows = await server.db.kysely.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id').innerJoin('areas', 'areas.id', 'units.area_id')
      .select(['people.name', 'people.email', 'people.title', 'units.name as unit', 'areas.name as area']).where('people.deleted', '=', 0).execute();
    const lines = rows.map((r) => [r.name, r.email, r.email === 'anna@fjordby.example' ? 'Fagkoordinator' : r.title, r.unit, r.area].join(';'));
    file = ['Navn;E-mail;Stilling;Enhed;Område', ...lines, 'Ny Kollega;ny@fjordby.example;Pædagog;Nyt Hus;Dagtilbud'].join('\r\n');
  });
  afterAll(async () => { await server.close(); });

  const upload = (client: HttpClient, mode: string, body: string | Blob) =>
    client.fetch(`${server.url}/api/admin/import?mode=${mode}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body })
      .then(async (r) => ({ status: r.status, json: await r.json() as Reply }));

  it('refuses employees, organizers and leaders with not_allowed, and writes nothing', async () => {
    const before = await currentVersion(server.db.kysely);
    for (const email of ['anna@fjordby.example', 'bo@fjordby.example', 'lis@fjordby.example']) {
      const client = new HttpClient(server.url);
      await client.signInDemo(email);
      const reply = await upload(client, 'write', file);
      expect(reply.status, email).toBe(403);
      expect(reply.json.error?.code, email).toBe('not_allowed');
    }
    const anonymous = await upload(new HttpClient(server.url), 'write', file);
    expect(anonymous.status).toBe(401);
    expect(await currentVersion(server.db.kysely)).toBe(before);
  });

  it("answers an admin's dry run with the preview, then imports", async () => {
    const admin = new HttpClient(server.url);
    await admin.signInDemo('admin@fjordby.example');
    const before = await currentVersion(server.db.kysely);
    const dry = await upload(admin, 'dry-run', file);
    expect(dry.status).toBe(200);
    expect(dry.json.summary).toMatchObject({ created: 1, updated: 1, moved: 0, deactivated: 0, written: false, units: { created: 1 }, areas: { created: 0 } });
    expect(dry.json.read).toMatchObject({ kind: 'csv' });
    expect(dry.json.preview?.created).toEqual([expect.objectContaining({ name: 'Ny Kollega', email: 'ny@fjordby.example', unit: 'Nyt Hus (Dagtilbud)' })]);
    expect(dry.json.preview?.changed[0]?.fields).toEqual([{ field: 'title', before: expect.any(String), after: 'Fagkoordinator' }]);
    expect(await currentVersion(server.db.kysely)).toBe(before);

    const written = await upload(admin, 'write', file);
    expect(written.json.summary).toMatchObject({ created: 1, updated: 1, written: true });
    const anna = await server.db.kysely.selectFrom('people').select('title').where('email', '=', 'anna@fjordby.example').executeTakeFirstOrThrow();
    expect(anna.title).toBe('Fagkoordinator');
  });

  it('refuses a file over 20 MB and an unknown mode, each with its own code', async () => {
    const admin = new HttpClient(server.url);
    await admin.signInDemo('admin@fjordby.example');
    const big = await upload(admin, 'dry-run', new Blob([new Uint8Array(20 * 1024 * 1024 + 1).fill(65)]));
    expect(big.status).toBe(413);
    expect(big.json.error?.code).toBe('import_file_too_large');
    const mode = await upload(admin, 'now', file);
    expect(mode.status).toBe(400);
    expect(mode.json.error?.code).toBe('invalid_request');
    // An ordinary JSON request keeps its own limit of 1 MB.
    const push = await admin.request('POST', '/api/sync/push', 'x'.repeat(1024 * 1024 + 1));
    expect(push.status).toBe(413);
    expect(push.json.error?.code).toBe('payload_too_large');
  });

  it('reads headers in the HR system\'s own words once the admin says which column each is', async () => {
    const admin = new HttpClient(server.url);
    await admin.signInDemo('admin@fjordby.example');
    const odd = file.replace('Navn;E-mail;Stilling;Enhed;Område', 'Navn;E-mail;Stilling;Arbejdssted;Forv.');
    const send = (columns?: string) => admin.fetch(`${server.url}/api/admin/import?${new URLSearchParams({ mode: 'dry-run', ...(columns !== undefined && { columns }) })}`, {
      method: 'POST', headers: { 'content-type': 'text/csv' }, body: odd,
    }).then(async (r) => ({ status: r.status, json: await r.json() as Reply }));

    const unmapped = await send();
    expect(unmapped.json.summary.errors).toEqual([expect.objectContaining({ line: 1, code: 'import_missing_columns' })]);
    expect(unmapped.json.columns).toEqual({
      headers: [
        { header: 'Navn', column: 'name' }, { header: 'E-mail', column: 'email' }, { header: 'Stilling', column: 'title' },
        { header: 'Arbejdssted', column: null }, { header: 'Forv.', column: null },
      ],
      missing: ['unit', 'area'],
    });
    const mapped = await send(JSON.stringify({ Arbejdssted: 'unit', 'Forv.': 'area' }));
    expect(mapped.status).toBe(200);
    expect(mapped.json.summary.errors).toEqual([]);
    expect(mapped.json.columns?.missing).toEqual([]);
    // Every line read with the mapped columns: the file is what was imported before, so nothing changes.
    expect(mapped.json.summary).toMatchObject({ created: 0, moved: 0, updated: 0, deactivated: 0, written: false });
    expect(mapped.json.summary.unchanged).toBeGreaterThan(100);
    // A mapping that is not JSON, or names a column that does not exist: refused with its code.
    for (const bad of ['{Arbejdssted', JSON.stringify({ Arbejdssted: 'afdeling' }), JSON.stringify(['unit'])]) {
      const reply = await send(bad);
      expect(reply.status, bad).toBe(400);
      expect(reply.json.error?.code, bad).toBe('invalid_request');
    }
  });
});
