// The rows one pull page reads of each table but learnings (db/learning-pull.ts) and
// attendance counts (db/unit-attendance.ts); sync/pull-sources.ts makes them wire values.
// The directory's tables go to everyone; the rest are read as far as the viewer may see
// them, by the rules of db/visibility, so a pull never walks the municipality's rows of a
// kind that belongs to few.
import type { Kysely, Selectable } from 'kysely';
import type { CoreKnowledgeTable, Database, MembershipTable, NetworkTaskTable, SignupTable, UnitPlanTable } from './schema';
import type { Viewer } from '../rules/viewer';
import { inPullRange, type PullRange } from './pull-range';
import { signupVisibleTo } from './visibility/signups';
import { membershipVisibleTo, membershipsReadBy, networkTaskVisibleTo } from './visibility/networks';
import { unitRowVisibleTo } from './visibility/units';
import { seesNone, visibleFlag, withVisible } from './visibility/basics';

/** Tables every signed-in person sees all of. */
export type DirectoryTable = 'areas' | 'units' | 'people' | 'competences' | 'person_competences' | 'networks' | 'seminars';

export async function changedRows<T extends DirectoryTable>(db: Kysely<Database>, table: T, r: PullRange): Promise<Selectable<Database[T]>[]> {
  const rows = await db.selectFrom(table as DirectoryTable).selectAll()
    .where(inPullRange(table, r)).orderBy('version').limit(r.limit).execute();
  return rows as Selectable<Database[T]>[];
}

export async function changedSignups(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<Selectable<SignupTable>[]> {
  return db.selectFrom('signups').innerJoin('seminars', 'seminars.id', 'signups.seminar_id')
    .selectAll('signups')
    .where(inPullRange('signups', r)).where(signupVisibleTo(viewer))
    .orderBy('signups.version').limit(r.limit).execute();
}

/** Memberships with whether the viewer sees each: those they do not are sent as `del`. */
export async function changedMemberships(
  db: Kysely<Database>, viewer: Viewer, r: PullRange,
): Promise<(Selectable<MembershipTable> & { visible: boolean })[]> {
  const rows = await db.selectFrom('memberships').selectAll().select(visibleFlag(membershipVisibleTo(viewer)))
    .where(inPullRange('memberships', r)).where(membershipsReadBy(viewer))
    .orderBy('version').limit(r.limit).execute();
  return withVisible(rows);
}

export async function changedNetworkTasks(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<Selectable<NetworkTaskTable>[]> {
  const visible = networkTaskVisibleTo(viewer);
  if (visible === seesNone) return [];
  return db.selectFrom('network_tasks').selectAll()
    .where(inPullRange('network_tasks', r)).where(visible)
    .orderBy('version').limit(r.limit).execute();
}

export async function changedCoreKnowledge(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<Selectable<CoreKnowledgeTable>[]> {
  return db.selectFrom('core_knowledge').selectAll()
    .where(inPullRange('core_knowledge', r)).where(unitRowVisibleTo(viewer, 'core_knowledge'))
    .orderBy('version').limit(r.limit).execute();
}

export async function changedUnitPlans(db: Kysely<Database>, viewer: Viewer, r: PullRange): Promise<Selectable<UnitPlanTable>[]> {
  return db.selectFrom('unit_plans').selectAll()
    .where(inPullRange('unit_plans', r)).where(unitRowVisibleTo(viewer, 'unit_plans'))
    .orderBy('version').limit(r.limit).execute();
}
