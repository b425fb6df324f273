// How each change is named in the list of changes the server did not accept, Danish first: they load with the screens that show them (see messages.ts).
import { registerMessages } from '../messages';

export const mutationLabelMessages = {
  mutation_profile_update: { da: 'Ændring af profil', en: 'Profile change' },
  mutation_competence_set: { da: 'Kompetence: {name}', en: 'Competence: {name}' },
  mutation_competence_remove: { da: 'Fjern kompetence: {name}', en: 'Remove competence: {name}' },
  mutation_network_create: { da: 'Nyt netværk: {name}', en: 'New network: {name}' },
  mutation_network_join: { da: 'Bliv medlem: {name}', en: 'Join: {name}' },
  mutation_network_leave: { da: 'Forlad netværk: {name}', en: 'Leave network: {name}' },
  mutation_network_approve: { da: 'Godkend medlem: {name}', en: 'Approve member: {name}' },
  mutation_network_decline: { da: 'Afvis anmodning: {name}', en: 'Decline request: {name}' },
  mutation_network_set_role: { da: 'Rolle i netværk: {name}', en: 'Network role: {name}' },
  mutation_network_remove_member: { da: 'Fjern fra netværk: {name}', en: 'Remove from network: {name}' },
  mutation_task_create: { da: 'Ny opgave: {name}', en: 'New task: {name}' },
  mutation_task_update: { da: 'Opgave: {name}', en: 'Task: {name}' },
  mutation_seminar_create: { da: 'Nyt arrangement: {name}', en: 'New event: {name}' },
  mutation_seminar_update: { da: 'Ændring af arrangement: {name}', en: 'Event change: {name}' },
  mutation_seminar_cancel: { da: 'Aflys arrangement: {name}', en: 'Cancel event: {name}' },
  mutation_signup_request: { da: 'Tilmelding: {name}', en: 'Sign-up: {name}' },
  mutation_signup_cancel: { da: 'Afmelding: {name}', en: 'Cancellation: {name}' },
  mutation_checkin: { da: 'Check-in: {name}', en: 'Check-in: {name}' },
  mutation_attendance_set: { da: 'Fremmøde: {name}', en: 'Attendance: {name}' },
  mutation_seminar_renew_code: { da: 'Ny check-in-kode: {name}', en: 'New check-in code: {name}' },
  mutation_learning_create: { da: 'Ny læring: {name}', en: 'New learning: {name}' },
  mutation_learning_update: { da: 'Ændring af læring: {name}', en: 'Learning change: {name}' },
  mutation_learning_delete: { da: 'Slet læring: {name}', en: 'Delete learning: {name}' },
  mutation_core_knowledge_set: { da: 'Kerneviden: {name}', en: 'Core knowledge: {name}' },
  mutation_core_knowledge_remove: { da: 'Fjern kerneviden: {name}', en: 'Remove core knowledge: {name}' },
  mutation_unit_strategy: { da: 'Strategi: {name}', en: 'Strategy: {name}' },
  mutation_learning_meeting: { da: 'Lærende møde: {name}', en: 'Learning meeting: {name}' },
  mutation_admin_person: { da: 'Administration af {name}', en: 'Administration of {name}' },
  mutation_admin_area: { da: 'Område: {name}', en: 'Area: {name}' },
  mutation_admin_unit: { da: 'Enhed: {name}', en: 'Unit: {name}' },
  mutation_other: { da: 'Ændring ({name})', en: 'Change ({name})' },
};

registerMessages(mutationLabelMessages);
