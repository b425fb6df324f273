// The demo's core knowledge (plan activity 5): Lis leads Anna's unit, Hjemmeplejen Nord,
// and has stated about ten core competences with needs now and in five years, set
// against what the unit's people actually registered so that the demo always shows gaps
// now and in five years, exactly one competence only one person holds, and a strategy.
import type { Insertable } from 'kysely';
import type { CoreKnowledgeTable, PersonCompetenceTable, PersonTable, UnitPlanTable } from '../db/schema';
import { coreKnowledgeId } from '../../shared/entities/ids';
import type { Level } from '../../shared/entities';
import { CORE_KNOWLEDGE } from './activity-texts';
import { BASE_DATE_MS, DAY_MS } from './generate-activities';

type Row<T> = Omit<Insertable<T>, 'version'>;
export interface DemoCoreKnowledge {
  coreKnowledge: Row<CoreKnowledgeTable>[];
  unitPlans: Row<UnitPlanTable>[];
}

export const DEMO_CORE_UNIT = 'u-hjemmepleje-nord';

const STRATEGY = [
  'Vi lukker gabet i demens og velfærdsteknologi inden for to år:',
  '- to medarbejdere tager demensuddannelsen hvert halve år, og de deler det på det lærende møde;',
  '- velfærdsteknologi: vi låner en superbruger fra Hjemmeplejen Syd og følger hende på skærmbesøg;',
  '- det, kun én af os kan i dag, må ikke hvile på én person: hun lærer to andre op i løbet af foråret.',
  'Status gøres op på personalemødet hvert kvartal.',
].join('\n');

/** How many of the unit's people hold each competence at each level or higher: [≥1, ≥2, ≥3]. */
function holdersByLevel(members: ReadonlySet<string>, personCompetences: readonly Row<PersonCompetenceTable>[]): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  for (const pc of personCompetences) {
    if (!members.has(pc.person_id) || pc.deleted) continue;
    const row = counts.get(pc.competence_id) ?? [0, 0, 0];
    for (let level = 1; level <= pc.level; level++) row[level - 1]! += 1;
    counts.set(pc.competence_id, row);
  }
  return counts;
}

export function demoCoreKnowledge(
  people: readonly Row<PersonTable>[],
  personCompetences: readonly Row<PersonCompetenceTable>[],
): DemoCoreKnowledge {
  const members = new Set(people.filter((p) => p.unit_id === DEMO_CORE_UNIT).map((p) => p.id));
  const held = holdersByLevel(members, personCompetences);
  const at = (competenceId: string, level: number) => held.get(competenceId)?.[level - 1] ?? 0;

  // The one single-holder risk: a listed competence (the later in the list the better: a
  // specialty) held by exactly one member at some level. Asked for at that level.
  const listed = CORE_KNOWLEDGE.map(([id]) => id);
  const highestFirst: readonly Level[] = [3, 2, 1];
  let risk: { id: string; level: Level } | null = null;
  for (const id of [...listed].reverse()) {
    const level = highestFirst.find((l) => at(id, l) === 1);
    if (level) { risk = { id, level }; break; }
  }
  if (!risk) {
    // Not among the listed ones at this size: the unit's own specialty held by just one.
    const id = [...held.keys()].sort().find((c) => !listed.includes(c) && highestFirst.some((l) => at(c, l) === 1));
    const level = id ? highestFirst.find((l) => at(id, l) === 1) : undefined;
    if (id && level) risk = { id, level };
  }

  const coreKnowledge: Row<CoreKnowledgeTable>[] = [];
  for (const [competenceId, now, later, note] of CORE_KNOWLEDGE) {
    if (competenceId === risk?.id) continue;
    // "Erfaren" where two or more are; otherwise any level, and left out where not even
    // two hold it: the demo's only flag is the single-holder one below.
    const level = at(competenceId, 2) >= 2 ? 2 : 1;
    if (at(competenceId, level) < 2) continue;
    // Needs around what the unit holds (the listed shares tip them over or under): some
    // met today, several short today, more short in five years.
    const holders = at(competenceId, level);
    const needNow = Math.max(1, Math.ceil(holders * (0.5 + now)));
    coreKnowledge.push({
      id: coreKnowledgeId(DEMO_CORE_UNIT, competenceId), unit_id: DEMO_CORE_UNIT, competence_id: competenceId,
      level, need_now: needNow, need_in_5_years: Math.max(needNow, Math.ceil(holders * (0.5 + later))), note, deleted: 0,
    });
  }
  if (risk) {
    const note = CORE_KNOWLEDGE.find(([id]) => id === risk.id)?.[3] || 'Kun én kan det i dag – sårbart ved ferie og sygdom.';
    coreKnowledge.push({
      id: coreKnowledgeId(DEMO_CORE_UNIT, risk.id), unit_id: DEMO_CORE_UNIT, competence_id: risk.id,
      level: risk.level, need_now: 1, need_in_5_years: 2, note, deleted: 0,
    });
  }

  const unitPlans: Row<UnitPlanTable>[] = [{
    id: DEMO_CORE_UNIT, unit_id: DEMO_CORE_UNIT, strategy: STRATEGY,
    last_learning_meeting_at: new Date(BASE_DATE_MS - 21 * DAY_MS + 13 * 3_600_000).toISOString(),
    updated_at: new Date(BASE_DATE_MS - 10 * DAY_MS).toISOString(), deleted: 0,
  }];
  return { coreKnowledge, unitPlans };
}
