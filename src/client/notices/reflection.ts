// "Hvad tog du med dig?": after an event, the app asks what the person took away (plan
// activity 9: structured sharing after courses and seminars). Asked once per event, when
// the person checks in, or else the day after it ended for those signed up. Answering
// opens the write screen with the event filled in (ui/learning).
import type { Seminar, Signup } from '../../shared/entities';

/** Only recent occasions: a new phone's first sync must not bring up every event ever attended. */
export const REFLECTION_WINDOW_MS = 7 * 86_400_000;

export const reflectionKey = (seminarId: string) => seminarId;

export interface ReflectionFinding { key: string; vars: { name: string; seminarId: string } }

const finding = (seminar: Pick<Seminar, 'id' | 'title'>): ReflectionFinding =>
  ({ key: reflectionKey(seminar.id), vars: { name: seminar.title, seminarId: seminar.id } });

/** A pulled signup of mine that now says I checked in (recently). */
export function reflectionOnCheckin(
  before: Signup | undefined, after: Signup | undefined, personId: string,
  seminarOf: (id: string) => Seminar | undefined, now = Date.now(),
): ReflectionFinding | null {
  if (after?.personId !== personId || !after.checkedInAt || before?.checkedInAt) return null;
  if (now - Date.parse(after.checkedInAt) > REFLECTION_WINDOW_MS) return null;
  const seminar = seminarOf(after.seminarId);
  return seminar && seminar.status !== 'cancelled' ? finding(seminar) : null;
}

/** The first moment of the calendar day after `at`, on the device's clock. */
function nextDayStart(at: string): number {
  const day = new Date(at);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
}

/**
 * Events I was signed up for (a seat, not the waiting list) that ended before today and
 * within the window: asked the day after. Time alone makes these due, so they are looked
 * for at each pull, not only among the rows a page changes.
 */
export function dueReflections(signups: readonly Signup[], seminarOf: (id: string) => Seminar | undefined, now = Date.now()): ReflectionFinding[] {
  return signups.flatMap((signup) => {
    if (signup.status !== 'confirmed') return [];
    const seminar = seminarOf(signup.seminarId);
    if (!seminar || seminar.status === 'cancelled') return [];
    const ended = Date.parse(seminar.endsAt);
    return nextDayStart(seminar.endsAt) <= now && now - ended <= REFLECTION_WINDOW_MS ? [finding(seminar)] : [];
  });
}
