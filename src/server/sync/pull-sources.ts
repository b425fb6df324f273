// For each entity type: which rows a pull page reads and how a row becomes the wire value.
// Who sees what is decided in the queries (db/pull-rows.ts, by the rules of db/visibility),
// so a pull never reads the whole municipality's rows of a kind that belongs to few.
// Values carry only what the app uses: every byte is paid 50,000 times on a first sync
// (server versions only where a mutation needs them). Pull sends invisible rows as `del`,
// so a row that stops being visible disappears from the device (sync.md).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';
import type { EntityType, Role, WireOf } from '../../shared/entities';
import { bool, parseJsonList } from '../db/json';
import type { PullRange } from '../db/pull-range';
import { changedMemberships, changedNetworkTasks, changedRows, changedSignups, type DirectoryTable } from '../db/pull-rows';
import type { Viewer } from '../rules/viewer';
import { mayRunSeminar } from '../rules/seminars';
import { coreKnowledgeSource, unitAttendanceSource, unitPlanSource } from './unit-sources';
import { learningSource } from './learning-source';
import { changedNotificationSettings, settingsOfRow, type NotificationSettingsRow } from '../db/notification-settings';
import { pulseSource, pulseResultSource } from './pulse-sources';

export interface SourceRow { id: string; version: number; deleted: number }
export interface PullSource<R = SourceRow, T extends EntityType = EntityType> {
  type: T;
  /** The rows of one page (db/pull-range.ts), as far as `viewer` may see them or has to hear they are gone. */
  fetch(db: Kysely<Database>, viewer: Viewer, range: PullRange): Promise<R[]>;
  /** The wire value (its type's entity without the id), or null when the viewer may not see the row. */
  toValue(row: R, viewer: Viewer): WireOf<T> | null;
}

type Row<T extends keyof Database> = Selectable<Database[T]>;

function tableSource<T extends DirectoryTable, E extends EntityType>(
  type: E,
  table: T,
  toValue: (row: Row<T>, viewer: Viewer) => WireOf<E>,
): PullSource<Row<T>, E> {
  return { type, fetch: (db, _viewer, range) => changedRows(db, table, range), toValue };
}

// Row → wire value, one function per type, each declared to return its WireOf: an object
// literal returned as it is, so a field missing, extra or misspelled is a compile error.

export const areaValue = (r: Row<'areas'>): WireOf<'area'> => ({ name: r.name });

export const unitValue = (r: Row<'units'>): WireOf<'unit'> => ({ areaId: r.area_id, name: r.name });

export function personValue(r: Row<'people'>, viewer: Viewer): WireOf<'person'> {
  const own = r.id === viewer.personId;
  return {
    name: r.name, email: r.email, title: r.title,
    // A hidden phone number never leaves the server for anyone but its owner.
    phone: own || !bool(r.phone_hidden) ? r.phone : null,
    phoneHidden: bool(r.phone_hidden), bio: r.bio, unitId: r.unit_id,
    roles: parseJsonList<Role>(r.roles), knowledgeSharer: bool(r.knowledge_sharer),
  };
}

export const competenceValue = (r: Row<'competences'>): WireOf<'competence'> => ({
  name: r.name, category: r.category, synonyms: parseJsonList<string>(r.synonyms), description: r.description,
  // Said only when true: the catalogue goes to every phone on its first sync.
  ...(bool(r.retired) && { retired: true }),
});

export const personCompetenceValue = (r: Row<'person_competences'>): WireOf<'personCompetence'> => ({
  personId: r.person_id, competenceId: r.competence_id, level: r.level, canHelp: bool(r.can_help), note: r.note,
});

export const networkValue = (r: Row<'networks'>): WireOf<'network'> => ({
  name: r.name, description: r.description, kind: r.kind, joinPolicy: r.join_policy, createdBy: r.created_by,
});

export function seminarValue(r: Row<'seminars'>, viewer: Viewer): WireOf<'seminar'> {
  const value: WireOf<'seminar'> = {
    title: r.title, description: r.description, kind: r.kind, startsAt: r.starts_at, endsAt: r.ends_at,
    location: r.location, capacity: r.capacity, signupDeadline: r.signup_deadline, networkId: r.network_id,
    dlo: parseJsonList<number>(r.dlo), competenceIds: parseJsonList<string>(r.competence_ids),
    organizerId: r.organizer_id, status: r.status, confirmedCount: r.confirmed_count,
    waitlistCount: r.waitlist_count,
  };
  // The venue's check-in code goes only to those who show it.
  if (mayRunSeminar(viewer, r)) value.checkinCode = r.checkin_code;
  return value;
}

export const signupValue = (row: Row<'signups'>): WireOf<'signup'> => ({
  seminarId: row.seminar_id, personId: row.person_id, status: row.status,
  position: row.position, checkedInAt: row.checked_in_at, createdAt: row.created_at,
});

export const membershipValue = (r: Row<'memberships'>): WireOf<'membership'> => ({
  networkId: r.network_id, personId: r.person_id, status: r.status, role: r.role,
});

export const networkTaskValue = (r: Row<'network_tasks'>): WireOf<'networkTask'> => ({
  networkId: r.network_id, title: r.title, description: r.description, due: r.due,
  status: r.status, report: r.report, reportBy: r.report_by, reportAt: r.report_at, createdBy: r.created_by,
});

/** A person's own sign-ups, and those of the seminars they run (db/visibility/signups.ts). */
const signupSource: PullSource<Row<'signups'>, 'signup'> = { type: 'signup', fetch: changedSignups, toValue: signupValue };

/** Read for the networks this person is in; each row says whether they see it (db/visibility/networks.ts). */
const membershipSource: PullSource<Row<'memberships'> & { visible: boolean }, 'membership'> = {
  type: 'membership',
  fetch: changedMemberships,
  toValue: (row) => (row.visible ? membershipValue(row) : null),
};

/** A network's tasks: for its members, and for leaders and admins (db/visibility/networks.ts). */
const networkTaskSource: PullSource<Row<'network_tasks'>, 'networkTask'> = {
  type: 'networkTask', fetch: changedNetworkTasks, toValue: networkTaskValue,
};

export function notificationSettingsValue(r: NotificationSettingsRow): WireOf<'notificationSettings'> {
  const { channels, quietHours, quietFrom, quietUntil, language } = settingsOfRow(r);
  return { channels, quietHours, quietFrom, quietUntil, language };
}

/** A person's own message settings: read for the viewer alone (db/notification-settings.ts). */
const notificationSettingsSource: PullSource<NotificationSettingsRow, 'notificationSettings'> = {
  type: 'notificationSettings', fetch: changedNotificationSettings, toValue: notificationSettingsValue,
};

export const pullSources: PullSource[] = [
  tableSource('area', 'areas', areaValue),
  tableSource('unit', 'units', unitValue),
  tableSource('person', 'people', personValue),
  tableSource('competence', 'competences', competenceValue),
  tableSource('personCompetence', 'person_competences', personCompetenceValue),
  tableSource('network', 'networks', networkValue),
  membershipSource,
  networkTaskSource,
  tableSource('seminar', 'seminars', seminarValue),
  signupSource,
  // Learnings: who sees which is decided in the query itself (learning-source.ts).
  learningSource,
  // A unit's core knowledge and plan: its members and admins only, filtered in the query.
  coreKnowledgeSource,
  unitPlanSource,
  unitAttendanceSource,
  notificationSettingsSource,
  // Pulse checks and their results: the municipality's, the viewer's area's and unit's (in the query).
  pulseSource,
  pulseResultSource,
];
