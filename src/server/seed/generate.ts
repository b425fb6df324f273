// Generates the demo municipality Fjordby Kommune as plain rows, one array per table.
// Pure and deterministic (same options → identical rows), so tests, benchmarks and demo
// servers all see the same people; versions are left to the writer (seed.ts).
import type {
  AreaTable, CompetenceTable, MembershipTable, NetworkTable, NetworkTaskTable,
  PersonCompetenceTable, PersonTable, SeminarTable, SignupTable, UnitTable,
} from '../db/schema';
import { personCompetenceId, type Level, type Role } from '../../shared/entities';
import { COMPETENCES, type Category } from './competence-catalogue';
import { AREAS, COMPETENCE_PROFILES, GENERAL_CATEGORIES, UNITS, type UnitKind, type UnitSeed } from './organisation';
import {
  BIOS_BY_KIND, FEMALE_NAMES, FEMALE_SHARE, LEADER_TITLES, MALE_NAMES, MIDDLE_NAMES, SURNAMES, TITLES_BY_KIND,
  TITLES_BY_UNIT,
} from './names';
import { createRng, weightedPicker, type Rng } from './random';
import { BASE_DATE_MS, DAY_MS, generateActivities } from './generate-activities';
import { daysFromDemoToday, shiftDemoDates } from './demo-day';
import { demoCoreKnowledge, type DemoCoreKnowledge } from './core-knowledge';
import type { DemoLearning } from './learnings';

export type Row<T> = Omit<T, 'version'>;
export interface DemoData {
  areas: Row<AreaTable>[];
  units: Row<UnitTable>[];
  competences: Row<CompetenceTable>[];
  people: Row<PersonTable>[];
  /** Grouped by person, in the order of `people`: the writer relies on it. */
  personCompetences: Row<PersonCompetenceTable>[];
  networks: Row<NetworkTable>[];
  memberships: Row<MembershipTable>[];
  networkTasks: Row<NetworkTaskTable>[];
  seminars: Row<SeminarTable>[];
  signups: Row<SignupTable>[];
  learnings: DemoLearning[];
  coreKnowledge: DemoCoreKnowledge['coreKnowledge'];
  unitPlans: DemoCoreKnowledge['unitPlans'];
}
export interface DemoOptions {
  people?: number;
  seed?: number;
  /** The day it is seeded (YYYY-MM-DD): every date moves from DEMO_TODAY to it (demo-day.ts). */
  today?: string;
}

export const MAIL_DOMAIN = 'fjordby.example';

/** Mail addresses are ASCII: æ→ae, ø→oe, å→aa, as Danish mail systems do. */
export function emailLocalPart(text: string): string {
  return text.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

interface DemoPerson {
  id: string; name: string; email: string; title: string; unitId: string; roles: Role[]; bio: string; phone: string;
  competences: ReadonlyArray<readonly [competenceId: string, level: Level, canHelp: boolean, note: string]>;
}

/** The fixed accounts of demo-accounts.ts; the sign-in screen and the README promise them. */
const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    id: 'p-anna', name: 'Anna Mikkelsen', email: 'anna@fjordby.example', title: 'Social- og sundhedshjælper',
    unitId: 'u-hjemmepleje-nord', roles: ['employee'], phone: '+45 20418733',
    bio: 'Social- og sundhedshjælper i Hjemmeplejen Nord. Tager af og til aftenvagter og har særlig interesse for borgere med demens.',
    competences: [
      ['demens', 2, true, 'Har taget kurset "Demens i hverdagen" og hjælper gerne kolleger med svære besøg.'],
      ['forflytning', 1, false, ''],
      ['medicinhaandtering', 1, false, ''],
    ],
  },
  {
    id: 'p-bo', name: 'Bo Østergaard', email: 'bo@fjordby.example', title: 'Udviklingskonsulent', unitId: 'u-hr',
    roles: ['employee', 'organizer'], phone: '+45 61227405',
    bio: 'Planlægger velkomstmesser, kurser og caféseminarer og koordinerer videndelernetværket.',
    competences: [
      ['procesfacilitering', 3, true, 'Faciliterer gerne jeres næste temadag eller personalemøde.'],
      ['projektledelse', 2, false, ''],
      ['fundraising', 2, true, ''],
      ['videndeling', 3, true, ''],
    ],
  },
  {
    id: 'p-lis', name: 'Lis Aagaard', email: 'lis@fjordby.example', title: 'Områdeleder', unitId: 'u-hjemmepleje-nord',
    roles: ['employee', 'leader'], phone: '+45 40563218',
    bio: 'Leder af Hjemmeplejen Nord. Optaget af kerneviden, kompetenceudvikling og et godt arbejdsmiljø.',
    competences: [
      ['personaleledelse', 3, true, ''],
      ['demens', 2, false, ''],
      ['forandringsledelse', 2, false, ''],
      ['kompetenceudvikling', 2, true, ''],
    ],
  },
  {
    id: 'p-admin', name: 'Mads Kjærgaard', email: 'admin@fjordby.example', title: 'Systemadministrator', unitId: 'u-it',
    roles: ['employee', 'admin'], phone: '+45 30917764', bio: '',
    competences: [
      ['systemadministration', 3, true, ''],
      ['informationssikkerhed', 2, false, ''],
      ['microsoft-365', 3, true, ''],
    ],
  },
];

const DEMO_IDS: ReadonlySet<string> = new Set(DEMO_PEOPLE.map((d) => d.id));

const NOTES: readonly string[] = [
  'Har taget et kursus i emnet sidste år.', 'Bruger det dagligt i mit arbejde.', 'Hjælper gerne nye kolleger.',
  'Vil gerne lære mere.', 'Har været ressourceperson i flere år.', 'Skriv gerne til mig på Teams.',
  'Har erfaring fra mit tidligere job.', 'Er i gang med en efteruddannelse.', 'Har undervist kolleger i det.',
];

const pickCompetenceCount = weightedPicker<number>([[2, 22], [3, 30], [4, 24], [5, 14], [6, 10]]);
const pickLevel = weightedPicker<Level>([[1, 45], [2, 40], [3, 15]]);

/** Competence ids per category and the weighted draw for each kind, computed once. */
function competencePickers(): Record<UnitKind, (rng: Rng, leader: boolean) => string> {
  const byCategory = new Map<Category, string[]>();
  for (const c of COMPETENCES) {
    const list = byCategory.get(c.category) ?? [];
    list.push(c.id);
    byCategory.set(c.category, list);
  }
  const known = new Set(COMPETENCES.map((c) => c.id));
  const pool = (categories: readonly Category[]) => categories.flatMap((cat) => byCategory.get(cat) ?? []);
  const leadership = pool(['Ledelse']);
  const general = pool(GENERAL_CATEGORIES);
  const pickers = {} as Record<UnitKind, (rng: Rng, leader: boolean) => string>;
  for (const [kind, profile] of Object.entries(COMPETENCE_PROFILES) as [UnitKind, typeof COMPETENCE_PROFILES[UnitKind]][]) {
    for (const id of profile.common) if (!known.has(id)) throw new Error(`Ukendt kompetence i profilen ${kind}: ${id}`);
    const primary = pool(profile.primary);
    const secondary = pool(profile.secondary);
    pickers[kind] = (rng, leader) => {
      const r = rng.next();
      if (leader && r < 0.35) return rng.pick(leadership);
      if (r < 0.4) return rng.pick(profile.common);
      if (r < 0.8) return rng.pick(primary);
      if (r < 0.92 && secondary.length > 0) return rng.pick(secondary);
      return rng.pick(general);
    };
  }
  return pickers;
}

function timestampBefore(rng: Rng, maxDays: number): string {
  const day = BASE_DATE_MS - rng.int(1, maxDays) * DAY_MS;
  return new Date(day + rng.int(6 * 60, 16 * 60) * 60_000).toISOString();
}

export function generateDemoData(options: DemoOptions = {}): DemoData {
  const seed = options.seed ?? 1;
  const total = Math.max(DEMO_PEOPLE.length, Math.floor(options.people ?? 2000));
  const rng = createRng(seed);
  const personRng = rng.fork('people');
  const competenceRng = rng.fork('competences');
  const unitById = new Map(UNITS.map((u) => [u.id, u]));
  const areaOf = (unitId: string) => unitById.get(unitId)?.areaId ?? '';

  const people: Row<PersonTable>[] = [];
  const personCompetences: Row<PersonCompetenceTable>[] = [];
  const usedEmails = new Map<string, number>();
  const pickers = competencePickers();

  const addCompetence = (personId: string, competenceId: string, level: Level, canHelp: boolean, note: string) => {
    personCompetences.push({
      id: personCompetenceId(personId, competenceId), person_id: personId, competence_id: competenceId, deleted: 0,
      level, can_help: canHelp ? 1 : 0, note, updated_at: timestampBefore(competenceRng, 540),
    });
  };

  for (const demo of DEMO_PEOPLE) {
    people.push({
      id: demo.id, name: demo.name, email: demo.email, title: demo.title, phone: demo.phone, phone_hidden: 0,
      bio: demo.bio, unit_id: demo.unitId, roles: JSON.stringify(demo.roles), knowledge_sharer: 0, scope_version: 0, employee_number: null, deactivated_at: null,
      deleted: 0,
    });
    for (const [competenceId, level, canHelp, note] of demo.competences) addCompetence(demo.id, competenceId, level, canHelp, note);
  }

  // One leader slot per unit (Lis already leads hers), the rest spread by unit size; shuffled
  // so ids carry no hint of role or unit.
  const ledByDemo = new Set(DEMO_PEOPLE.filter((d) => d.roles.includes('leader')).map((d) => d.unitId));
  const generatedCount = total - DEMO_PEOPLE.length;
  const slots: { unit: UnitSeed; leader: boolean }[] = [];
  for (const unit of UNITS) {
    if (slots.length < generatedCount && !ledByDemo.has(unit.id)) slots.push({ unit, leader: true });
  }
  const pickUnit = weightedPicker(UNITS.map((u) => [u, u.size] as const));
  while (slots.length < generatedCount) slots.push({ unit: pickUnit(personRng), leader: false });
  const order = personRng.shuffle(slots);

  const titlePickers = new Map<string, (r: Rng) => string>();
  const titleFor = (unit: UnitSeed) => {
    let picker = titlePickers.get(unit.id);
    if (!picker) {
      picker = weightedPicker(TITLES_BY_UNIT[unit.id] ?? TITLES_BY_KIND[unit.kind]);
      titlePickers.set(unit.id, picker);
    }
    return picker(personRng);
  };

  order.forEach(({ unit, leader }, index) => {
    const id = `p${String(index + 1).padStart(5, '0')}`;
    const female = personRng.chance(FEMALE_SHARE[unit.kind]);
    const first = personRng.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const middle = personRng.chance(0.2) ? personRng.pick(MIDDLE_NAMES) : null;
    let last = personRng.pick(SURNAMES);
    if (last === middle) last = personRng.pick(SURNAMES);
    const base = `${emailLocalPart(first)}.${emailLocalPart(last)}`;
    const n = (usedEmails.get(base) ?? 0) + 1;
    usedEmails.set(base, n);
    const phone = `+45 ${personRng.pick(['2', '3', '4', '5', '6', '7', '8'])}${String(personRng.int(0, 9_999_999)).padStart(7, '0')}`;
    people.push({
      id, name: middle ? `${first} ${middle} ${last}` : `${first} ${last}`,
      email: `${base}${n > 1 ? n : ''}@${MAIL_DOMAIN}`,
      title: leader ? LEADER_TITLES[unit.kind] : titleFor(unit),
      phone, phone_hidden: personRng.chance(0.05) ? 1 : 0,
      bio: personRng.chance(0.15) ? personRng.pick(BIOS_BY_KIND[unit.kind]) : '',
      unit_id: unit.id, roles: JSON.stringify(leader ? ['employee', 'leader'] : ['employee']),
      knowledge_sharer: 0, scope_version: 0, employee_number: null, deactivated_at: null, deleted: 0,
    });
    const count = pickCompetenceCount(competenceRng);
    const chosen = new Set<string>();
    for (let attempt = 0; chosen.size < count && attempt < count * 6; attempt++) {
      chosen.add(pickers[unit.kind](competenceRng, leader));
    }
    for (const competenceId of chosen) {
      const level = pickLevel(competenceRng);
      const canHelp = competenceRng.chance(level === 3 ? 0.6 : level === 2 ? 0.3 : 0.15);
      const note = competenceRng.chance(0.1) ? competenceRng.pick(NOTES) : '';
      addCompetence(id, competenceId, level, canHelp, note);
    }
  });

  assignSpecialRoles(rng.fork('roles'), people, areaOf);

  const activities = generateActivities({
    rng: rng.fork('activities'), people, personCompetences, unitById, demoIds: DEMO_IDS,
  });

  const data: DemoData = {
    areas: AREAS.map((a) => ({ id: a.id, name: a.name, deleted: 0 })),
    units: UNITS.map((u) => ({ id: u.id, area_id: u.areaId, name: u.name, deleted: 0 })),
    competences: COMPETENCES.map((c) => ({
      id: c.id, name: c.name, category: c.category, synonyms: JSON.stringify(c.synonyms), description: c.description,
      retired: 0, merged_into: null, deleted: 0,
    })),
    people,
    personCompetences,
    ...activities,
    ...demoCoreKnowledge(people, personCompetences),
  };
  return options.today === undefined ? data : shiftDemoDates(data, daysFromDemoToday(options.today));
}

/**
 * Plan activity 1: two to four videndelere in every area. A few of them, and a couple of
 * HR people, are also organizers (arrangører) who run events; one IT colleague helps admin.
 */
function assignSpecialRoles(rng: Rng, people: Row<PersonTable>[], areaOf: (unitId: string) => string): void {
  const ordinary = people.filter((p) => !DEMO_IDS.has(p.id) && p.roles === '["employee"]');
  const addRole = (person: Row<PersonTable>, role: Role) => {
    const roles = JSON.parse(person.roles) as Role[];
    if (!roles.includes(role)) person.roles = JSON.stringify([...roles, role]);
  };
  for (const area of AREAS) {
    const candidates = rng.shuffle(ordinary.filter((p) => areaOf(p.unit_id) === area.id));
    const sharers = candidates.slice(0, rng.int(2, 4));
    for (const person of sharers) person.knowledge_sharer = 1;
    const first = sharers[0];
    if (first) addRole(first, 'organizer');
  }
  const hr = rng.shuffle(ordinary.filter((p) => p.unit_id === 'u-hr' && p.knowledge_sharer === 0));
  for (const person of hr.slice(0, 2)) addRole(person, 'organizer');
  const it = ordinary.find((p) => p.unit_id === 'u-it' && p.knowledge_sharer === 0);
  if (it) addRole(it, 'admin');
}
