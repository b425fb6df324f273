// The demo municipality's learning log (plan activity 9): the learnings of
// activity-texts.ts and learning-texts.ts, each written by someone it fits (their area,
// unit, network or attendance), in the author's unit, with times before the demo's
// "today". A handful of rows: the 50,000-people seed is not slowed by it.
import type { Insertable } from 'kysely';
import type { LearningTable, MembershipTable, SignupTable } from '../db/schema';
import type { Rng } from './random';
import { LEARNINGS, type PersonInfo } from './activity-texts';
import { MORE_LEARNINGS, type DemoLearningSpec } from './learning-texts';
import { BASE_DATE_MS, DAY_MS } from './generate-activities';

export type DemoLearning = Omit<Insertable<LearningTable>, 'version'>;

export interface LearningInput {
  rng: Rng;
  /** Everyone, in one shuffled order: authors are the first who fit. */
  shuffled: readonly PersonInfo[];
  byId: ReadonlyMap<string, PersonInfo>;
  memberships: readonly Omit<MembershipTable, 'version'>[];
  signups: readonly Omit<SignupTable, 'version'>[];
}

export function demoLearnings({ rng, shuffled, byId, memberships, signups }: LearningInput): DemoLearning[] {
  const activeIn = (networkId: string) =>
    new Set(memberships.filter((m) => m.network_id === networkId && m.status === 'active').map((m) => m.person_id));
  const attended = (seminarId: string, checkedIn: boolean) => new Set(signups
    .filter((s) => s.seminar_id === seminarId && s.status === 'confirmed' && (!checkedIn || s.checked_in_at !== null))
    .map((s) => s.person_id));
  const usedAuthors = new Set<string>();
  const specs: readonly DemoLearningSpec[] = [...LEARNINGS, ...MORE_LEARNINGS];
  return specs.map((spec) => {
    let author = spec.authorId;
    if (!author) {
      const members = spec.networkId ? activeIn(spec.networkId) : null;
      const attendees = spec.seminarId ? attended(spec.seminarId, spec.checkedIn ?? false) : null;
      const found = shuffled.find((p) => !p.demo && !usedAuthors.has(p.id) && spec.author(p)
        && (!members || members.has(p.id)) && (!attendees || attendees.has(p.id)));
      author = found?.id ?? spec.fallbackAuthorId;
    }
    usedAuthors.add(author);
    const createdMs = BASE_DATE_MS - spec.daysAgo * DAY_MS + rng.int(7 * 60, 15 * 60) * 60_000;
    // A kept conflict is the learning's last change: the second device's edit arriving.
    const conflictMs = spec.conflict ? createdMs + spec.conflict.daysAfter * DAY_MS + 3_600_000 : null;
    const updatedMs = conflictMs ?? (spec.edited ? createdMs + rng.int(1, 3) * DAY_MS : createdMs);
    const conflicts = spec.conflict && conflictMs !== null
      ? [{ title: spec.conflict.title, body: spec.conflict.body, application: spec.conflict.application, at: new Date(conflictMs).toISOString() }]
      : [];
    return {
      id: spec.id, author_id: author, author_name: byId.get(author)?.name ?? '', title: spec.title, body: spec.body, application: spec.application,
      source_kind: spec.sourceKind, seminar_id: spec.seminarId ?? null, competence_ids: JSON.stringify(spec.competenceIds),
      dlo: JSON.stringify(spec.dlo), visibility: spec.visibility,
      visibility_network_id: spec.visibility === 'network' ? (spec.networkId ?? null) : null,
      unit_id: byId.get(author)?.unitId ?? 'u-hjemmepleje-nord', conflicts: JSON.stringify(conflicts),
      created_at: new Date(createdMs).toISOString(), updated_at: new Date(updatedMs).toISOString(),
      revision: spec.revision ?? (spec.edited ? 2 : 1), deleted: 0,
    };
  });
}
