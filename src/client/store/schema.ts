// The IndexedDB layout: one object store per synced entity type, plus the outbox,
// the optimistic shadows, the "not accepted" list and sync metadata.
import type { DBSchema } from 'idb';
import type { EntityOf, EntityType } from '../../shared/entities';
import type { Mutation } from '../../shared/protocol';

export interface OutboxEntry {
  id: number;
  name: Mutation['name'];
  args: Mutation['args'];
  createdAt: string;
}

/** The server's value of a row before the first pending local change touched it. */
export interface ShadowEntry {
  key: string;
  type: EntityType;
  id: string;
  shadow: Record<string, unknown> | null;
}

/** A change the server refused: kept for the user to read, never silently dropped. */
export interface RejectedEntry {
  id: number;
  name: string;
  args: unknown;
  code: string;
  message: string;
  at: string;
}

export interface MetaValues {
  clientId: string;
  personId: string;
  cursor: string;
  nextMutationId: number;
  lastSyncAt: string;
}

type EntityStores = {
  [T in EntityType]: {
    key: string;
    value: EntityOf<T>;
    indexes: T extends 'personCompetence' | 'membership' | 'signup' ? { byPerson: string } : Record<never, never>;
  };
};

export interface VidenbroSchema extends DBSchema, EntityStores {
  outbox: { key: number; value: OutboxEntry };
  pending: { key: string; value: ShadowEntry };
  rejected: { key: number; value: RejectedEntry; indexes: { byAt: string } };
  meta: { key: string; value: unknown };
}

export const DB_VERSION = 1;
