// Everything the unit page shows, read from the device's rows (pending changes on top) and
// computed on the phone: the members, the core knowledge and its gap, what can close each
// gap, the plan and the learning profile. Offline and instant (issue 11).
import type { Area, Competence, Learning, Person, Seminar, Unit, UnitPlan } from '../../shared/entities';
import { coreKnowledgeId } from '../../shared/entities/ids';
import { computeGap, type GapRow, type MemberHolding } from '../../shared/core-knowledge/gap';
import { networkTexts, suggestionsFor, type GapSuggestions, type Helper, type HelperCandidate } from '../../shared/core-knowledge/suggestions';
import { learningProfile, profileSince, type ProfileRow } from '../../shared/core-knowledge/learning-profile';
import { unitIndexOf, type UnitReader } from './unit-index';
import { byDanish } from '../../shared/i18n/collate';

export interface GapEntry extends GapRow {
  competence: Competence | undefined;
  /** A change of this need is waiting to go out. */
  pending: boolean;
  suggestions: GapSuggestions | null;
}

export interface UnitPage {
  unit: Unit;
  area: Area | undefined;
  members: Person[];
  /** Members who registered at least one competence. */
  registered: number;
  leaders: Person[];
  /** The viewer may change the core knowledge and the strategy (the unit's leader, admins). */
  canEdit: boolean;
  /** The viewer receives the unit's core knowledge (a member or an admin). */
  canSee: boolean;
  gap: GapEntry[];
  plan: UnitPlan | undefined;
  planPending: boolean;
  profile: ProfileRow[];
  /** Attendance counts arrive for the viewer's own unit only (admins looking at another see learnings). */
  attendanceKnown: boolean;
}

const byName = (a: Person, b: Person) => byDanish(a.name, b.name);

export function mayEditUnit(me: Person | undefined, unitId: string): boolean {
  const roles = me?.roles ?? [];
  return roles.includes('admin') || (roles.includes('leader') && me?.unitId === unitId);
}

/** The page of a unit, or null when the device does not know the unit. */
export function getUnitPage(store: UnitReader, unitId: string, personId: string, now = new Date()): UnitPage | null {
  const unit = store.get('unit', unitId);
  if (!unit) return null;
  const me = store.get('person', personId);
  const index = unitIndexOf(store);
  const memberIds = index.membersOf(unitId);
  const members: Person[] = [];
  const holdings: MemberHolding[] = [];
  let registered = 0;
  /** competence id → members who "kan hjælpe" with it: they are not counted as help from elsewhere. */
  const helpingMembers = new Map<string, number>();
  for (const id of memberIds) {
    const person = store.get('person', id);
    if (!person || person.unitId !== unitId) continue;
    members.push(person);
    const rows = store.ofPerson('personCompetence', id);
    if (rows.length > 0) registered += 1;
    for (const row of rows) {
      holdings.push({ personId: id, competenceId: row.competenceId, level: row.level });
      if (row.canHelp) helpingMembers.set(row.competenceId, (helpingMembers.get(row.competenceId) ?? 0) + 1);
    }
  }
  sortMembers(store, unitId, members);

  const canSee = me?.unitId === unitId || (me?.roles ?? []).includes('admin');
  const coreKnowledge = store.all('coreKnowledge').filter((ck) => ck.unitId === unitId);
  const nameOf = (id: string) => store.get('competence', id)?.name ?? id;
  const rows = computeGap(coreKnowledge, holdings, nameOf);
  const suggestions = suggestionsForGaps(store, unit, new Set(members.map((m) => m.id)), helpingMembers, rows, now);
  const gap = rows.map((row): GapEntry => ({
    ...row,
    competence: store.get('competence', row.competenceId),
    pending: store.isPending('coreKnowledge', coreKnowledgeId(unitId, row.competenceId)),
    suggestions: suggestions.get(row.competenceId) ?? null,
  }));

  const plan = store.get('unitPlan', unitId);
  return {
    unit, area: store.get('area', unit.areaId), members, registered,
    leaders: members.filter((m) => m.roles.includes('leader')),
    canEdit: mayEditUnit(me, unitId), canSee, gap, plan, planPending: store.isPending('unitPlan', unitId),
    ...unitProfile(store, unitId, memberIds, now), attendanceKnown: me?.unitId === unitId,
  };
}

/** Per device store, each unit's members as last sorted: the same rows need no new sort. */
const sortedMembers = new WeakMap<UnitReader, Map<string, Person[]>>();

/**
 * The members by name, the Danish way. Collation costs a browser microseconds a comparison,
 * and the page is drawn again on every change while the members stay the same rows: when
 * they are the very rows of the last sort (a changed person is a new row), its order stands.
 */
function sortMembers(store: UnitReader, unitId: string, members: Person[]): void {
  let byUnit = sortedMembers.get(store);
  if (!byUnit) sortedMembers.set(store, (byUnit = new Map()));
  const last = byUnit.get(unitId);
  if (last && last.length === members.length) {
    const same = new Set(members);
    if (last.every((person) => same.has(person))) {
      members.splice(0, members.length, ...last);
      return;
    }
  }
  members.sort(byName);
  byUnit.set(unitId, [...members]);
}

/** Suggestions for every row that falls short now or in five years, or hangs on one person. */
export function suggestionsForGaps(
  store: UnitReader, unit: Unit, memberIds: ReadonlySet<string>, helpingMembers: ReadonlyMap<string, number>,
  rows: readonly GapRow[], now: Date,
): Map<string, GapSuggestions> {
  const wanted = new Set(rows.filter((r) => r.shortNow > 0 || r.shortIn5Years > 0 || r.risk !== null).map((r) => r.competenceId));
  const result = new Map<string, GapSuggestions>();
  if (wanted.size === 0) return result;
  const index = unitIndexOf(store);
  const today = now.toISOString();
  const events = new Map<string, Seminar[]>();
  for (const seminar of store.all('seminar')) {
    if (seminar.status !== 'scheduled' || seminar.startsAt <= today) continue;
    for (const id of seminar.competenceIds) if (wanted.has(id)) push(events, id, seminar);
  }
  const learnings = new Map<string, Learning[]>();
  for (const learning of store.all('learning')) {
    for (const id of learning.competenceIds) if (wanted.has(id)) push(learnings, id, learning);
  }
  const networks = networkTexts(store.all('network'));
  const units = new Map<string, Unit | undefined>();
  const unitOf = (unitId: string) => {
    if (!units.has(unitId)) units.set(unitId, store.get('unit', unitId));
    return units.get(unitId);
  };
  // The same few well-qualified colleagues turn up for many competences: each is looked up once.
  const described = new Map<string, Omit<Helper, 'level'> | null>();
  const describe = ({ personId, level }: HelperCandidate): Helper | null => {
    let known = described.get(personId);
    if (known === undefined) {
      const person = store.get('person', personId);
      const theirs = person && unitOf(person.unitId);
      known = person ? { personId, name: person.name, unitId: person.unitId, unitName: theirs?.name, areaId: theirs?.areaId } : null;
      described.set(personId, known);
    }
    return known && { ...known, level };
  };
  for (const competenceId of wanted) {
    result.set(competenceId, suggestionsFor(competenceId, {
      memberIds,
      describe,
      helpersOf: (id) => {
        const { near, far, total } = index.helperPool(id, unit.areaId);
        return { near, far, count: Math.max(0, total - (helpingMembers.get(id) ?? 0)) };
      },
      eventsOf: (id) => events.get(id) ?? [],
      learningsOf: (id) => learnings.get(id) ?? [],
      networks,
      wordsOf: (id) => {
        const competence = store.get('competence', id);
        return competence ? [competence.name, ...competence.synonyms] : [];
      },
    }));
  }
  return result;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The unit's learnings (its members') and attendance counts by DLO over the last twelve months. */
function unitProfile(store: UnitReader, unitId: string, memberIds: ReadonlySet<string>, now: Date): { profile: ProfileRow[] } {
  const since = profileSince(now);
  const learnings = store.all('learning').filter((l) => memberIds.has(l.authorId) && l.createdAt >= since);
  const attendance = store.all('unitAttendance').filter((a) => a.unitId === unitId).flatMap((a) => {
    const seminar = store.get('seminar', a.seminarId);
    return seminar ? [{ seminar, count: a.count }] : [];
  });
  return { profile: learningProfile(learnings, attendance, now) };
}
