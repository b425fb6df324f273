// seminar.create: an organizer (or a network's coordinator) puts an event on the calendar.
// A replayed create (same client id) changes nothing.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { newToken } from '../auth/tokens';
import { checkReferences, checkTimes } from './seminar-rules';
import { mayCreateSeminar } from '../rules/seminars';
import { findSeminarOrganizer, insertSeminar } from '../db/seminars';

export const seminarCreate: Mutator<'seminar.create'> = async ({ tx, viewer, now, nextVersion }, args) => {
  const existing = await findSeminarOrganizer(tx, args.id);
  if (existing) {
    if (existing.organizer_id !== viewer.personId) throw new MutationRefusal('not_allowed');
    return;
  }
  if (!mayCreateSeminar(viewer, args.networkId)) throw new MutationRefusal('not_allowed');
  checkTimes(args.startsAt, args.endsAt);
  const competenceIds = await checkReferences(tx, args);
  const code = newToken();
  await insertSeminar(tx, {
    id: args.id, title: args.title, description: args.description, kind: args.kind,
    starts_at: args.startsAt, ends_at: args.endsAt, location: args.location, capacity: args.capacity,
    signup_deadline: args.signupDeadline ?? null, network_id: args.networkId ?? null,
    dlo: JSON.stringify(args.dlo ?? []), competence_ids: JSON.stringify(competenceIds ?? []),
    organizer_id: viewer.personId, status: 'scheduled', checkin_code: code,
    confirmed_count: 0, waitlist_count: 0, waitlist_last: 0, version: await nextVersion(), deleted: 0,
  }, now);
};
