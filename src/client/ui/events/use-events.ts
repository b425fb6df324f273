// The events as the screens read them: each seminar with my state, kept current.
import '../../../shared/i18n/sections/events';
import type { Seminar } from '../../../shared/entities/seminar';
import { signupId } from '../../../shared/entities/seminar';
import { useRuntime } from '../context';
import { useLiveQuery } from '../hooks';
import { listEventChanges } from '../../store/queries';
import { signupState, type SignupState } from './signup-state';
import { byTime } from '../../../shared/i18n/collate';

export interface EventView { seminar: Seminar; state: SignupState }

export function useEvents(): EventView[] | undefined {
  const runtime = useRuntime();
  return useLiveQuery(async () => {
    const { pending, refused } = await listEventChanges(runtime.store);
    const me = runtime.personId ?? '';
    return runtime.store.all('seminar')
      .map((seminar) => ({
        seminar,
        state: signupState({ seminarId: seminar.id, signup: runtime.store.get('signup', signupId(seminar.id, me)), pending, refused, seminar }),
      }))
      .sort((a, b) => byTime(a.seminar.startsAt, b.seminar.startsAt));
  }, []);
}

export interface OneEvent {
  seminar: Seminar | undefined;
  state: SignupState;
  /** A new event made on this phone, not yet accepted by the server. */
  draft: { title: string; startsAt: string; location: string } | null;
}

/**
 * One event and my state. `beforeRowsLoaded` (a poster's sign-up: one tap at once): also
 * while the synced rows are still being read at start, when `seminar` may not be there yet.
 */
export function useEvent(id: string, { beforeRowsLoaded = false } = {}): OneEvent | undefined {
  const runtime = useRuntime();
  return useLiveQuery(async () => {
    const { pending, refused } = await listEventChanges(runtime.store);
    const me = runtime.personId ?? '';
    const seminar = runtime.store.get('seminar', id);
    return {
      seminar,
      state: signupState({ seminarId: id, signup: runtime.store.get('signup', signupId(id, me)), pending, refused, seminar }),
      draft: (pending.find((entry) => entry.name === 'seminar.create' && (entry.args as { id?: string }).id === id)?.args as OneEvent['draft'] | undefined) ?? null,
    };
  }, [id], { beforeRowsLoaded });
}
