// "Hvad tog du med dig?": after an event, the app asks what the person took away (plan
// activity 9: structured sharing after courses and seminars). Asked once per event, of
// those who attended (checked in at the venue, or ticked by an organizer), from the
// moment the event has ended: not before it has happened, not for a seat never used, and
// never for a cancelled event (one raised before the cancellation is withdrawn: see
// withdrawnReflection). Answering opens the write screen with the event filled in.
import type { Seminar, Signup } from '../../shared/entities';

/** Only recent occasions: a new phone's first sync must not bring up every event ever attended. */
export const REFLECTION_WINDOW_MS = 7 * 86_400_000;

export const reflectionKey = (seminarId: string) => seminarId;

export interface ReflectionFinding { key: string; vars: { name: string; seminarId: string } }

/**
 * Events I attended that have ended, within the window. Time alone makes these due (an
 * event ends with no row changing), so they are looked for at each pull, not only among
 * the rows a page changes; a tick by an organizer after the end is found the same way.
 */
export function dueReflections(signups: readonly Signup[], seminarOf: (id: string) => Seminar | undefined, now = Date.now()): ReflectionFinding[] {
  return signups.flatMap((signup) => {
    if (!signup.checkedInAt || signup.status === 'cancelled') return [];
    const seminar = seminarOf(signup.seminarId);
    if (!seminar || seminar.status === 'cancelled') return [];
    const ended = Date.parse(seminar.endsAt);
    if (!(ended <= now) || now - ended > REFLECTION_WINDOW_MS) return [];
    return [{ key: reflectionKey(seminar.id), vars: { name: seminar.title, seminarId: seminar.id } }];
  });
}

/** A reflection notice whose event has since been cancelled (or is gone) is not shown. */
export function withdrawnReflection(vars: Record<string, string | number>, seminarOf: (id: string) => Seminar | undefined): boolean {
  const seminar = typeof vars.seminarId === 'string' ? seminarOf(vars.seminarId) : undefined;
  return !seminar || seminar.status === 'cancelled';
}
