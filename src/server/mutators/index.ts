// One server mutator for every mutation name of the protocol: the map is exhaustive, so
// adding a name to src/shared/protocol/mutations.ts makes `tsc` ask for its mutator here.
// A mutation whose feature has not landed is an explicit NOT_BUILT_YET entry, refused
// with `not_available_yet`.
import type { MutationName } from '../../shared/protocol';
import type { Mutator } from './context';
import { profileUpdate } from './profile-update';
import { competenceSet } from './competence-set';
import { competenceRemove } from './competence-remove';
import { seminarCreate } from './seminar-create';
import { seminarUpdate } from './seminar-update';
import { seminarCancel } from './seminar-cancel';
import { seminarRenewCheckinCode } from './seminar-renew-checkin-code';
import { signupRequest } from './signup-request';
import { signupCancel } from './signup-cancel';
import { checkin } from './checkin';
import { attendanceSet } from './attendance-set';

export const NOT_BUILT_YET = 'not built yet' as const;

export const mutators: { [N in MutationName]: Mutator<N> | typeof NOT_BUILT_YET } = {
  'profile.update': profileUpdate,
  'competence.set': competenceSet,
  'competence.remove': competenceRemove,
  'network.create': NOT_BUILT_YET,
  'network.join': NOT_BUILT_YET,
  'network.leave': NOT_BUILT_YET,
  'network.approve': NOT_BUILT_YET,
  'network.decline': NOT_BUILT_YET,
  'networkTask.create': NOT_BUILT_YET,
  'networkTask.update': NOT_BUILT_YET,
  'seminar.create': seminarCreate,
  'seminar.update': seminarUpdate,
  'seminar.cancel': seminarCancel,
  'seminar.renewCheckinCode': seminarRenewCheckinCode,
  'signup.request': signupRequest,
  'signup.cancel': signupCancel,
  checkin,
  'attendance.set': attendanceSet,
  'learning.create': NOT_BUILT_YET,
  'learning.update': NOT_BUILT_YET,
  'learning.delete': NOT_BUILT_YET,
  'coreKnowledge.set': NOT_BUILT_YET,
};
