// Who sees a sign-up (sync.md): the person signed up, the seminar's organizer, and the
// coordinators of the seminar's network; nobody else sees who is signed up. The one
// statement of that rule, on sign-ups joined with their seminars: pull reads by it, the
// scope backfill tells `put` from `del` by it.
import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../schema';
import type { Viewer } from '../../rules/viewer';

const eb = expressionBuilder<Database, 'signups' | 'seminars'>();

export function signupVisibleTo(viewer: Pick<Viewer, 'personId' | 'coordinatorOf'>): Expression<SqlBool> {
  const coordinated = [...viewer.coordinatorOf];
  return eb.or([
    eb('signups.person_id', '=', viewer.personId),
    eb('seminars.organizer_id', '=', viewer.personId),
    ...(coordinated.length > 0 ? [eb('seminars.network_id', 'in', coordinated)] : []),
  ]);
}
