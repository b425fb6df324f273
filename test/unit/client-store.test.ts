// The device database: optimistic rows, shadows, and how a pulled page replaces them.
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreDb } from '../../src/client/store/open';
import { setMeta } from '../../src/client/store/meta';
import { mutate } from '../../src/client/actions/mutate';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { countOutbox, renumberOutbox, settleOutbox } from '../../src/client/store/outbox';
import { listPersonCompetences, pendingKeys } from '../../src/client/store/queries';
import type { PullResponse } from '../../src/shared/protocol';

const me = 'p-anna';
const person = { id: me, name: 'Anna', email: 'anna@fjordby.example', title: 'SSH', phone: '1', phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false, version: 3 };
const page = (changes: PullResponse['changes'], lastMutationId = 0, extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.9', more: false, reset: false, lastMutationId, changes, ...extra });

let db: StoreDb;
beforeEach(async () => {
  db = await openStore(`unit-${crypto.randomUUID()}`);
  await setMeta(db, 'personId', me);
  await applyPullPage(db, page([
    { type: 'person', op: 'put', id: me, value: person },
    { type: 'competence', op: 'put', id: 'demens', value: { id: 'demens', name: 'Demens', category: 'Sundhed', synonyms: ['Alzheimers'], description: '', version: 1 } },
  ]), new Date().toISOString());
});

describe('a local change', () => {
  it('writes the optimistic row and the outbox entry together, with gap-free ids', async () => {
    expect(await mutate(db, 'competence.set', { competenceId: 'demens', level: 2, canHelp: true })).toBe(1);
    expect(await mutate(db, 'profile.update', { bio: 'Hej' })).toBe(2);
    expect(await countOutbox(db)).toBe(2);
    const [mine] = await listPersonCompetences(db, me);
    expect(mine).toMatchObject({ pending: true, row: { level: 2, canHelp: true } });
    expect((await db.get('person', me))?.bio).toBe('Hej');
  });

  it('is refused before queueing when its arguments are malformed', async () => {
    await expect(mutate(db, 'competence.set', { competenceId: 'demens', level: 7 as never, canHelp: true })).rejects.toThrow();
    expect(await countOutbox(db)).toBe(0);
  });
});

describe('applying a pulled page', () => {
  it('keeps pending changes on top of what the server sends', async () => {
    await mutate(db, 'profile.update', { bio: 'Min tekst' });
    await applyPullPage(db, page([{ type: 'person', op: 'put', id: me, value: { ...person, title: 'Sygeplejerske', version: 5 } }]), new Date().toISOString());
    const after = await db.get('person', me);
    expect(after).toMatchObject({ title: 'Sygeplejerske', bio: 'Min tekst' });
    expect((await pendingKeys(db)).has(`person:${me}`)).toBe(true);
  });

  it('drops what the server has handled and shows the server truth', async () => {
    await mutate(db, 'competence.set', { competenceId: 'demens', level: 3, canHelp: false });
    const serverRow = { id: `${me}:demens`, personId: me, competenceId: 'demens', level: 2, canHelp: false, note: '', updatedAt: new Date().toISOString(), version: 7 };
    await applyPullPage(db, page([{ type: 'personCompetence', op: 'put', id: serverRow.id, value: serverRow }], 1), new Date().toISOString());
    expect(await countOutbox(db)).toBe(0);
    expect(await db.count('pending')).toBe(0);
    expect((await listPersonCompetences(db, me))[0]?.row).toEqual(serverRow);
  });

  it('undoes a refused change once the server has judged it', async () => {
    await mutate(db, 'competence.set', { competenceId: 'demens', level: 1, canHelp: false });
    await settleOutbox(db, 1, [{ id: 1, name: 'competence.set', args: {}, code: 'competence_not_found', message: 'Kompetencen findes ikke længere', at: new Date().toISOString() }]);
    await applyPullPage(db, page([], 1), new Date().toISOString());
    expect(await listPersonCompetences(db, me)).toEqual([]);
    expect(await db.count('rejected')).toBe(1);
  });

  it('on reset replaces all synced rows but keeps the outbox', async () => {
    await mutate(db, 'competence.set', { competenceId: 'demens', level: 1, canHelp: true });
    await applyPullPage(db, page([{ type: 'person', op: 'put', id: me, value: person }], 0, { reset: true }), new Date().toISOString());
    expect(await db.get('competence', 'demens')).toBeUndefined();
    expect(await countOutbox(db)).toBe(1);
    // Replayed on the fresh state.
    expect(await listPersonCompetences(db, me)).toHaveLength(1);
  });

  it('renumbers waiting changes when the server expects another id', async () => {
    await mutate(db, 'profile.update', { bio: 'a' });
    await mutate(db, 'profile.update', { bio: 'b' });
    await renumberOutbox(db, 10);
    expect((await db.getAll('outbox')).map((e) => e.id)).toEqual([10, 11]);
    expect(await mutate(db, 'profile.update', { bio: 'c' })).toBe(12);
  });
});
