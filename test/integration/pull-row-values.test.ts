// The values pull sends for people, their competences and network memberships, field by
// field, over the real HTTP API on SQLite and PostgreSQL: what a mutation wrote comes back
// as written, and what the database holds (a knowledge sharer, a coordinator) is told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, startServerFor } from '../support/dialects';
import { apiDevice, type ApiDevice } from '../support/api-device';
import { employees } from '../support/sessions';
import type { TestServer } from '../support/test-server';
import type { Change } from '../../src/shared/protocol';

describe.each(DIALECTS)('pulled row values on %s', (dialect) => {
  let server: TestServer;
  let phone: ApiDevice;
  let me: string;
  let everything: Change[];

  beforeAll(async () => {
    server = await startServerFor(dialect);
    [me] = await employees(server, 1) as [string];
    phone = await apiDevice(server, me);
    everything = await phone.pullAll();
  });
  afterAll(async () => { await server.close(); });

  const valueOf = (changes: Change[], type: Change['type'], id: string) => changes.filter((c) => c.type === type && c.id === id).at(-1)?.value;

  it('sends my competence with its level, help and note as set', async () => {
    expect((await phone.run('competence.set', { competenceId: 'demens', level: 3, canHelp: true, note: 'Demenskoordinator i to år' })).status).toBe('applied');
    const changes = (await phone.pullNew()).changes;
    const mine = changes.filter((c) => c.type === 'personCompetence' && c.value?.personId === me && c.value?.competenceId === 'demens');
    expect(mine.map((c) => c.value)).toEqual([{ id: mine[0]!.id, personId: me, competenceId: 'demens', level: 3, canHelp: true, note: 'Demenskoordinator i to år' }]);
  });

  it('sends my profile as written, and tells who shares knowledge', async () => {
    expect((await phone.run('profile.update', { title: 'Sygeplejerske', phone: '+45 12 34 56 78', phoneHidden: true, bio: 'Nattevagt' })).status).toBe('applied');
    const row = await server.db.kysely.selectFrom('people').select(['name', 'email', 'unit_id']).where('id', '=', me).executeTakeFirstOrThrow();
    expect(valueOf((await phone.pullNew()).changes, 'person', me)).toEqual({
      id: me, name: row.name, email: row.email, title: 'Sygeplejerske', phone: '+45 12 34 56 78', phoneHidden: true, bio: 'Nattevagt',
      unitId: row.unit_id, roles: ['employee'], knowledgeSharer: false,
    });
    const sharers = await server.db.kysely.selectFrom('people').select('id').where('knowledge_sharer', '=', 1).where('deleted', '=', 0).limit(3).execute();
    expect(sharers.length).toBeGreaterThan(0);
    for (const { id } of sharers) expect(valueOf(everything, 'person', id)).toMatchObject({ knowledgeSharer: true });
  });

  it('sends a network\'s memberships with each one\'s role', async () => {
    expect((await phone.run('network.join', { networkId: 'n-ordblindhed' })).status).toBe('applied');
    const changes = (await phone.pullNew()).changes;
    const roles = await server.db.kysely.selectFrom('memberships').select(['id', 'role'])
      .where('network_id', '=', 'n-ordblindhed').where('status', '=', 'active').where('deleted', '=', 0).execute();
    expect(roles.some((r) => r.role === 'coordinator')).toBe(true);
    for (const { id, role } of roles) expect(valueOf(changes, 'membership', id)).toMatchObject({ networkId: 'n-ordblindhed', status: 'active', role });
  });
});
