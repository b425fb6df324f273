// What "my state" at an event is, from the pulled sign-up row, the changes still waiting in
// the outbox and those the server refused. A seat is never shown before the server said so:
// a waiting sign-up is "afventer bekræftelse", never "Bekræftet" (sync.md).
import type { Seminar, Signup } from '../../../shared/entities/seminar';
import { byTime } from '../../../shared/i18n/collate';

/** An outbox or refused entry, as far as this logic needs it. */
export interface MutationLike { id: number; name: string; args: unknown }
export interface RefusedLike extends MutationLike { message: string; at: string }

export type SignupState =
  | { kind: 'none' }
  | { kind: 'pendingSignup' }
  | { kind: 'pendingCancel' }
  | { kind: 'confirmed' }
  | { kind: 'waitlisted'; position: number | null }
  | { kind: 'cancelled' }
  | { kind: 'attended' }
  | { kind: 'refused'; message: string }
  /** I had (or had asked for) a seat, and the event was cancelled: no "Bekræftet" for it. */
  | { kind: 'eventCancelled' };

const SIGNUP_NAMES = new Set(['signup.request', 'signup.cancel']);

/** The seminar a mutation is about, if any. */
export function seminarOf(entry: MutationLike): string | null {
  const args = entry.args as { seminarId?: unknown; id?: unknown } | null;
  if (!args || typeof args !== 'object') return null;
  if (typeof args.seminarId === 'string') return args.seminarId;
  if (entry.name.startsWith('seminar.') && typeof args.id === 'string') return args.id;
  return null;
}

export function signupState(input: {
  seminarId: string;
  signup: Signup | undefined;
  pending: readonly MutationLike[];
  refused: readonly RefusedLike[];
  /** The seminar, when the phone has it: a cancelled one overrides a seat or a place. */
  seminar?: Pick<Seminar, 'status'> | undefined;
}): SignupState {
  const state = stateOfSignup(input);
  const held = state.kind === 'confirmed' || state.kind === 'waitlisted' || state.kind === 'pendingSignup';
  return input.seminar?.status === 'cancelled' && held ? { kind: 'eventCancelled' } : state;
}

function stateOfSignup(input: Parameters<typeof signupState>[0]): SignupState {
  const { seminarId, signup } = input;
  // The last sign-up change still waiting decides: the user's latest intent.
  const waiting = input.pending.filter((entry) => SIGNUP_NAMES.has(entry.name) && seminarOf(entry) === seminarId);
  const last = waiting.reduce<MutationLike | undefined>((latest, entry) => (!latest || entry.id > latest.id ? entry : latest), undefined);
  if (last) return { kind: last.name === 'signup.request' ? 'pendingSignup' : 'pendingCancel' };
  if (signup?.checkedInAt) return { kind: 'attended' };
  if (signup?.status === 'confirmed') return { kind: 'confirmed' };
  if (signup?.status === 'waitlisted') return { kind: 'waitlisted', position: signup.position };
  // Refused, and not since overtaken by a row from the server: the server's own words.
  const refused = input.refused
    .filter((entry) => entry.name === 'signup.request' && seminarOf(entry) === seminarId)
    .sort((a, b) => byTime(b.at, a.at))[0];
  if (refused && (!signup || refused.at > signup.createdAt)) return { kind: 'refused', message: refused.message };
  if (signup?.status === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'none' };
}

/** Every seat taken: a sign-up now gets a place on the waiting list (the server decides). */
export function isFull(seminar: Pick<Seminar, 'capacity' | 'confirmedCount'> | undefined): boolean {
  return seminar !== undefined && seminar.confirmedCount >= seminar.capacity;
}

/** Whether the person can still ask for a seat (the server judges; this only hides buttons). */
export function canSignUp(seminar: Pick<Seminar, 'status' | 'endsAt'> | undefined, state: SignupState, now = Date.now()): boolean {
  if (seminar && (seminar.status === 'cancelled' || Date.parse(seminar.endsAt) < now)) return false;
  return state.kind === 'none' || state.kind === 'cancelled' || state.kind === 'refused' || state.kind === 'pendingCancel';
}

export function canCancel(seminar: Pick<Seminar, 'status' | 'endsAt'> | undefined, state: SignupState, now = Date.now()): boolean {
  if (seminar && (seminar.status === 'cancelled' || Date.parse(seminar.endsAt) < now)) return false;
  return state.kind === 'confirmed' || state.kind === 'waitlisted' || state.kind === 'pendingSignup';
}

/** Whether the event belongs under "Mine". */
export function isMine(state: SignupState): boolean {
  return state.kind !== 'none';
}
