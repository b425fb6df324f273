// One server mutator for every mutation name of the protocol: the map is exhaustive, so
// adding a name to src/shared/protocol/mutations.ts makes `tsc` ask for its mutator here.
// A mutation whose feature has not landed is an explicit NOT_BUILT_YET entry, refused
// with `not_available_yet`.
import type { MutationName } from '../../shared/protocol';
import type { Mutator } from './context';
import { profileUpdate } from './profile-update';
import { notificationSettingsSet } from './notification-settings-set';
import { adminUpdatePerson } from './admin-update-person';
import { adminMergeUnits, adminSaveArea, adminSaveUnit } from './admin-organisation';
import { adminMergeCompetences, adminSaveCompetence } from './admin-competences';
import { competenceSet } from './competence-set';
import { competenceRemove } from './competence-remove';
import { networkCreate } from './network-create';
import { networkJoin } from './network-join';
import { networkLeave } from './network-leave';
import { networkApprove, networkDecline } from './network-approve';
import { networkRemoveMember, networkSetRole } from './network-members';
import { networkTaskCreate, networkTaskUpdate } from './network-task';
import { seminarCreate } from './seminar-create';
import { seminarUpdate } from './seminar-update';
import { seminarCancel } from './seminar-cancel';
import { seminarRenewCheckinCode } from './seminar-renew-checkin-code';
import { signupRequest } from './signup-request';
import { signupCancel } from './signup-cancel';
import { checkin } from './checkin';
import { attendanceSet } from './attendance-set';
import { learningCreate } from './learning-create';
import { learningUpdate } from './learning-update';
import { learningDelete } from './learning-delete';
import { coreKnowledgeSet } from './core-knowledge-set';
import { coreKnowledgeRemove } from './core-knowledge-remove';
import { unitMarkLearningMeeting, unitSetStrategy } from './unit-plan';
import { pulseClose, pulseOpen } from './pulse-open';
import { pulseAnswer } from './pulse-answer';

export const NOT_BUILT_YET = 'not built yet' as const;

export const mutators: { [N in MutationName]: Mutator<N> | typeof NOT_BUILT_YET } = {
  'profile.update': profileUpdate,
  'notificationSettings.set': notificationSettingsSet,
  'competence.set': competenceSet,
  'competence.remove': competenceRemove,
  'network.create': networkCreate,
  'network.join': networkJoin,
  'network.leave': networkLeave,
  'network.approve': networkApprove,
  'network.decline': networkDecline,
  'network.setRole': networkSetRole,
  'network.removeMember': networkRemoveMember,
  'networkTask.create': networkTaskCreate,
  'networkTask.update': networkTaskUpdate,
  'seminar.create': seminarCreate,
  'seminar.update': seminarUpdate,
  'seminar.cancel': seminarCancel,
  'seminar.renewCheckinCode': seminarRenewCheckinCode,
  'signup.request': signupRequest,
  'signup.cancel': signupCancel,
  checkin,
  'attendance.set': attendanceSet,
  'learning.create': learningCreate,
  'learning.update': learningUpdate,
  'learning.delete': learningDelete,
  'coreKnowledge.set': coreKnowledgeSet,
  'coreKnowledge.remove': coreKnowledgeRemove,
  'unit.setStrategy': unitSetStrategy,
  'unit.markLearningMeeting': unitMarkLearningMeeting,
  'admin.updatePerson': adminUpdatePerson,
  'admin.saveArea': adminSaveArea,
  'admin.saveUnit': adminSaveUnit,
  'admin.mergeUnits': adminMergeUnits,
  'admin.saveCompetence': adminSaveCompetence,
  'admin.mergeCompetences': adminMergeCompetences,
  'pulse.open': pulseOpen,
  'pulse.close': pulseClose,
  'pulse.answer': pulseAnswer,
};
