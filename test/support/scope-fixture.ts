// What the scope tests share (scope-changes.test.ts, scope-counterexamples.test.ts): a
// server with the demo municipality, ordinary employees handed out a few per test, devices
// that keep what they pull, Lis's new networks, and the checks a case ends with.
import { afterAll, beforeAll, expect } from 'vitest';
import type { Kysely } from 'kysely';
import { startServerFor } from './dialects';
import { employees } from './sessions';
import { freshRows, heldKey, holdingDevice, rowDifferences, type HoldingDevice } from './held-rows';
import type { TestDialect, TestServer } from './test-server';
import type { Change } from '../../src/shared/protocol';
import type { Database } from '../../src/server/db/schema';

/** `n` strings, as a tuple: `const [a, b] = take(2)` gives two strings. */
export type Ids<N extends number, T extends string[] = []> = T['length'] extends N ? T : Ids<N, [...T, string]>;

export interface ScopeFixture {
  db(): Kysely<Database>;
  ids: { lis: string; admin: string };
  /** Ordinary employees, `n` of them, never handed out twice. */
  take<N extends number>(n: N): Ids<N>;
  /** The employees not handed out yet; `claim` takes some of them by id. */
  spare(): readonly string[];
  claim(...personIds: string[]): void;
  holding(personId: string): Promise<HoldingDevice>;
  /** A new network run by Lis. */
  networkOf(lis: HoldingDevice, joinPolicy: 'open' | 'approval'): Promise<string>;
  applied(device: HoldingDevice, name: string, args: Record<string, unknown>): Promise<void>;
  refused(device: HoldingDevice, name: string, args: Record<string, unknown>, code: string): Promise<void>;
  /** The device holds exactly what a fresh one of the same person does. */
  expectSameAsFresh(device: HoldingDevice): Promise<void>;
  seminarArgs(id: string, networkId: string | null): Record<string, unknown>;
  learningArgs(id: string, visibility: unknown): Record<string, unknown>;
}

export const dels = (changes: Change[]): Set<string> => new Set(changes.filter((c) => c.op === 'del').map(heldKey));
export const puts = (changes: Change[]): Map<string, unknown> => new Map(changes.filter((c) => c.op === 'put').map((c) => [heldKey(c), c.value]));

/** Starts the server before the suite's tests and stops it after them. */
export function useScopeFixture(dialect: TestDialect): ScopeFixture {
  let server: TestServer | undefined;
  let spare: string[] = [];
  const running = () => {
    if (!server) throw new Error('the scope fixture has no server yet');
    return server;
  };
  const ids = { lis: '', admin: '' };
  beforeAll(async () => {
    server = await startServerFor(dialect);
    const byEmail = async (email: string) =>
      (await running().db.kysely.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    ids.lis = await byEmail('lis@fjordby.example');
    ids.admin = await byEmail('admin@fjordby.example');
    spare = await employees(running(), 60);
  });
  afterAll(async () => { await server?.close(); });

  const start = Date.now() + 30 * 60_000;
  return {
    db: () => running().db.kysely,
    ids,
    take: <N extends number>(n: N) => {
      const taken = spare.splice(0, n);
      if (taken.length !== n) throw new Error(`only ${taken.length} employees left`);
      return taken as Ids<N>;
    },
    spare: () => spare,
    claim: (...personIds) => { spare = spare.filter((id) => !personIds.includes(id)); },
    holding: (personId) => holdingDevice(running(), personId),
    async networkOf(lis, joinPolicy) {
      const id = crypto.randomUUID();
      expect(await lis.run('network.create', { id, name: `Netværk ${id.slice(0, 4)}`, description: '', kind: 'professional', joinPolicy }))
        .toMatchObject({ status: 'applied' });
      return id;
    },
    async applied(device, name, args) {
      expect(await device.run(name, args), `${name} ${JSON.stringify(args)}`).toMatchObject({ status: 'applied' });
    },
    async refused(device, name, args, code) {
      expect(await device.run(name, args)).toMatchObject({ status: 'rejected', error: { code, message: expect.any(String) } });
    },
    async expectSameAsFresh(device) {
      expect(rowDifferences(device.rows, await freshRows(running(), device.personId)), `device of ${device.personId}`).toEqual([]);
    },
    seminarArgs: (id, networkId) => ({
      id, title: 'Sprogcafé', description: '', kind: 'cafe', location: 'Biblioteket', capacity: 5, networkId,
      startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(),
    }),
    learningArgs: (id, visibility) => ({ id, title: 'Det lærte jeg', body: 'Om ordblindhed', sourceKind: 'colleague', visibility }),
  };
}
