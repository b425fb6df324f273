// The shared schemas: every mutation of sync.md is there, strict, and validates sensibly.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MUTATION_NAMES, PushRequestSchema, PullResponseSchema, mutationArgSchemas } from '../../src/shared/protocol';
import { ENTITY_TYPES, entitySchemas, personCompetenceId } from '../../src/shared/entities';

describe('mutation schemas', () => {
  it('name every mutation of the contract, and the few the features added in its style', () => {
    const contract = [
      'checkin', 'competence.remove', 'competence.set', 'coreKnowledge.set', 'learning.create', 'learning.delete',
      'learning.update', 'network.approve', 'network.create', 'network.decline', 'network.join', 'network.leave',
      'networkTask.create', 'networkTask.update', 'profile.update', 'seminar.cancel', 'seminar.create',
      'seminar.update', 'signup.cancel', 'signup.request',
    ];
    const added = ['attendance.set', 'network.removeMember', 'network.setRole', 'seminar.renewCheckinCode',
      'coreKnowledge.remove', 'unit.setStrategy', 'unit.markLearningMeeting', 'admin.updatePerson',
      'admin.saveArea', 'admin.saveUnit', 'admin.mergeUnits', 'admin.saveCompetence', 'admin.mergeCompetences', 'notificationSettings.set',
      'pulse.open', 'pulse.close', 'pulse.answer'];
    expect([...MUTATION_NAMES].sort()).toEqual([...contract, ...added].sort());
    for (const name of MUTATION_NAMES) expect(name).toMatch(/^([a-z]+([A-Z][a-z]+)*\.)?[a-z]+([A-Z][a-z]+)*$/);
  });

  it('refuse unknown fields instead of dropping them', () => {
    const result = v.safeParse(mutationArgSchemas['competence.set'], { competenceId: 'demens', level: 2, canHelp: true, personId: 'p1' });
    expect(result.success).toBe(false);
  });

  it('accept levels 1–3 only', () => {
    for (const level of [1, 2, 3]) {
      expect(v.safeParse(mutationArgSchemas['competence.set'], { competenceId: 'demens', level, canHelp: false }).success).toBe(true);
    }
    for (const level of [0, 4, 1.5, '2']) {
      expect(v.safeParse(mutationArgSchemas['competence.set'], { competenceId: 'demens', level, canHelp: false }).success).toBe(false);
    }
  });

  it('check phone numbers and trim text', () => {
    expect(v.safeParse(mutationArgSchemas['profile.update'], { phone: '+45 12 34 56 78' }).success).toBe(true);
    expect(v.safeParse(mutationArgSchemas['profile.update'], { phone: 'ring mig' }).success).toBe(false);
    expect(v.parse(mutationArgSchemas['profile.update'], { title: '  Sygeplejerske ' }).title).toBe('Sygeplejerske');
  });

  it('accept each visibility of a learning', () => {
    const base = { id: crypto.randomUUID(), title: 'Læring', body: 'Tekst', sourceKind: 'course' };
    for (const visibility of ['private', 'unit', 'organization', { network: 'n1' }]) {
      expect(v.safeParse(mutationArgSchemas['learning.create'], { ...base, visibility }).success).toBe(true);
    }
    expect(v.safeParse(mutationArgSchemas['learning.create'], { ...base, visibility: 'everyone' }).success).toBe(false);
    expect(v.safeParse(mutationArgSchemas['learning.create'], { ...base, visibility: { network: 'n1', extra: 1 } }).success).toBe(false);
  });

  it('require UUIDs for what clients create', () => {
    const seminar = {
      id: 'not-a-uuid', title: 'Caféseminar', description: '', kind: 'cafe', startsAt: '2026-12-01T10:00:00.000Z',
      endsAt: '2026-12-01T12:00:00.000Z', location: 'Rådhuset', capacity: 20,
    };
    expect(v.safeParse(mutationArgSchemas['seminar.create'], seminar).success).toBe(false);
    expect(v.safeParse(mutationArgSchemas['seminar.create'], { ...seminar, id: crypto.randomUUID() }).success).toBe(true);
    expect(v.safeParse(mutationArgSchemas['seminar.update'], { id: 's1', capacity: 30 }).success).toBe(true);
    expect(v.safeParse(mutationArgSchemas['seminar.update'], { id: 's1', seats: 30 }).success).toBe(false);
  });
});

describe('envelopes', () => {
  it('limit a push to 500 mutations and refuse unknown fields', () => {
    const clientId = crypto.randomUUID();
    const mutations = Array.from({ length: 500 }, (_, i) => ({ id: i + 1, name: 'competence.remove', args: { competenceId: 'x' } }));
    expect(v.safeParse(PushRequestSchema, { clientId, mutations }).success).toBe(true);
    expect(v.safeParse(PushRequestSchema, { clientId, mutations: [...mutations, { id: 501, name: 'x', args: {} }] }).success).toBe(false);
    expect(v.safeParse(PushRequestSchema, { clientId, mutations: [], more: 1 }).success).toBe(false);
    expect(v.safeParse(PushRequestSchema, { clientId, mutations: [{ id: 0, name: 'x', args: {} }] }).success).toBe(false);
  });

  it('read a pull reply with every entity type', () => {
    const changes = ENTITY_TYPES.map((type) => ({ type, op: 'del', id: 'x' }));
    expect(v.safeParse(PullResponseSchema, { cursor: 'v1.0', more: false, reset: false, lastMutationId: 0, changes }).success).toBe(true);
    expect(v.safeParse(PullResponseSchema, { cursor: 'v1.0', more: false, reset: false, lastMutationId: 0, changes: [{ type: 'todo', op: 'put', id: 'x' }] }).success).toBe(false);
  });
});

describe('entities', () => {
  it('cover the twelve entity types of the contract, and the few the features added', () => {
    // Units (issue 11): a unit's plan and its attendance counts; a person's message settings (issue 22);
    // pulse checks and their results (issue 24).
    expect(ENTITY_TYPES).toHaveLength(12 + ['unitPlan', 'unitAttendance', 'notificationSettings', 'pulse', 'pulseResult'].length);
    expect(Object.keys(entitySchemas)).toContain('coreKnowledge');
  });

  it('give each person-competence pair one stable id, for distinct pairs distinct ones', () => {
    const people = ['p-anna', 'p-bo', crypto.randomUUID()];
    const competences = ['demens', 'ordblindhed', 'fundraising'];
    const ids = people.flatMap((p) => competences.map((c) => personCompetenceId(p, c)));
    expect(new Set(ids).size).toBe(people.length * competences.length);
    // Derived again (a replayed competence.set, or the server's row): the same id.
    expect(people.flatMap((p) => competences.map((c) => personCompetenceId(p, c)))).toEqual(ids);
    // The id is valid on the wire as a personCompetence row's id.
    for (const id of ids) {
      const row = { id, personId: 'p1', competenceId: 'demens', level: 2, canHelp: true, note: '' };
      expect(v.safeParse(entitySchemas.personCompetence, row).success).toBe(true);
    }
  });
});
