// For each entity type: where its rows live, how a row becomes the wire value, and
// whether this viewer may see it. Values carry only what the app uses: every byte is
// paid 50,000 times on a first sync (server versions only where a mutation needs them). Pull sends invisible rows as `del`, so a row that
// stops being visible disappears from the device (sync.md).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { EntityType, Role } from '../../shared/entities';
import { bool, parseJsonList } from '../db/json';
import { hasRole, type Viewer } from './viewer';
import { mayRunSeminar } from '../mutators/seminar-rules';
import { coreKnowledgeSource, unitAttendanceSource, unitPlanSource } from './unit-sources';
import { learningSource } from './learning-source';

export interface SourceRow { id: string; version: number; deleted: number }
export interface PullSource {
  type: EntityType;
  /**
   * Rows with after < version <= upTo; tombstones only above `tombstonesAbove`. Sources
   * whose rows belong to few people (sign-ups) filter by `viewer` in the query itself, so
   * a pull never reads the whole municipality's rows of that kind.
   */
  fetch(db: Kysely<Database>, viewer: Viewer, after: number, upTo: number, limit: number, tombstonesAbove: number): Promise<SourceRow[]>;
  /** The wire value, or null when the viewer may not see the row. */
  toValue(row: SourceRow, viewer: Viewer): Record<string, unknown> | null;
}

type TableName = 'areas' | 'units' | 'people' | 'competences' | 'person_competences' | 'networks'
  | 'seminars' | 'learnings' | 'core_knowledge';

function tableSource<R extends SourceRow>(
  type: EntityType,
  table: TableName,
  toValue: (row: R, viewer: Viewer) => Record<string, unknown> | null,
): PullSource {
  return {
    type,
    async fetch(db, _viewer, after, upTo, limit, tombstonesAbove) {
      let query = db.selectFrom(table).selectAll().where('version', '>', after).where('version', '<=', upTo);
      if (tombstonesAbove > after) query = query.where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', tombstonesAbove)]));
      return (await query.orderBy('version').limit(limit).execute()) as unknown as SourceRow[];
    },
    toValue: toValue as PullSource['toValue'],
  };
}

type Row<T extends keyof Database> = Database[T];

/**
 * A person's own sign-ups, and those of the seminars they run (organizer, or coordinator
 * of the seminar's network): nobody else sees who is signed up (sync.md).
 */
const signupSource: PullSource = {
  type: 'signup',
  async fetch(db, viewer, after, upTo, limit, tombstonesAbove) {
    const coordinated = [...viewer.coordinatorOf];
    let query = db.selectFrom('signups')
      .innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
      .selectAll('signups')
      .where('signups.version', '>', after).where('signups.version', '<=', upTo)
      .where((eb) => eb.or([
        eb('signups.person_id', '=', viewer.personId),
        eb('seminars.organizer_id', '=', viewer.personId),
        ...(coordinated.length > 0 ? [eb('seminars.network_id', 'in', coordinated)] : []),
      ]));
    if (tombstonesAbove > after) {
      query = query.where((eb) => eb.or([eb('signups.deleted', '=', 0), eb('signups.version', '>', tombstonesAbove)]));
    }
    return (await query.orderBy('signups.version').limit(limit).execute()) as unknown as SourceRow[];
  },
  toValue: (raw) => signupValue(raw as unknown as Row<'signups'>),
};

export function signupValue(row: Row<'signups'>): Record<string, unknown> {
  return {
    id: row.id, seminarId: row.seminar_id, personId: row.person_id, status: row.status,
    position: row.position, checkedInAt: row.checked_in_at, createdAt: row.created_at,
  };
}

/**
 * Members see the network's members, coordinators its requests too, everyone their own
 * membership; admins all. The query reads only the networks this person is in.
 */
export function membershipValue(r: Row<'memberships'>, viewer: Viewer): Record<string, unknown> | null {
  const visible = r.person_id === viewer.personId || hasRole(viewer, 'admin')
    || viewer.coordinatorOf.has(r.network_id)
    || (viewer.networkIds.has(r.network_id) && r.status === 'active');
  return visible ? { id: r.id, networkId: r.network_id, personId: r.person_id, status: r.status, role: r.role } : null;
}

const membershipSource: PullSource = {
  type: 'membership',
  async fetch(db, viewer, after, upTo, limit, tombstonesAbove) {
    let query = db.selectFrom('memberships').selectAll().where('version', '>', after).where('version', '<=', upTo);
    if (!hasRole(viewer, 'admin')) {
      const networks = [...viewer.networkIds];
      query = query.where((eb) => eb.or([
        eb('person_id', '=', viewer.personId),
        ...(networks.length > 0 ? [eb('network_id', 'in', networks)] : []),
      ]));
    }
    if (tombstonesAbove > after) query = query.where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', tombstonesAbove)]));
    return (await query.orderBy('version').limit(limit).execute()) as unknown as SourceRow[];
  },
  toValue: (row, viewer) => membershipValue(row as unknown as Row<'memberships'>, viewer),
};

/** A network's tasks: for its members, and for leaders and admins (who give tasks). */
export function networkTaskValue(r: Row<'network_tasks'>, viewer: Viewer): Record<string, unknown> | null {
  return viewer.networkIds.has(r.network_id) || hasRole(viewer, 'admin') || hasRole(viewer, 'leader')
    ? {
      id: r.id, networkId: r.network_id, title: r.title, description: r.description, due: r.due,
      status: r.status, report: r.report, reportBy: r.report_by, reportAt: r.report_at, createdBy: r.created_by,
    }
    : null;
}

const networkTaskSource: PullSource = {
  type: 'networkTask',
  async fetch(db, viewer, after, upTo, limit, tombstonesAbove) {
    let query = db.selectFrom('network_tasks').selectAll().where('version', '>', after).where('version', '<=', upTo);
    if (!hasRole(viewer, 'admin') && !hasRole(viewer, 'leader')) {
      const networks = [...viewer.networkIds];
      if (networks.length === 0) return [];
      query = query.where('network_id', 'in', networks);
    }
    if (tombstonesAbove > after) query = query.where((eb) => eb.or([eb('deleted', '=', 0), eb('version', '>', tombstonesAbove)]));
    return (await query.orderBy('version').limit(limit).execute()) as unknown as SourceRow[];
  },
  toValue: (row, viewer) => networkTaskValue(row as unknown as Row<'network_tasks'>, viewer),
};

export const pullSources: PullSource[] = [
  tableSource<Row<'areas'>>('area', 'areas', (r) => ({ id: r.id, name: r.name })),
  tableSource<Row<'units'>>('unit', 'units', (r) => ({ id: r.id, areaId: r.area_id, name: r.name })),
  tableSource<Row<'people'>>('person', 'people', (r, viewer) => {
    const own = r.id === viewer.personId;
    return {
      id: r.id, name: r.name, email: r.email, title: r.title,
      // A hidden phone number never leaves the server for anyone but its owner.
      phone: own || !bool(r.phone_hidden) ? r.phone : null,
      phoneHidden: bool(r.phone_hidden), bio: r.bio, unitId: r.unit_id,
      roles: parseJsonList<Role>(r.roles), knowledgeSharer: bool(r.knowledge_sharer),
    };
  }),
  tableSource<Row<'competences'>>('competence', 'competences', (r) => ({
    id: r.id, name: r.name, category: r.category, synonyms: parseJsonList<string>(r.synonyms),
    description: r.description,
  })),
  tableSource<Row<'person_competences'>>('personCompetence', 'person_competences', (r) => ({
    id: r.id, personId: r.person_id, competenceId: r.competence_id, level: r.level, canHelp: bool(r.can_help),
    note: r.note,
  })),
  tableSource<Row<'networks'>>('network', 'networks', (r) => ({
    id: r.id, name: r.name, description: r.description, kind: r.kind, joinPolicy: r.join_policy,
    createdBy: r.created_by,
  })),
  membershipSource,
  networkTaskSource,
  tableSource<Row<'seminars'>>('seminar', 'seminars', (r, viewer) => ({
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
