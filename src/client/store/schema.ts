// The IndexedDB layout (version 5; open.ts brings older ones forward). Synced rows are kept as a log of pulled pages,
// compacted now and then into snapshot chunks: Chromium writes a few large records
// far faster than 200,000 small ones, so a first sync of a big municipality stays fast.
// The screens read an in-memory copy (synced-state.ts) with the optimistic overlay on top.
import type { DBSchema } from 'idb';
import type { EntityType, Learning } from '../../shared/entities';
import type { Change, Mutation } from '../../shared/protocol';

export interface OutboxEntry {
  id: number;
  name: Mutation['name'];
  args: Mutation['args'];
  createdAt: string;
}

/** One pulled page (or one snapshot chunk after compaction), in the order applied. */
export interface LogRecord {
  changes: Change[];
}

/** A row as pending local changes have made it; `value: null` means deleted locally. */
export interface OverlayEntry {
  key: string;
  type: EntityType;
  id: string;
  value: Record<string, unknown> | null;
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

/**
 * Another person's unsent changes, kept on a shared phone for their owner: sent with
 * that person's own device identity when they sign in here again, never with anyone else's.
 */
export interface ParkedOutbox {
  personId: string;
  clientId: string | undefined;
  nextMutationId: number | undefined;
  pushedUpTo: number | undefined;
  entries: OutboxEntry[];
  rejected: RejectedEntry[];
  /** Their unfinished learnings (absent in what an older version parked). */
  drafts?: LearningDraft[];
  parkedAt: string;
}

/**
 * Something sync brought to the user's attention (notices.ts), kept until they dismiss it.
 * A dismissed notice stays (marked) so that the same occasion is not raised again.
 */
export interface NoticeEntry {
  /** Stable for its occasion (`waitlistPromoted:s-1`): raising it twice keeps one. */
  id: string;
  /** A kind of client/notices/notice-kinds.ts; a string here, so an older app keeps a newer kind's rows. */
  kind: string;
  /** The words' values (a seminar's title…), fixed when it was raised. */
  vars: Record<string, string | number>;
  at: string;
  dismissed: boolean;
  /** Put off by the user ("Påmind mig i morgen"): hidden until then, then shown again. */
  snoozedUntil?: string;
}

/**
 * A learning being written or edited (store/drafts.ts), saved as the person types so a
 * reload, a closed app or a dead battery loses nothing. `id` is the learning's: a new one
 * is created with it (a replayed create makes the same row), an edit keeps it.
 */
export interface LearningDraft {
  id: string;
  personId: string;
  mode: 'new' | 'edit';
  /** An edit's starting point: sent as learning.update's `baseVersion`. */
  baseVersion: number | null;
  title: string;
  body: string;
  application: string;
  sourceKind: Learning['sourceKind'];
  seminarId: string | null;
  competenceIds: string[];
  dlo: number[];
  /** The form's choice; `networkId` says which network when it is 'network'. */
  visibility: 'private' | 'unit' | 'organization' | 'network';
  networkId: string;
  /** Conflict entries (their `at`) the author has merged into this edit. */
  resolvedConflicts: string[];
  updatedAt: string;
}

export interface MetaValues {
  clientId: string;
  personId: string;
  cursor: string;
  nextMutationId: number;
  /** The server has judged every outbox entry up to here; they stay until a pull confirms them. */
  pushedUpTo: number;
  lastSyncAt: string;
  /** Bumped when the log is replaced (reset, compaction): other tabs then reload it whole. */
  logGeneration: number;
  /**
   * The device was wiped at a sign-out the server could not be told of (offline): its
   * session cookie lives on, so the logout is sent at the next start, and until then the
   * cookie may not sign its person back in.
   */
  signOutOwed: true;
  /**
   * This person's pulse answers given on this phone (issue 24), by pulse id: the secret key
   * that is the only way back to the answer on the server (to change it), and the answer,
   * so the form shows it again. Never sent anywhere but in the answer itself.
   */
  pulseAnswers: Record<string, KeptPulseAnswer>;
}

export interface KeptPulseAnswer {
  key: string;
  scores: Partial<Record<string, number>>;
  text: string;
  /** The outbox id of the latest answer sent from here: a refusal of it is shown, an older one is not. */
  mutationId?: number;
}

export interface VidenbroSchema extends DBSchema {
  log: { key: number; value: LogRecord };
  overlay: { key: string; value: OverlayEntry };
  outbox: { key: number; value: OutboxEntry };
  rejected: { key: number; value: RejectedEntry; indexes: { byAt: string } };
  meta: { key: string; value: unknown };
  parked: { key: string; value: ParkedOutbox };
  notices: { key: string; value: NoticeEntry };
  drafts: { key: string; value: LearningDraft; indexes: { byPerson: string } };
}

export const DB_VERSION = 5;
