// The learning log over the real HTTP API on SQLite and PostgreSQL (issue 10): create,
// update and delete by the author only; the conflict rule (an edit from an older version
// keeps both texts, resolving drops exactly the named ones); refusals with their codes;
// and who receives which learning in pull — per visibility, after a narrowing, a network
// join or leave and a move between units — as `put` and `del`, never a reset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';
import type { Learning } from '../../src/shared/entities';
import { movePersonToUnit } from '../../src/server/db/learnings';

interface Person { id: string; unitId: string; name: string }

describe.each(DIALECTS)('the learning log on %s', (dialect) => {
  let server: TestServer;
  /** author and colleague share a unit; outsider and stranger are in other units; all ordinary employees. */
  let author: Person;
  let colleague: Person;
  let outsider: Person;
  let stranger: Person;
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const rows = await server.db.kysely.selectFrom('people').select(['id', 'unit_id', 'roles', 'email', 'name'])
      .where('deleted', '=', 0).orderBy('id').execute();
    const plain = rows.filter((r) => r.roles === '["employee"]' && !r.email.startsWith('anna@')).map((r) => ({ id: r.id, unitId: r.unit_id, name: r.name }));
    const byUnit = new Map<string, Person[]>();
    for (const p of plain) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
    const [first, second] = [...byUnit.values()].filter((group) => group.length >= 2).sort((a, b) => b.length - a.length);
    [author, colleague] = [first![0]!, first![1]!];
    [outsider, stranger] = [second![0]!, second![1]!];
  });
  afterAll(async () => { await server.close(); });

  const device = (person: Person): Promise<ApiDevice> => apiDevice(server, person.id);
  const args = (fields: Record<string, unknown> = {}) => ({
    id: crypto.randomUUID(), title: 'Faste rutiner ved aftenbesøg', body: 'Hvad jeg lærte på kurset.',
    application: 'Sådan kan vi bruge det.', sourceKind: 'course', visibility: 'unit', ...fields,
  });
  const learningIn = (changes: Change[], id: string) => changes.filter((c) => c.type === 'learning' && c.id === id).at(-1);
  const valueIn = (changes: Change[], id: string) => learningIn(changes, id)?.value as Learning | undefined;
  const rowOf = (id: string) => server.db.kysely.selectFrom('learnings').selectAll().where('id', '=', id).executeTakeFirst();
  const noReset = (pages: { reset: boolean }[]) => expect(pages.every((p) => !p.reset)).toBe(true);
  /** A new open network (Lis leads): nobody of the demo is in it. */
  async function freshNetwork(): Promise<string> {
    const lis = await server.db.kysely.selectFrom('people').select('id').where('email', '=', 'lis@fjordby.example').executeTakeFirstOrThrow();
    const id = crypto.randomUUID();
    const created = await (await apiDevice(server, lis.id)).run('network.create', { id, name: `Netværk ${id.slice(0, 6)}`, description: '', kind: 'professional', joinPolicy: 'open' });
    expect(created.status).toBe('applied');
    return id;
  }

  it('creates a learning with what the server sets, once, and only for its author', async () => {
    const phone = await device(author);
    const fields = args({ competenceIds: ['demens', 'demens', 'forflytning'], dlo: [10, 5, 10], seminarId: 's-temadag-rehabilitering' });
    expect(await phone.run('learning.create', fields)).toMatchObject({ status: 'applied' });
    const value = valueIn(await phone.pullAll(), fields.id);
    expect(value).toMatchObject({
      // The author's name, kept with the learning for when the author has left.
      id: fields.id, authorId: author.id, authorName: author.name, title: fields.title, body: fields.body, application: fields.application,
      sourceKind: 'course', seminarId: 's-temadag-rehabilitering', competenceIds: ['demens', 'forflytning'], dlo: [5, 10],
      visibility: 'unit', conflicts: [], version: 1,
    });
    expect(value?.createdAt).toBe(value?.updatedAt);
    expect((await rowOf(fields.id))?.unit_id).toBe(author.unitId);

    // The same create again (a second device, a lost reply): nothing changes, nothing doubles.
    const tablet = await device(author);
    expect(await tablet.run('learning.create', { ...fields, title: 'Et andet navn' })).toMatchObject({ status: 'applied' });
    const rows = await server.db.kysely.selectFrom('learnings').select(['title', 'revision']).where('id', '=', fields.id).execute();
    expect(rows).toEqual([{ title: fields.title, revision: 1 }]);
    // From someone else: refused.
    expect(await (await device(colleague)).run('learning.create', fields))
      .toMatchObject({ status: 'rejected', error: { code: 'learning_not_author', message: expect.stringMatching(/Kun den, der har skrevet/) } });
  });

  it('updates a learning for its author only, version by version', async () => {
    const phone = await device(author);
    const fields = args();
    await phone.run('learning.create', fields);
    expect(await phone.run('learning.update', { id: fields.id, baseVersion: 1, body: 'Ny tekst', dlo: [3] })).toMatchObject({ status: 'applied' });
    expect(valueIn(await phone.pullAll(), fields.id)).toMatchObject({ title: fields.title, body: 'Ny tekst', dlo: [3], version: 2, conflicts: [] });
    expect(await (await device(colleague)).run('learning.update', { id: fields.id, baseVersion: 2, body: 'Min tekst' }))
      .toMatchObject({ status: 'rejected', error: { code: 'learning_not_author' } });
    expect(await phone.run('learning.update', { id: crypto.randomUUID(), baseVersion: 1, body: 'x' }))
      .toMatchObject({ status: 'rejected', error: { code: 'learning_not_found' } });
    expect((await rowOf(fields.id))?.body).toBe('Ny tekst');
  });

  it('keeps both texts when two devices edit from the same version, and drops only the resolved ones', async () => {
    const [phone, tablet] = [await device(author), await device(author)];
    const fields = args({ title: 'Overlevering', body: 'Start', application: '' });
    await phone.run('learning.create', fields);
    expect(await phone.run('learning.update', { id: fields.id, baseVersion: 1, body: 'Telefonens tekst' })).toMatchObject({ status: 'applied' });
    // The tablet edited from version 1 too, offline; its other fields still apply.
    expect(await tablet.run('learning.update', { id: fields.id, baseVersion: 1, body: 'Tablettens tekst', application: 'Prøv det', dlo: [7] }))
      .toMatchObject({ status: 'applied' });
    let value = valueIn(await phone.pullAll(), fields.id)!;
    expect(value).toMatchObject({ title: 'Overlevering', body: 'Telefonens tekst', application: '', dlo: [7], version: 3 });
    expect(value.conflicts).toEqual([{ title: 'Overlevering', body: 'Tablettens tekst', application: 'Prøv det', at: expect.any(String) }]);
    const first = value.conflicts[0]!.at;

    // The same text again adds nothing; a stale edit that changes no text keeps no conflict.
    await tablet.run('learning.update', { id: fields.id, baseVersion: 1, body: 'Tablettens tekst', application: 'Prøv det' });
    await tablet.run('learning.update', { id: fields.id, baseVersion: 2, sourceKind: 'colleague' });
    value = valueIn(await phone.pullAll(), fields.id)!;
    expect(value).toMatchObject({ sourceKind: 'colleague', version: 5, body: 'Telefonens tekst' });
    expect(value.conflicts).toHaveLength(1);

    // A third device's text arrives; then the author merges the first conflict only.
    await (await device(author)).run('learning.update', { id: fields.id, baseVersion: 3, title: 'Overlevering om natten' });
    value = valueIn(await phone.pullAll(), fields.id)!;
    expect(value.conflicts.map((c) => c.title)).toEqual(['Overlevering', 'Overlevering om natten']);
    const second = value.conflicts[1]!.at;
    expect(second).not.toBe(first);
    expect(await phone.run('learning.update', {
      id: fields.id, baseVersion: value.version, body: 'Telefonens tekst. Tablettens tekst.', application: 'Prøv det', resolvedConflicts: [first],
    })).toMatchObject({ status: 'applied' });
    value = valueIn(await phone.pullAll(), fields.id)!;
    expect(value).toMatchObject({ body: 'Telefonens tekst. Tablettens tekst.', application: 'Prøv det', version: 7 });
    expect(value.conflicts.map((c) => c.at)).toEqual([second]);
  });

  it('refuses to keep more than 20 unmerged versions, so the text stays on the device', async () => {
    const phone = await device(author);
    const fields = args();
    await phone.run('learning.create', fields);
    await phone.run('learning.update', { id: fields.id, baseVersion: 1, body: 'Hovedteksten' });
    for (let i = 0; i < 20; i++) {
      expect(await phone.run('learning.update', { id: fields.id, baseVersion: 1, body: `Version ${i}` })).toMatchObject({ status: 'applied' });
    }
    expect(await phone.run('learning.update', { id: fields.id, baseVersion: 1, body: 'Version 21' }))
      .toMatchObject({ status: 'rejected', error: { code: 'learning_too_many_conflicts' } });
    const row = await rowOf(fields.id);
    expect(row?.body).toBe('Hovedteksten');
    expect(JSON.parse(row!.conflicts)).toHaveLength(20);
  });

  it('refuses unknown references, a network the author is not in, and over-long texts, with their codes', async () => {
    const phone = await device(author);
    const refused = async (fields: Record<string, unknown>) => (await phone.run('learning.create', args(fields))).error?.code;
    expect(await refused({ competenceIds: ['demens', 'findes-ikke'] })).toBe('competence_not_found');
    expect(await refused({ seminarId: 's-findes-ikke' })).toBe('seminar_not_found');
    expect(await refused({ visibility: { network: 'n-findes-ikke' } })).toBe('network_not_found');
    expect(await refused({ visibility: { network: 'n-ledere-boern' } })).toBe('learning_network_not_member');
    expect(await refused({ title: 'x'.repeat(201) })).toBe('invalid_args');
    expect(await refused({ body: 'x'.repeat(10_001) })).toBe('invalid_args');
    expect(await refused({ application: 'x'.repeat(4001) })).toBe('invalid_args');
    expect(await refused({ visibility: 'everyone' })).toBe('invalid_args');

    const fields = args();
    await phone.run('learning.create', fields);
    const update = async (changes: Record<string, unknown>) =>
      (await phone.run('learning.update', { id: fields.id, baseVersion: 1, ...changes })).error?.code;
    expect(await update({ visibility: { network: 'n-ledere-boern' } })).toBe('learning_network_not_member');
    expect(await update({ competenceIds: ['findes-ikke'] })).toBe('competence_not_found');
    expect(await update({ title: '' })).toBe('invalid_args');
    expect(await update({ resolvedConflicts: ['ikke en tid'] })).toBe('invalid_args');
    expect(await rowOf(fields.id)).toMatchObject({ revision: 1, title: fields.title });
  });

  it('sends each kind of visibility to exactly its audience, on a device that syncs and on a new one', async () => {
    const writer = await device(author);
    const network = await freshNetwork();
    await writer.run('network.join', { networkId: network });
    const ids = {
      private: args({ visibility: 'private' }), unit: args({ visibility: 'unit' }), organization: args({ visibility: 'organization' }),
      network: args({ visibility: { network } }),
    };
    const [colleagueDevice, outsiderDevice] = [await device(colleague), await device(outsider)];
    await Promise.all([colleagueDevice.pullAll(), outsiderDevice.pullAll()]);
    await outsiderDevice.run('network.join', { networkId: network });
    await outsiderDevice.pullNew();
    for (const fields of Object.values(ids)) expect((await writer.run('learning.create', fields)).status).toBe('applied');

    const seen = (changes: Change[]) => Object.entries(ids)
      .filter(([, f]) => learningIn(changes, f.id)?.op === 'put').map(([kind]) => kind).sort();
    expect(seen(await writer.pullAll())).toEqual(['network', 'organization', 'private', 'unit']);
    expect(seen((await colleagueDevice.pullNew()).changes)).toEqual(['organization', 'unit']);
    expect(seen((await outsiderDevice.pullNew()).changes)).toEqual(['network', 'organization']);
    expect(seen(await (await device(colleague)).pullAll())).toEqual(['organization', 'unit']);
    expect(seen(await (await device(stranger)).pullAll())).toEqual(['organization']);
  });

  it('never sends a learning, its tombstone or its id to someone it is not shared with', async () => {
    const writer = await device(author);
    const secret = args({ visibility: 'private' });
    await writer.run('learning.create', secret);
    const strangerDevice = await device(stranger);
    const fresh = await strangerDevice.pullAll();
    await writer.run('learning.update', { id: secret.id, baseVersion: 1, body: 'Stadig privat' });
    await writer.run('learning.delete', { id: secret.id });
    const later = await strangerDevice.pullNew();
    expect([...fresh, ...later.changes].some((c) => c.id === secret.id)).toBe(false);

    // Nor any of the demo's learnings the stranger may not see.
    const db = server.db.kysely;
    const networks = new Set((await db.selectFrom('memberships').select('network_id').where('person_id', '=', stranger.id)
      .where('status', '=', 'active').where('deleted', '=', 0).execute()).map((m) => m.network_id));
    const rows = new Map((await db.selectFrom('learnings').selectAll().execute()).map((r) => [r.id, r]));
    const learnings = fresh.filter((c) => c.type === 'learning');
    expect(learnings.length).toBeGreaterThan(5);
    for (const change of learnings) {
      const row = rows.get(change.id)!;
      const allowed = row.author_id === stranger.id || row.visibility === 'organization'
        || (row.visibility === 'unit' && row.unit_id === stranger.unitId)
        || (row.visibility === 'network' && networks.has(row.visibility_network_id ?? ''));
      expect(allowed, `${stranger.id} received ${change.id}`).toBe(true);
    }
  });

  it('deletes a learning from the devices that had it once its visibility narrows, and adds it where it widens', async () => {
    const writer = await device(author);
    const fields = args({ visibility: 'organization' });
    await writer.run('learning.create', fields);
    const [colleagueDevice, outsiderDevice] = [await device(colleague), await device(outsider)];
    expect(learningIn(await colleagueDevice.pullAll(), fields.id)?.op).toBe('put');
    expect(learningIn(await outsiderDevice.pullAll(), fields.id)?.op).toBe('put');

    await writer.run('learning.update', { id: fields.id, baseVersion: 1, visibility: 'unit' });
    const [toColleague, toOutsider] = [await colleagueDevice.pullNew(), await outsiderDevice.pullNew()];
    noReset([...toColleague.pages, ...toOutsider.pages]);
    expect(learningIn(toColleague.changes, fields.id)?.op).toBe('put');
    expect(learningIn(toOutsider.changes, fields.id)).toEqual({ type: 'learning', op: 'del', id: fields.id });

    await writer.run('learning.update', { id: fields.id, baseVersion: 2, visibility: 'private' });
    const hidden = await colleagueDevice.pullNew();
    noReset(hidden.pages);
    expect(learningIn(hidden.changes, fields.id)?.op).toBe('del');
    // The outsider lost it before: nothing more to tell.
    expect(learningIn((await outsiderDevice.pullNew()).changes, fields.id)).toBeUndefined();

    await writer.run('learning.update', { id: fields.id, baseVersion: 3, visibility: 'organization' });
    for (const phone of [colleagueDevice, outsiderDevice]) {
      const back = await phone.pullNew();
      noReset(back.pages);
      expect(valueIn(back.changes, fields.id)).toMatchObject({ visibility: 'organization', version: 4 });
    }
  });

  it('deletes a learning everywhere it was shared, once, for its author only', async () => {
    const writer = await device(author);
    const fields = args({ visibility: 'unit' });
    await writer.run('learning.create', fields);
    const colleagueDevice = await device(colleague);
    expect(learningIn(await colleagueDevice.pullAll(), fields.id)?.op).toBe('put');
    expect(learningIn(await writer.pullAll(), fields.id)?.op).toBe('put');
    expect(await colleagueDevice.run('learning.delete', { id: fields.id })).toMatchObject({ status: 'rejected', error: { code: 'learning_not_author' } });
    expect(await writer.run('learning.delete', { id: fields.id })).toMatchObject({ status: 'applied' });
    expect(await writer.run('learning.delete', { id: fields.id })).toMatchObject({ status: 'applied' });
    const after = await colleagueDevice.pullNew();
    expect(learningIn(after.changes, fields.id)).toEqual({ type: 'learning', op: 'del', id: fields.id });
    expect(learningIn((await writer.pullNew()).changes, fields.id)?.op).toBe('del');
    expect(await rowOf(fields.id)).toMatchObject({ deleted: 1, body: '' });
    // Gone stays gone: no edit, and a replayed create does not bring it back.
    expect(await writer.run('learning.update', { id: fields.id, baseVersion: 1, body: 'x' })).toMatchObject({ error: { code: 'learning_not_found' } });
    expect(await writer.run('learning.create', fields)).toMatchObject({ status: 'applied' });
    expect(await rowOf(fields.id)).toMatchObject({ deleted: 1 });
    // Deleting what never reached the server (its create was refused) is harmless.
    expect(await writer.run('learning.delete', { id: crypto.randomUUID() })).toMatchObject({ status: 'applied' });
  });

  it('brings a network\'s learnings on joining it and takes them away on leaving, with no reset', async () => {
    const network = await freshNetwork();
    const writer = await device(colleague);
    await writer.run('network.join', { networkId: network });
    const shared = [args({ visibility: { network } }), args({ visibility: { network }, sourceKind: 'network' })];
    for (const fields of shared) expect((await writer.run('learning.create', fields)).status).toBe('applied');
    const ids = shared.map((f) => f.id);

    const phone = await device(stranger);
    const before = await phone.pullAll();
    expect(ids.some((id) => learningIn(before, id))).toBe(false);
    await phone.run('network.join', { networkId: network });
    const joined = await phone.pullNew();
    noReset(joined.pages);
    for (const id of ids) expect(valueIn(joined.changes, id), id).toMatchObject({ authorId: colleague.id, visibility: { network } });

    // Edited while the stranger is a member, and again after their last sync; then they leave.
    await writer.run('learning.update', { id: ids[0], baseVersion: 1, body: 'Rettet' });
    expect(valueIn((await phone.pullNew()).changes, ids[0]!)).toMatchObject({ body: 'Rettet' });
    await writer.run('learning.update', { id: ids[0], baseVersion: 2, body: 'Rettet igen, efter sidste synkronisering' });
    await phone.run('network.leave', { networkId: network });
    const left = await phone.pullNew();
    noReset(left.pages);
    for (const id of ids) expect(learningIn(left.changes, id), id).toEqual({ type: 'learning', op: 'del', id });
    // The author, no longer a member either, still has their own.
    await writer.run('network.leave', { networkId: network });
    expect(learningIn((await writer.pullNew()).changes, ids[0]!)?.op ?? 'unchanged').not.toBe('del');
    expect(learningIn(await writer.pullAll(), ids[0]!)?.op).toBe('put');
  });

  it('swaps the unit learnings when a person moves to another unit, with no reset', async () => {
    const db = server.db.kysely;
    // The outsider moves into the author's unit; the stranger stays behind in the old one.
    const mover = outsider;
    const oldColleague = stranger;
    const oldUnit = args({ visibility: 'unit' });
    const oldUnitEdited = args({ visibility: 'unit' });
    const newUnit = args({ visibility: 'unit' });
    const oldWriter = await device(oldColleague);
    await oldWriter.run('learning.create', oldUnit);
    await oldWriter.run('learning.create', oldUnitEdited);
    await (await device(author)).run('learning.create', newUnit);

    const phone = await device(mover);
    const before = await phone.pullAll();
    expect(learningIn(before, oldUnit.id)?.op).toBe('put');
    expect(learningIn(before, newUnit.id)).toBeUndefined();

    expect(await movePersonToUnit(db, mover.id, author.unitId)).toBe(true);
    expect(await movePersonToUnit(db, mover.id, author.unitId)).toBe(false);
    // Changed after the device's cursor, when the mover no longer sees it.
    await oldWriter.run('learning.update', { id: oldUnitEdited.id, baseVersion: 1, body: 'Efter flytningen' });
    const moved = await phone.pullNew();
    noReset(moved.pages);
    expect(valueIn(moved.changes, newUnit.id)).toMatchObject({ authorId: author.id, visibility: 'unit' });
    expect(learningIn(moved.changes, oldUnit.id)).toEqual({ type: 'learning', op: 'del', id: oldUnit.id });
    expect(learningIn(moved.changes, oldUnitEdited.id)).toEqual({ type: 'learning', op: 'del', id: oldUnitEdited.id });
    expect(moved.changes.find((c) => c.type === 'person' && c.id === mover.id)?.value).toMatchObject({ unitId: author.unitId });
    // A learning the mover shares with "min enhed" now goes to the new unit.
    const mine = args({ visibility: 'unit' });
    await phone.run('learning.create', mine);
    expect(learningIn(await (await device(colleague)).pullAll(), mine.id)?.op).toBe('put');
    expect(learningIn(await (await device(oldColleague)).pullAll(), mine.id)).toBeUndefined();
  });
});
