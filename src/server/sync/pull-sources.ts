// For each entity type: which rows a pull page reads and how a row becomes the wire value.
// Who sees what is decided in the queries (db/pull-rows.ts, by the rules of db/visibility),
// so a pull never reads the whole municipality's rows of a kind that belongs to few.
// Values carry only what the app uses: every byte is paid 50,000 times on a first sync
// (server versions only where a mutation needs them). Pull sends invisible rows as `del`,
// so a row that stops being visible disappears from the device (sync.md).
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';
import type { EntityType, Role } from '../../shared/entities';
import { bool, parseJsonList } from '../db/json';
import type { PullRange } from '../db/pull-range';
import { changedMemberships, changedNetworkTasks, changedRows, changedSignups, type DirectoryTable } from '../db/pull-rows';
import type { Viewer } from '../rules/viewer';
import { mayRunSeminar } from '../rules/seminars';
import { coreKnowledgeSource, unitAttendanceSource, unitPlanSource } from './unit-sources';
import { learningSource } from './learning-source';

export interface SourceRow { id: string; version: number; deleted: number }
export interface PullSource<R = SourceRow> {
  type: EntityType;
  /** The rows of one page (db/pull-range.ts), as far as `viewer` may see them or has to hear they are gone. */
  fetch(db: Kysely<Database>, viewer: Viewer, range: PullRange): Promise<R[]>;
  /** The wire value, or null when the viewer may not see the row. */
  toValue(row: R, viewer: Viewer): Record<string, unknown> | null;
}

type Row<T extends keyof Database> = Selectable<Database[T]>;

function tableSource<T extends DirectoryTable>(
  type: EntityType,
  table: T,
  toValue: (row: Row<T>, viewer: Viewer) => Record<string, unknown>,
): PullSource<Row<T>> {
  return { type, fetch: (db, _viewer, range) => changedRows(db, table, range), toValue };
}

export function signupValue(row: Row<'signups'>): Record<string, unknown> {
  return {
    id: row.id, seminarId: row.seminar_id, personId: row.person_id, status: row.status,
    position: row.position, checkedInAt: row.checked_in_at, createdAt: row.created_at,
  };
}

/** A person's own sign-ups, and those of the seminars they run (db/visibility/signups.ts). */
const signupSource: PullSource<Row<'signups'>> = { type: 'signup', fetch: changedSignups, toValue: signupValue };

export function membershipValue(r: Row<'memberships'>): Record<string, unknown> {
  return { id: r.id, networkId: r.network_id, personId: r.person_id, status: r.status, role: r.role };
}

/** Read for the networks this person is in; each row says whether they see it (db/visibility/networks.ts). */
const membershipSource: PullSource<Row<'memberships'> & { visible: boolean }> = {
  type: 'membership',
  fetch: changedMemberships,
  toValue: (row) => (row.visible ? membershipValue(row) : null),
};

export function networkTaskValue(r: Row<'network_tasks'>): Record<string, unknown> {
  return {
    id: r.id, networkId: r.network_id, title: r.title, description: r.description, due: r.due,
    status: r.status, report: r.report, reportBy: r.report_by, reportAt: r.report_at, createdBy: r.created_by,
  };
}

/** A network's tasks: for its members, and for leaders and admins (db/visibility/networks.ts). */
const networkTaskSource: PullSource<Row<'network_tasks'>> = { type: 'networkTask', fetch: changedNetworkTasks, toValue: networkTaskValue };

export const pullSources: PullSource[] = [
  tableSource('area', 'areas', (r) => ({ id: r.id, name: r.name })),
  tableSource('unit', 'units', (r) => ({ id: r.id, areaId: r.area_id, name: r.name })),
  tableSource('person', 'people', (r, viewer) => {
    const own = r.id === viewer.personId;
    return {
      id: r.id, name: r.name, email: r.email, title: r.title,
      // A hidden phone number never leaves the server for anyone but its owner.
      phone: own || !bool(r.phone_hidden) ? r.phone : null,
      phoneHidden: bool(r.phone_hidden), bio: r.bio, unitId: r.unit_id,
      roles: parseJsonList<Role>(r.roles), knowledgeSharer: bool(r.knowledge_sharer),
    };
  }),
  tableSource('competence', 'competences', (r) => ({
    id: r.id, name: r.name, category: r.category, synonyms: parseJsonList<string>(r.synonyms),
    description: r.description,
  })),
  tableSource('personCompetence', 'person_competences', (r) => ({
    id: r.id, personId: r.person_id, competenceId: r.competence_id, level: r.level, canHelp: bool(r.can_help),
    note: r.note,
  })),
  tableSource('network', 'networks', (r) => ({
    id: r.id, name: r.name, description: r.description, kind: r.kind, joinPolicy: r.join_policy,
    createdBy: r.created_by,
  })),
  membershipSource,
  networkTaskSource,
  tableSource('seminar', 'seminars', (r, viewer) => ({
    id: r.id, title: r.title, description: r.description, kind: r.kind, startsAt: r.starts_at, endsAt: r.ends_at,
    location: r.location, capacity: r.capacity, signupDeadline: r.signup_deadline, networkId: r.network_id,
    dlo: parseJsonList<number>(r.dlo), competenceIds: parseJsonList<string>(r.competence_ids),
    organizerId: r.organizer_id, status: r.status, confirmedCount: r.confirmed_count,
    waitlistCount: r.waitlist_count,
    // The venue's check-in code goes only to those who show it.
    ...(mayRunSeminar(viewer, r) && { checkinCode: r.checkin_code }),
  })),
  signupSource,
  // Learnings: who sees which is decided in the query itself (learning-source.ts).
  learningSource,
  // A unit's core knowledge and plan: its members and admins only, filtered in the query.
  coreKnowledgeSource,
  unitPlanSource,
  unitAttendanceSource,
];
