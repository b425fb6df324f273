// The client's search index follows the device store: pulled pages and the user's own
// pending rows are applied in place, a reset rebuilds.
import { describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/client/store/local-store';
import { setMeta } from '../../src/client/store/meta';
import { applyPullPage } from '../../src/client/sync/apply-pull';
import { mutate } from '../../src/client/actions/mutate';
import { settleOutbox } from '../../src/client/store/outbox';
import { DirectoryService } from '../../src/client/directory/directory-service';
import type { Change, PullResponse } from '../../src/shared/protocol';

const page = (changes: Change[], extra: Partial<PullResponse> = {}): PullResponse =>
  ({ cursor: 'v1.1', more: false, reset: false, lastMutationId: 0, changes, ...extra });
const person = (id: string, name: string) => ({ type: 'person' as const, op: 'put' as const, id, value: {
  id, name, email: `${id}@x.example`, title: '', phone: null, phoneHidden: false, bio: '', unitId: 'u1', roles: ['employee'], knowledgeSharer: false,
} });
const holding = (personId: string, competenceId: string) => ({ type: 'personCompetence' as const, op: 'put' as const, id: `${personId}:${competenceId}`,
  value: { id: `${personId}:${competenceId}`, personId, competenceId, level: 2, canHelp: false, note: '' } });

describe('DirectoryService', () => {
  it('applies pulls and pending rows without rebuilding', async () => {
    const store = await LocalStore.open(`dir-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', 'p-me');
    await applyPullPage(store, page([
      { type: 'area', op: 'put', id: 'a1', value: { id: 'a1', name: 'Ældre' } },
      { type: 'unit', op: 'put', id: 'u1', value: { id: 'u1', areaId: 'a1', name: 'Hjemmeplejen' } },
      { type: 'competence', op: 'put', id: 'demens', value: { id: 'demens', name: 'Demens', category: 'Sundhed', synonyms: [], description: '' } },
      person('p-me', 'Mig Selv'), person('p2', 'Karen'), holding('p2', 'demens'),
    ]), new Date().toISOString());
    const service = new DirectoryService(store);
    expect(() => service.get()).toThrow();
    await service.prepare();
    const index = service.get();
    expect(index.search('demens')).toEqual(['p2']);

    await applyPullPage(store, page([person('p3', 'Ole'), holding('p3', 'demens')]), new Date().toISOString());
    expect(service.get()).toBe(index); // not rebuilt
    expect(index.search('demens').sort()).toEqual(['p2', 'p3']);

    // My own change shows while pending, and goes when the server refuses it.
    await mutate(store, 'competence.set', { competenceId: 'demens', level: 3, canHelp: true });
    expect(service.get().search('demens')[0]).toBe('p-me');
    await settleOutbox(store.idb, 1, [{ id: 1, name: 'competence.set', args: {}, code: 'not_allowed', message: 'Nej', at: new Date().toISOString() }]);
    await applyPullPage(store, page([], { lastMutationId: 1 }), new Date().toISOString());
    expect(service.get().search('demens')).not.toContain('p-me');

    await applyPullPage(store, page([person('p9', 'Nyt Menneske')], { reset: true }), new Date().toISOString());
    expect(service.get()).not.toBe(index); // a reset rebuilds
    expect(service.get().search('demens')).toEqual([]);
    expect(service.get().search('menneske')).toEqual(['p9']);
    service.close();
    store.close();
  });

  it('builds in slices, giving way between them, and takes in what syncs meanwhile', async () => {
    const store = await LocalStore.open(`dir-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', 'p-me');
    const many = Array.from({ length: 300 }, (_, i) => person(`p${i}`, `Person ${i}`));
    await applyPullPage(store, page([
      { type: 'competence', op: 'put', id: 'demens', value: { id: 'demens', name: 'Demens', category: 'Sundhed', synonyms: [], description: '' } },
      ...many, ...many.map((p) => holding(p.id, 'demens')),
    ]), new Date().toISOString());
    let pauses = 0;
    // Each pause lets something else run: here, the first one lets a pull page land.
    const pause = async () => {
      pauses += 1;
      if (pauses === 1) await applyPullPage(store, page([person('p-late', 'Sene Sofie'), holding('p-late', 'demens')]), new Date().toISOString());
    };
    const service = new DirectoryService(store, { pause, budgetMs: 0 });
    await service.prepare();
    // 300 people, 300 holdings, their text: a pause every 32 steps.
    expect(pauses).toBeGreaterThan(20);
    expect(service.get().search('sofie')).toEqual(['p-late']);
    expect(service.get().searchPage('demens', {}, 5).total).toBe(301);
    service.close();
    store.close();
  });

  it('starts again when a reset lands during the build', async () => {
    const store = await LocalStore.open(`dir-${crypto.randomUUID()}`);
    await setMeta(store.idb, 'personId', 'p-me');
    await applyPullPage(store, page(Array.from({ length: 300 }, (_, i) => person(`p${i}`, `Person ${i}`))), new Date().toISOString());
    let pauses = 0;
    const pause = async () => {
      pauses += 1;
      if (pauses === 1) await applyPullPage(store, page([person('p-new', 'Helt Ny')], { reset: true }), new Date().toISOString());
    };
    const service = new DirectoryService(store, { pause, budgetMs: 0 });
    await service.prepare();
    expect(service.get().search('person')).toEqual([]);
    expect(service.get().search('helt')).toEqual(['p-new']);
    service.close();
    store.close();
  });
});
