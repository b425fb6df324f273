// The demo data generator and writer: deterministic, realistic enough to demo the plan's
// activities, and written with the version order pull relies on.
import { describe, it, expect } from 'vitest';
import { sql } from 'kysely';
import { generateDemoData } from '../../src/server/seed/generate';
import { COMPETENCES } from '../../src/server/seed/competence-catalogue';
import { AREAS, UNITS } from '../../src/server/seed/organisation';
import { createRng } from '../../src/server/seed/random';
import { DEMO_ACCOUNTS } from '../../src/server/seed/demo-accounts';
import { openDb } from '../../src/server/db/database';
import { migrateToLatest } from '../../src/server/db/migrate';
import { isDatabaseEmpty, seedDemoData } from '../../src/server/seed/seed';

const data = generateDemoData({ people: 2000, seed: 1 });
const roles = (p: { roles: string }) => JSON.parse(p.roles) as string[];
const unitArea = new Map(data.units.map((u) => [u.id, u.area_id]));

describe('seeded random', () => {
  it('repeats itself for the same seed and differs for another', () => {
    const a = createRng(7);
    const b = createRng(7);
    const c = createRng(8);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(createRng(3).string(20)).toMatch(/^[A-Za-z0-9]{20}$/);
  });
});

describe('generateDemoData', () => {
  it('is deterministic', () => {
    expect(generateDemoData({ people: 2000, seed: 1 })).toEqual(data);
    expect(generateDemoData({ people: 2000, seed: 2 }).people).not.toEqual(data.people);
  });

  it('has a catalogue of at least 150 competences with unique ids and synonyms', () => {
    expect(COMPETENCES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(COMPETENCES.map((c) => c.id)).size).toBe(COMPETENCES.length);
    const byId = new Map(COMPETENCES.map((c) => [c.id, c]));
    expect(byId.get('demens')?.synonyms).toContain('Alzheimers');
    expect(byId.get('ordblindhed')?.synonyms).toContain('dysleksi');
    expect(byId.get('fundraising')?.synonyms).toContain('fondsansøgning');
    for (const c of COMPETENCES) {
      expect(c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(c.description.length).toBeGreaterThan(10);
    }
    expect(data.competences).toHaveLength(COMPETENCES.length);
  });

  it('has about 60 units across 6 areas', () => {
    expect(AREAS).toHaveLength(6);
    expect(data.areas).toHaveLength(6);
    expect(UNITS.length).toBeGreaterThanOrEqual(50);
    expect(UNITS.length).toBeLessThanOrEqual(70);
    expect(new Set(data.units.map((u) => u.id)).size).toBe(data.units.length);
    for (const area of data.areas) expect(data.units.some((u) => u.area_id === area.id)).toBe(true);
  });

  it('contains the demo accounts with their roles', () => {
    const byEmail = new Map(data.people.map((p) => [p.email, p]));
    for (const account of DEMO_ACCOUNTS) {
      const person = byEmail.get(account.email);
      expect(person, account.email).toBeDefined();
      expect(roles(person!)).toContain('employee');
      expect(roles(person!)).toContain(account.role);
    }
    const anna = byEmail.get('anna@fjordby.example')!;
    const lis = byEmail.get('lis@fjordby.example')!;
    const bo = byEmail.get('bo@fjordby.example')!;
    expect(anna.id).toBe('p-anna');
    expect(roles(anna)).toEqual(['employee']);
    expect(anna.unit_id).toMatch(/^u-hjemmepleje-/);
    expect(lis.unit_id).toBe(anna.unit_id);
    expect(roles(lis)).toEqual(['employee', 'leader']);
    expect(roles(bo)).toEqual(['employee', 'organizer']);
    expect(unitArea.get(bo.unit_id)).toBe('a-stab');
    const annas = data.personCompetences.filter((pc) => pc.person_id === 'p-anna').map((pc) => pc.competence_id);
    expect(annas).toContain('demens');
    expect(annas.length).toBeGreaterThanOrEqual(2);
    expect(annas.length).toBeLessThanOrEqual(3);
  });

  it('has knowledge sharers in every area, one leader per unit and a few organizers', () => {
    for (const area of data.areas) {
      const sharers = data.people.filter((p) => p.knowledge_sharer === 1 && unitArea.get(p.unit_id) === area.id);
      expect(sharers.length, area.id).toBeGreaterThanOrEqual(2);
      expect(sharers.length, area.id).toBeLessThanOrEqual(4);
    }
    for (const unit of data.units) {
      const leaders = data.people.filter((p) => p.unit_id === unit.id && roles(p).includes('leader'));
      expect(leaders, unit.id).toHaveLength(1);
    }
    const organizers = data.people.filter((p) => roles(p).includes('organizer')).length;
    expect(organizers).toBeGreaterThanOrEqual(3);
    expect(organizers).toBeLessThan(20);
  });

  it('gives people unique ASCII e-mails and Danish-looking details', () => {
    expect(data.people).toHaveLength(2000);
    const emails = data.people.map((p) => p.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(new Set(data.people.map((p) => p.id)).size).toBe(data.people.length);
    for (const p of data.people) {
      expect(p.email).toMatch(/^[a-z0-9.-]+@fjordby\.example$/);
      expect(p.phone).toMatch(/^\+45 \d{8}$/);
      expect(roles(p)).toContain('employee');
      expect(unitArea.has(p.unit_id)).toBe(true);
    }
    expect(data.people.some((p) => /[æøå]/i.test(p.name))).toBe(true);
    const hidden = data.people.filter((p) => p.phone_hidden === 1).length / data.people.length;
    expect(hidden).toBeGreaterThan(0.02);
    expect(hidden).toBeLessThan(0.1);
    expect(data.people.some((p) => /nattevagt|aftenvagt/.test(p.bio) && /demens/.test(p.bio))).toBe(true);
  });

  it('keeps competences grouped per person, referencing existing rows', () => {
    const people = new Set(data.people.map((p) => p.id));
    const competences = new Set(data.competences.map((c) => c.id));
    const ids = new Set<string>();
    const perPerson = new Map<string, number>();
    let previous = '';
    const finished = new Set<string>();
    for (const pc of data.personCompetences) {
      expect(people.has(pc.person_id)).toBe(true);
      expect(competences.has(pc.competence_id)).toBe(true);
      expect(pc.id).toBe(`${pc.person_id}:${pc.competence_id}`);
      expect([1, 2, 3]).toContain(pc.level);
      ids.add(pc.id);
      if (pc.person_id !== previous) {
        expect(finished.has(pc.person_id)).toBe(false);
        finished.add(previous);
        previous = pc.person_id;
      }
      perPerson.set(pc.person_id, (perPerson.get(pc.person_id) ?? 0) + 1);
    }
    expect(ids.size).toBe(data.personCompetences.length);
    for (const count of perPerson.values()) {
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(6);
    }
    const canHelp = data.personCompetences.filter((pc) => pc.can_help === 1).length / data.personCompetences.length;
    expect(canHelp).toBeGreaterThan(0.2);
    expect(canHelp).toBeLessThan(0.4);
  });

  it('has the networks of the networks issue: sharers, leaders, fundraising by approval, two professional', () => {
    const network = (id: string) => data.networks.find((n) => n.id === id);
    const membership = (networkId: string, personId: string) =>
      data.memberships.find((m) => m.network_id === networkId && m.person_id === personId);
    expect(data.networks.filter((n) => n.kind === 'leader')).toHaveLength(2);
    expect(network('n-projekt-fundraising')).toMatchObject({ kind: 'project', join_policy: 'approval' });
    expect(data.networks.filter((n) => n.kind === 'professional').map((n) => n.name).sort()).toEqual(['Demensnetværket', 'Ordblindenetværket']);
    // The knowledge sharers' network has sharers from every area.
    const sharerAreas = new Set(data.memberships.filter((m) => m.network_id === 'n-videndelere' && m.status === 'active')
      .map((m) => data.people.find((p) => p.id === m.person_id)).filter((p) => p?.knowledge_sharer === 1)
      .map((p) => unitArea.get(p!.unit_id)));
    expect(sharerAreas.size).toBe(data.areas.length);
    // Anna: a member of one, with a pending request to another.
    expect(membership('n-demens', 'p-anna')).toMatchObject({ status: 'active' });
    expect(membership('n-projekt-fundraising', 'p-anna')).toMatchObject({ status: 'pending' });
    // Lis coordinates a leader network with two open tasks: one overdue, one reported on.
    expect(membership('n-ledere-aeldre', 'p-lis')).toMatchObject({ status: 'active', role: 'coordinator' });
    const open = data.networkTasks.filter((t) => t.network_id === 'n-ledere-aeldre' && t.status === 'open');
    expect(open).toHaveLength(2);
    expect(open.filter((t) => t.due !== null && t.due < '2026-12-01')).toHaveLength(1);
    expect(open.filter((t) => t.report !== '' && t.report_by === 'p-lis')).toHaveLength(1);
  });

  it('keeps seminar counts consistent with the sign-ups', () => {
    expect(data.seminars.length).toBeGreaterThanOrEqual(6);
    for (const s of data.seminars) {
      const rows = data.signups.filter((x) => x.seminar_id === s.id);
      const confirmed = rows.filter((x) => x.status === 'confirmed');
      const waitlisted = rows.filter((x) => x.status === 'waitlisted');
      expect(s.confirmed_count, s.id).toBe(confirmed.length);
      expect(s.waitlist_count, s.id).toBe(waitlisted.length);
      expect(confirmed.length).toBeLessThanOrEqual(s.capacity);
      if (waitlisted.length > 0) expect(confirmed.length).toBe(s.capacity);
      expect(waitlisted.map((x) => x.position).sort((a, b) => a! - b!)).toEqual(waitlisted.map((_, i) => i + 1));
      expect(s.checkin_code).toHaveLength(20);
      for (const d of JSON.parse(s.dlo) as number[]) expect(d >= 1 && d <= 11).toBe(true);
    }
    expect(data.seminars.filter((s) => s.kind === 'welcomeFair')).toHaveLength(2);
  });

  it('has learnings with every kind of visibility, in the author\'s unit', () => {
    const personUnit = new Map(data.people.map((p) => [p.id, p.unit_id]));
    const visibilities = new Set(data.learnings.map((l) => l.visibility));
    expect([...visibilities].sort()).toEqual(['network', 'organization', 'private', 'unit']);
    for (const l of data.learnings) {
      expect(l.unit_id).toBe(personUnit.get(l.author_id));
      expect(l.visibility_network_id !== null).toBe(l.visibility === 'network');
    }
    // Exactly one was edited on two devices offline: Anna's, with its second text kept.
    const conflicted = data.learnings.filter((l) => l.conflicts !== '[]');
    expect(conflicted.map((l) => [l.author_id, JSON.parse(l.conflicts).length, l.revision])).toEqual([['p-anna', 1, 3]]);
    // A few dozen, from every kind of source, tagged only with competences of the catalogue.
    expect(data.learnings.length).toBeGreaterThanOrEqual(30);
    expect(new Set(data.learnings.map((l) => l.source_kind)).size).toBe(6);
    const catalogue = new Set(COMPETENCES.map((c) => c.id));
    for (const l of data.learnings) for (const id of JSON.parse(l.competence_ids) as string[]) expect(catalogue.has(id), id).toBe(true);
    // Several shared in Anna's unit since its last learning meeting, three weeks back.
    const annasUnit = personUnit.get('p-anna');
    const sinceMeeting = data.learnings.filter((l) => l.unit_id === annasUnit && l.visibility !== 'private'
      && Date.parse(l.created_at) > Date.UTC(2026, 10, 10, 14));
    expect(sinceMeeting.length).toBeGreaterThanOrEqual(6);
    // Learnings from Bo's past theme day are written by people who were there.
    const fromThemeDay = data.learnings.filter((l) => l.seminar_id === 's-temadag-rehabilitering');
    expect(fromThemeDay.length).toBeGreaterThanOrEqual(4);
    const there = new Set(data.signups.filter((x) => x.seminar_id === 's-temadag-rehabilitering' && x.status === 'confirmed').map((x) => x.person_id));
    for (const l of fromThemeDay) expect(there.has(l.author_id), l.id).toBe(true);
    const lis = data.people.find((p) => p.id === 'p-lis')!;
    expect(data.coreKnowledge.length).toBeGreaterThanOrEqual(8);
    for (const ck of data.coreKnowledge) expect(ck.unit_id).toBe(lis.unit_id);
  });

  // How long it takes is a figure of `npm run bench` (seed), not an assertion here.
  // Generating 50,000 people takes ~1.5 s alone; beside the browser run on two cores it can take several times that.
  it('generates 50,000 people with unique ids and e-mails', { timeout: 30_000 }, () => {
    const big = generateDemoData({ people: 50_000 });
    expect(big.people).toHaveLength(50_000);
    expect(new Set(big.people.map((p) => p.id)).size).toBe(50_000);
    expect(new Set(big.people.map((p) => p.email)).size).toBe(50_000);
  });
});

describe('seedDemoData', () => {
  it('writes everything into SQLite with unique versions in pull order', async () => {
    const db = openDb('file::memory:');
    try {
      await migrateToLatest(db);
      expect(await isDatabaseEmpty(db.kysely)).toBe(true);
      const summary = await seedDemoData(db.kysely, { people: 300 });
      expect(await isDatabaseEmpty(db.kysely)).toBe(false);
      const expected = generateDemoData({ people: 300 });
      expect(summary).toEqual({
        people: 300, personCompetences: expected.personCompetences.length,
        competences: COMPETENCES.length, units: UNITS.length,
      });

      const tables = ['areas', 'units', 'competences', 'people', 'person_competences', 'networks', 'memberships',
        'network_tasks', 'seminars', 'signups', 'learnings', 'core_knowledge', 'unit_plans', 'pulses', 'pulse_results'] as const;
      const versions: number[] = [];
      for (const table of tables) {
        const rows = await db.kysely.selectFrom(table).select('version').execute();
        versions.push(...rows.map((r) => Number(r.version)));
      }
      // The demo's two pulse checks and their results come after the generated rows.
      const pulseRows = (await db.kysely.selectFrom('pulses').select('id').execute()).length
        + (await db.kysely.selectFrom('pulse_results').select('id').execute()).length;
      expect(pulseRows).toBeGreaterThan(2);
      const total = Object.values(expected).reduce((n, rows: unknown[]) => n + rows.length, 0) + pulseRows;
      expect(versions).toHaveLength(total);
      expect(new Set(versions).size).toBe(total);
      const counter = await db.kysely.selectFrom('version_counter').select('value').executeTakeFirstOrThrow();
      expect(Number(counter.value)).toBe(Math.max(...versions));
      expect(Math.min(...versions)).toBe(1);

      // A person's competences follow the person's own version directly.
      const anna = await db.kysely.selectFrom('people').select('version').where('id', '=', 'p-anna').executeTakeFirstOrThrow();
      const annas = await db.kysely.selectFrom('person_competences').select('version')
        .where('person_id', '=', 'p-anna').orderBy('version').execute();
      expect(annas.map((r) => Number(r.version))).toEqual(annas.map((_, i) => Number(anna.version) + i + 1));

      const count = await sql<{ n: number }>`select count(*) as n from people`.execute(db.kysely);
      expect(Number(count.rows[0]?.n)).toBe(300);
    } finally {
      await db.close();
    }
  });

  it('holds two earlier pulse checks with results: Lis’s unit above the threshold, the smallest below, summer better on the plan’s own', async () => {
    const db = openDb('file::memory:');
    try {
      await migrateToLatest(db);
      await seedDemoData(db.kysely, { people: 2000 });
      const results = (await db.kysely.selectFrom('pulse_results').select(['pulse_id', 'scope_kind', 'scope_id', 'figures']).execute())
        .map((row) => ({ ...row, figures: JSON.parse(row.figures) as { answered: number; shown: boolean; items: { dlo: number; mean: number }[] | null } }));
      expect(new Set(results.map((r) => r.pulse_id))).toEqual(new Set(['pulse-demo-vinter', 'pulse-demo-sommer']));
      const lis = (pulse: string) => results.find((r) => r.pulse_id === pulse && r.scope_kind === 'unit' && r.scope_id === 'u-hjemmepleje-nord')!;
      expect(lis('pulse-demo-vinter').figures.shown).toBe(true);
      expect(lis('pulse-demo-sommer').figures.shown).toBe(true);
      expect(results.some((r) => r.scope_kind === 'unit' && !r.figures.shown && r.figures.answered > 0)).toBe(true);
      const municipality = (pulse: string) => results.find((r) => r.pulse_id === pulse && r.scope_kind === 'municipality')!.figures.items!;
      const meanOf = (pulse: string, dlo: number) => municipality(pulse).find((item) => item.dlo === dlo)!.mean;
      expect(meanOf('pulse-demo-sommer', 10)).toBeGreaterThan(meanOf('pulse-demo-vinter', 10));
      // Stored as the app stores answers: no person in them.
      const answer = await db.kysely.selectFrom('pulse_answers').selectAll().limit(1).executeTakeFirstOrThrow();
      expect(Object.keys(answer)).not.toContain('person_id');
    } finally {
      await db.close();
    }
  });
});
