// A device of one person speaking the sync protocol over real HTTP: pushes mutations
// with ids 1, 2, 3 … (one per request) and pulls from its own cursor.
import { expect } from 'vitest';
import * as v from 'valibot';
import { clientFor } from './sessions';
import type { HttpClient } from './http-client';
import type { RunningServer } from '../../src/server/server';
import { PullResponseSchema, type Change, type MutationResult, type PullResponse, type PushResponse } from '../../src/shared/protocol';

export interface ApiDevice {
  http: HttpClient;
  run(name: string, args: unknown): Promise<MutationResult>;
  /** Several mutations in one request, as an outbox sends them. */
  push(mutations: { name: string; args: unknown }[]): Promise<MutationResult[]>;
  /** Everything from the beginning (a fresh device). */
  pullAll(): Promise<Change[]>;
  /** What changed since this device's last pull, with the raw pages (`limit` rows a page, 5,000 unless told). */
  pullNew(limit?: number): Promise<{ changes: Change[]; pages: PullResponse[]; bytes: number }>;
}

export async function apiDevice(server: Pick<RunningServer, 'url' | 'db'>, personId: string): Promise<ApiDevice> {
  const http = await clientFor(server, personId);
  const clientId = crypto.randomUUID();
  let next = 1;
  let cursor: string | undefined;
  async function pullFrom(start: string | undefined, limit = 5000) {
    const pages: PullResponse[] = [];
    let bytes = 0;
    let at = start;
    for (;;) {
      const params = new URLSearchParams({ clientId, limit: String(limit) });
      if (at) params.set('cursor', at);
      const reply = await http.request<PullResponse>('GET', `/api/sync/pull?${params}`);
      expect(reply.status).toBe(200);
      bytes += reply.text.length;
      // Read as the app reads it (the reply schema puts each value's id back).
      pages.push(v.parse(PullResponseSchema, reply.json));
      at = reply.json.cursor;
      if (!reply.json.more) break;
    }
    cursor = at;
    return { changes: pages.flatMap((p) => p.changes), pages, bytes };
  }
  return {
    http,
    async run(name, args) {
      return (await push([{ name, args }]))[0]!;
    },
    push,
    pullAll: async () => (await pullFrom(undefined)).changes,
    pullNew: (limit) => pullFrom(cursor, limit),
  };
  async function push(mutations: { name: string; args: unknown }[]): Promise<MutationResult[]> {
    const reply = await http.request<PushResponse>('POST', '/api/sync/push', { clientId, mutations: mutations.map((m) => ({ id: next++, ...m })) });
    expect(reply.status).toBe(200);
    return reply.json.results;
  }
}
