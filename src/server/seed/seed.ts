// Writes the generated demo municipality into an empty database in one transaction.
// Versions follow the pull order the app is built around: a person's row is directly
// followed by that person's competences, so a pull page carries whole people.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { reserveVersions } from '../db/versions';
import { insertOrganisationRows } from '../db/organisation-rows';
import { generateDemoData, type DemoData } from './generate';
import { copenhagenToday } from './demo-day';
import { seedPulses } from './pulses';

export interface SeedSummary { people: number; personCompetences: number; competences: number; units: number }

type SyncedTable = 'areas' | 'units' | 'competences' | 'people' | 'person_competences' | 'networks' | 'memberships'
  | 'network_tasks' | 'seminars' | 'signups' | 'learnings' | 'core_knowledge' | 'unit_plans';

/**
 * Rows per INSERT: at most 500, and few enough bound values to stay well inside SQLite's
 * (32,766) and PostgreSQL's (65,535) parameter limits.
 */
const MAX_ROWS = 500;
const MAX_PARAMS = 16_000;

async function insertChunked<T extends SyncedTable>(
  tx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / Object.keys(first).length)));
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot narrow a union of table names to one row type; the rows are typed above.
    await tx.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

export const DEMO_MARKER = 'demo_data_seeded_at';

/** True when the demo municipality was seeded here: never for a database of real people. */
export async function hasDemoData(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('server_meta').select('value').where('key', '=', DEMO_MARKER).executeTakeFirst();
  return row !== undefined;
}

export async function isDatabaseEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('people').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

function rowCount(data: DemoData): number {
  return Object.values(data).reduce((sum, rows: unknown[]) => sum + rows.length, 0);
}

export async function seedDemoData(
  db: Kysely<Database>,
  opts: { people?: number; seed?: number; today?: string } = {},
): Promise<SeedSummary> {
  // Dated from today: the demo's upcoming events are upcoming whenever it is seeded.
  const today = opts.today ?? copenhagenToday();
  const data = generateDemoData({ people: opts.people ?? 2000, seed: opts.seed ?? 1, today });
  const total = rowCount(data);

  await db.transaction().execute(async (tx) => {
    let next = await reserveVersions(tx, total);
    const stamp = <R extends object>(rows: readonly R[]) => rows.map((row) => ({ ...row, version: next++ }));

    const areas = stamp(data.areas);
    const units = stamp(data.units);
    const competences = stamp(data.competences);
    const people: Insertable<Database['people']>[] = [];
    const personCompetences: Insertable<Database['person_competences']>[] = [];
    let j = 0;
    for (const person of data.people) {
      people.push({ ...person, version: next++ });
      for (let pc = data.personCompetences[j]; pc && pc.person_id === person.id; pc = data.personCompetences[++j]) {
        personCompetences.push({ ...pc, version: next++ });
      }
    }
    if (j !== data.personCompetences.length) {
      throw new Error('Demodata: kompetencerne er ikke grupperet efter person (competences not grouped by person)');
    }
    const networks = stamp(data.networks);
    const memberships = stamp(data.memberships);
    const networkTasks = stamp(data.networkTasks);
    const seminars = stamp(data.seminars);
    const signups = stamp(data.signups);
    const learnings = stamp(data.learnings);
    const coreKnowledge = stamp(data.coreKnowledge);
    const unitPlans = stamp(data.unitPlans);

    // Parents before children, for the foreign keys.
    // The organisation the way an HR import writes it (db/organisation-rows.ts).
    await insertOrganisationRows(tx, { areas, units, people });
    await insertChunked(tx, 'competences', competences);
    await insertChunked(tx, 'person_competences', personCompetences);
    await insertChunked(tx, 'networks', networks);
    await insertChunked(tx, 'memberships', memberships);
    await insertChunked(tx, 'network_tasks', networkTasks);
    await insertChunked(tx, 'seminars', seminars);
    await insertChunked(tx, 'signups', signups);
    for (let i = 0; i < seminars.length; i += MAX_ROWS) {
      await tx.insertInto('checkin_codes').values(seminars.slice(i, i + MAX_ROWS).map((seminar) => ({
        seminar_id: seminar.id, code: seminar.checkin_code, valid_from: '2000-01-01T00:00:00.000Z', valid_until: null,
      }))).execute();
    }
    await insertChunked(tx, 'learnings', learnings);
    await insertChunked(tx, 'core_knowledge', coreKnowledge);
    await insertChunked(tx, 'unit_plans', unitPlans);
    // Two earlier pulse checks, so a trend shows, with their results.
    await seedPulses(tx, Date.parse(`${today}T12:00:00Z`), opts.seed ?? 1);
    // Demo sign-in is allowed only on a database that holds this demo data (server.ts).
    await tx.insertInto('server_meta').values({ key: DEMO_MARKER, value: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing()).execute();
  });

  return {
    people: data.people.length,
    personCompetences: data.personCompetences.length,
    competences: data.competences.length,
    units: data.units.length,
  };
}
