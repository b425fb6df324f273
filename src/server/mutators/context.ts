// What every server mutator gets: its transaction, who is acting, and fresh versions.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { MutationArgs, MutationName } from '../../shared/protocol';
import type { Viewer } from '../rules/viewer';

export interface MutationContext {
  tx: Transaction<Database>;
  viewer: Viewer;
  /** The server's time of this mutation, ISO 8601. */
  now: string;
  /** Takes the next global version; each written row needs its own. */
  nextVersion: () => Promise<number>;
  /** Takes `count` consecutive versions and returns the first: for one statement writing many rows. */
  reserveVersions: (count: number) => Promise<number>;
  /** Where row locks differ: PostgreSQL locks rows with FOR UPDATE; SQLite's write transaction holds the database. */
  dialect: 'sqlite' | 'postgres';
}

/** The only place business rules are enforced: throw MutationRefusal to reject. */
export type Mutator<N extends MutationName> = (ctx: MutationContext, args: MutationArgs<N>) => Promise<void>;
