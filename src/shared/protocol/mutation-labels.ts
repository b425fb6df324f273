// How the app names each mutation to its user, e.g. in the list of changes the server
// did not accept: a message and what it is about. Exhaustive, like the server's
// mutators and the client's local effects, so a new mutation cannot go unnamed.
import type { EntityType } from '../entities';
import type { MessageKey } from '../i18n/messages';
import type { MutationArgs, MutationName } from './mutations';

/** What a change is about: a row the device may know (its name is looked up), or a text. */
export type LabelSubject = { type: EntityType; id: string } | { text: string } | null;

export interface MutationLabel<N extends MutationName> {
  /** A message whose `{name}` is the subject's name. */
  key: MessageKey;
  subject: (args: MutationArgs<N>) => LabelSubject;
}

const none = () => null;

export const mutationLabels: { [N in MutationName]: MutationLabel<N> } = {
  'profile.update': { key: 'mutation_profile_update', subject: none },
  'notificationSettings.set': { key: 'mutation_notification_settings_set', subject: none },
  'competence.set': { key: 'mutation_competence_set', subject: (a) => ({ type: 'competence', id: a.competenceId }) },
  'competence.remove': { key: 'mutation_competence_remove', subject: (a) => ({ type: 'competence', id: a.competenceId }) },
  'network.create': { key: 'mutation_network_create', subject: (a) => ({ text: a.name }) },
  'network.join': { key: 'mutation_network_join', subject: (a) => ({ type: 'network', id: a.networkId }) },
  'network.leave': { key: 'mutation_network_leave', subject: (a) => ({ type: 'network', id: a.networkId }) },
  'network.approve': { key: 'mutation_network_approve', subject: (a) => ({ type: 'person', id: a.personId }) },
  'network.decline': { key: 'mutation_network_decline', subject: (a) => ({ type: 'person', id: a.personId }) },
  'network.setRole': { key: 'mutation_network_set_role', subject: (a) => ({ type: 'person', id: a.personId }) },
  'network.removeMember': { key: 'mutation_network_remove_member', subject: (a) => ({ type: 'person', id: a.personId }) },
  'networkTask.create': { key: 'mutation_task_create', subject: (a) => ({ text: a.title }) },
  'networkTask.update': { key: 'mutation_task_update', subject: (a) => ({ type: 'networkTask', id: a.id }) },
  'seminar.create': { key: 'mutation_seminar_create', subject: (a) => ({ text: a.title }) },
  'seminar.update': { key: 'mutation_seminar_update', subject: (a) => ({ type: 'seminar', id: a.id }) },
  'seminar.cancel': { key: 'mutation_seminar_cancel', subject: (a) => ({ type: 'seminar', id: a.id }) },
  'signup.request': { key: 'mutation_signup_request', subject: (a) => ({ type: 'seminar', id: a.seminarId }) },
  'signup.cancel': { key: 'mutation_signup_cancel', subject: (a) => ({ type: 'seminar', id: a.seminarId }) },
  checkin: { key: 'mutation_checkin', subject: (a) => ({ type: 'seminar', id: a.seminarId }) },
  'attendance.set': { key: 'mutation_attendance_set', subject: (a) => ({ type: 'person', id: a.personId }) },
  'seminar.renewCheckinCode': { key: 'mutation_seminar_renew_code', subject: (a) => ({ type: 'seminar', id: a.id }) },
  'learning.create': { key: 'mutation_learning_create', subject: (a) => ({ text: a.title }) },
  'learning.update': { key: 'mutation_learning_update', subject: (a) => ({ type: 'learning', id: a.id }) },
  'learning.delete': { key: 'mutation_learning_delete', subject: (a) => ({ type: 'learning', id: a.id }) },
  'coreKnowledge.set': { key: 'mutation_core_knowledge_set', subject: (a) => ({ type: 'competence', id: a.competenceId }) },
  'coreKnowledge.remove': { key: 'mutation_core_knowledge_remove', subject: (a) => ({ type: 'competence', id: a.competenceId }) },
  'unit.setStrategy': { key: 'mutation_unit_strategy', subject: (a) => ({ type: 'unit', id: a.unitId }) },
  'unit.markLearningMeeting': { key: 'mutation_learning_meeting', subject: (a) => ({ type: 'unit', id: a.unitId }) },
  'admin.updatePerson': { key: 'mutation_admin_person', subject: (a) => ({ type: 'person', id: a.personId }) },
  'admin.saveArea': { key: 'mutation_admin_area', subject: (a) => ({ text: a.name }) },
  'admin.saveUnit': { key: 'mutation_admin_unit', subject: (a) => ({ text: a.name }) },
  'admin.mergeUnits': { key: 'mutation_admin_merge_units', subject: (a) => ({ type: 'unit', id: a.fromId }) },
  'admin.saveCompetence': { key: 'mutation_admin_competence', subject: (a) => ({ text: a.name }) },
  'admin.mergeCompetences': { key: 'mutation_admin_merge_competences', subject: (a) => ({ type: 'competence', id: a.fromId }) },
  'pulse.open': { key: 'mutation_pulse_open', subject: (a) => ({ text: a.title }) },
  'pulse.close': { key: 'mutation_pulse_close', subject: (a) => ({ type: 'pulse', id: a.id }) },
  'pulse.answer': { key: 'mutation_pulse_answer', subject: (a) => ({ type: 'pulse', id: a.pulseId }) },
};
