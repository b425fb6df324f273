// What a device holds after applying pulled changes in order, as the app's store does:
// (type, id) → value, a `put` replacing the row and a `del` removing it. The scope tests
// compare a device that pulled incrementally with a fresh one of the same person.
import type { Change } from '../../src/shared/protocol';
import { apiDevice, type ApiDevice } from './api-device';
import type { RunningServer } from '../../src/server/server';

export type HeldRows = Map<string, unknown>;

export const heldKey = (c: Pick<Change, 'type' | 'id'>): string => `${c.type} ${c.id}`;

export function applyChanges(rows: HeldRows, changes: readonly Change[]): HeldRows {
  for (const change of changes) {
    if (change.op === 'put') rows.set(heldKey(change), change.value);
    else rows.delete(heldKey(change));
  }
  return rows;
}

/** What differs between a device's rows and the truth, at most `max` lines (empty: none). */
export function rowDifferences(held: HeldRows, truth: HeldRows, max = 12): string[] {
  const lines: string[] = [];
  for (const [key, value] of held) {
    if (!truth.has(key)) lines.push(`kept, but gone: ${key} ${JSON.stringify(value)}`);
    else if (JSON.stringify(truth.get(key)) !== JSON.stringify(value)) lines.push(`stale: ${key} ${JSON.stringify(value)} ≠ ${JSON.stringify(truth.get(key))}`);
  }
  for (const [key, value] of truth) if (!held.has(key)) lines.push(`missing: ${key} ${JSON.stringify(value)}`);
  return lines.slice(0, max);
}

/** Everything a fresh device of this person would hold now. */
export async function freshRows(server: Pick<RunningServer, 'url' | 'db'>, personId: string): Promise<HeldRows> {
  return applyChanges(new Map(), await (await apiDevice(server, personId)).pullAll());
}

/** A device that pulled from the beginning and keeps what it pulls. */
export interface HoldingDevice extends ApiDevice {
  personId: string;
  rows: HeldRows;
  /** Pulls what is new (`limit` rows a page) and applies it. */
  sync(limit?: number): ReturnType<ApiDevice['pullNew']>;
}

export async function holdingDevice(server: Pick<RunningServer, 'url' | 'db'>, personId: string): Promise<HoldingDevice> {
  const device = await apiDevice(server, personId);
  const rows = applyChanges(new Map(), await device.pullAll());
  return {
    ...device, personId, rows,
    async sync(limit) {
      const pulled = await device.pullNew(limit);
      // As the app does: a reset page (what the person may see widened past what the cursor
      // can catch up on) starts the rows afresh from its changes.
      for (const page of pulled.pages) {
        if (page.reset) rows.clear();
        applyChanges(rows, page.changes);
      }
      return pulled;
    },
  };
}
