// The demo municipality's activity around its people: networks and their tasks (plan
// activities 1, 7, 8), seminars with sign-ups (2, 3), learnings (9) and the core
// knowledge of Lis's unit (5, in core-knowledge.ts). Split from generate.ts to keep each file to one idea.
import type { PersonCompetenceTable, PersonTable } from '../db/schema';
import { membershipId, signupId } from '../../shared/entities';
import type { DemoData, Row } from './generate';
import type { UnitSeed } from './organisation';
import type { Rng } from './random';
import { NETWORKS, SEMINARS, TASKS, type PersonInfo } from './activity-texts';
import { demoLearnings } from './learnings';

export interface ActivityInput {
  rng: Rng;
  people: Row<PersonTable>[];
  personCompetences: Row<PersonCompetenceTable>[];
  unitById: Map<string, UnitSeed>;
  /** The fixed demo accounts: placed deliberately by the specs, never drawn at random. */
  demoIds: ReadonlySet<string>;
}
type Activities = Pick<DemoData, 'networks' | 'memberships' | 'networkTasks' | 'seminars' | 'signups' | 'learnings'>;

/** "Today" in the demo as generated: events lie after it, registrations before it. Never the real clock (see demo-day.ts). */
export const BASE_DATE_MS = Date.UTC(2026, 11, 1);
export const DAY_MS = 86_400_000;

/** Events are planned in Danish local time: CEST from the last Sunday of March to the last of October. */
export function copenhagenTime(date: string, hour: number, minute = 0): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  const lastSunday = (m: number) => {
    const last = new Date(Date.UTC(year, m + 1, 0));
    return Date.UTC(year, m, last.getUTCDate() - last.getUTCDay());
  };
  const dayMs = Date.UTC(year, month, day);
  const offset = dayMs >= lastSunday(2) && dayMs < lastSunday(9) ? 2 : 1;
  return new Date(Date.UTC(year, month, day, hour - offset, minute)).toISOString();
}

export function generateActivities({ rng, people, personCompetences, unitById, demoIds }: ActivityInput): Activities {
  const infos: PersonInfo[] = people.map((p) => {
    const unit = unitById.get(p.unit_id);
    const roles = JSON.parse(p.roles) as string[];
    return {
      id: p.id, name: p.name, unitId: p.unit_id, areaId: unit?.areaId ?? '', kind: unit?.kind ?? 'administration',
      title: p.title, leader: roles.includes('leader'), sharer: p.knowledge_sharer === 1, demo: demoIds.has(p.id),
      competences: new Map<string, number>(),
    };
  });
  const byId = new Map(infos.map((i) => [i.id, i]));
  for (const pc of personCompetences) byId.get(pc.person_id)?.competences.set(pc.competence_id, pc.level);
  // Drawing candidates from one shuffled order keeps picks deterministic and unbiased by id.
  const shuffled = rng.shuffle(infos);

  // Networks and memberships.
  const networks: Activities['networks'] = [];
  const memberships: Activities['memberships'] = [];
  for (const spec of NETWORKS) {
    networks.push({
      id: spec.id, name: spec.name, description: spec.description, kind: spec.kind, join_policy: spec.joinPolicy,
      created_by: spec.createdBy, deleted: 0,
    });
    const seen = new Set<string>();
    const add = (personId: string, status: 'active' | 'pending', role: 'member' | 'coordinator') => {
      if (seen.has(personId) || !byId.has(personId)) return;
      seen.add(personId);
      memberships.push({ id: membershipId(spec.id, personId), network_id: spec.id, person_id: personId, status, role, deleted: 0 });
    };
    for (const id of spec.coordinators) add(id, 'active', 'coordinator');
    const members = shuffled.filter((p) => !p.demo && spec.members(p)).slice(0, spec.maxMembers);
    members.forEach((p, i) => add(p.id, 'active', i < spec.extraCoordinators ? 'coordinator' : 'member'));
    for (const id of spec.alwaysMembers ?? []) add(id, 'active', 'member');
    for (const id of spec.alwaysPending ?? []) add(id, 'pending', 'member');
    const pending = shuffled.filter((p) => !seen.has(p.id) && !p.demo && spec.pending(p)).slice(0, spec.pendingCount);
    for (const p of pending) add(p.id, 'pending', 'member');
  }

  // A report is written by the network's (first) coordinator, on the task's due date.
  const coordinatorOf = (networkId: string) => NETWORKS.find((n) => n.id === networkId)?.coordinators[0] ?? null;
  const networkTasks: Activities['networkTasks'] = TASKS.map((t) => ({
    id: t.id, network_id: t.networkId, title: t.title, description: t.description, due: t.due, status: t.status,
    report: t.report, created_by: t.createdBy, deleted: 0,
    report_by: t.report ? coordinatorOf(t.networkId) : null,
    report_at: t.report && t.due ? `${t.due}T14:00:00.000Z` : null,
  }));

  // Seminars and sign-ups: counts on the seminar always equal the rows written.
  const seminars: Activities['seminars'] = [];
  const signups: Activities['signups'] = [];
  for (const spec of SEMINARS) {
    const startsAt = copenhagenTime(spec.date, spec.from[0], spec.from[1]);
    const startMs = Date.parse(startsAt);
    const deadlineMs = spec.deadlineDays === null ? null
      : Date.parse(copenhagenTime(new Date(Date.parse(spec.date) - spec.deadlineDays * DAY_MS).toISOString(), 12));
    const wanted = spec.capacity + spec.waitlist;
    const forcedIds = new Set((spec.forced ?? []).map((f) => f.personId));
    const order = shuffled.filter((p) => !forcedIds.has(p.id) && !p.demo && spec.audience(p))
      .slice(0, Math.min(spec.signups, wanted)).map((p) => p.id);
    for (const f of spec.forced ?? []) order.splice(Math.min(f.index, order.length), 0, f.personId);
    const confirmed = Math.min(order.length, spec.capacity);
    // Sign-ups arrive over the weeks before "today" (or before a past event), in list order.
    const windowEnd = Math.min(BASE_DATE_MS, deadlineMs ?? startMs, startMs) - DAY_MS;
    const windowStart = windowEnd - 40 * DAY_MS;
    const step = (windowEnd - windowStart) / (order.length + 1);
    order.forEach((personId, i) => {
      const createdMs = Math.round((windowStart + step * (i + 1) + rng.next() * step * 0.4) / 60_000) * 60_000;
      const isConfirmed = i < confirmed;
      // Demo accounts that were there are checked in, so the demo shows attendance.
      const checkedIn = isConfirmed && startMs < BASE_DATE_MS && (forcedIds.has(personId) || rng.chance(0.85));
      signups.push({
        id: signupId(spec.id, personId), seminar_id: spec.id, person_id: personId,
        status: isConfirmed ? 'confirmed' : 'waitlisted', position: isConfirmed ? null : i - confirmed + 1,
        checked_in_at: checkedIn ? new Date(startMs - rng.int(0, 20) * 60_000).toISOString() : null,
        created_at: new Date(createdMs).toISOString(), deleted: 0,
      });
    });
    seminars.push({
      id: spec.id, title: spec.title, description: spec.description, kind: spec.kind, starts_at: startsAt,
      ends_at: copenhagenTime(spec.date, spec.to[0], spec.to[1]), location: spec.location, capacity: spec.capacity,
      signup_deadline: deadlineMs === null ? null : new Date(deadlineMs).toISOString(), network_id: spec.networkId,
      dlo: JSON.stringify(spec.dlo), competence_ids: JSON.stringify(spec.competenceIds), organizer_id: 'p-bo',
      status: spec.cancelled ? 'cancelled' : 'scheduled', checkin_code: rng.string(20), confirmed_count: confirmed,
      waitlist_count: order.length - confirmed, waitlist_last: order.length - confirmed, deleted: 0,
    });
  }

  // Learnings: authors are found by what they do, so the texts fit the person who wrote them.
  const learnings = demoLearnings({ rng, shuffled, byId, memberships, signups });

  return { networks, memberships, networkTasks, seminars, signups, learnings };
}
