// The import's plan, worked out without a database: matching by number then e-mail, one
// line per person, leaders, reactivation, the wrong file that would empty the municipality.
import { describe, expect, it } from 'vitest';
import { planImport, type Organisation, type OrgPerson } from '../../src/server/import/plan-import';
import type { ImportLine, ImportLines } from '../../src/server/import/import-lines';

const person = (id: string, over: Partial<OrgPerson> = {}): OrgPerson => ({
  id, employeeNumber: null, name: id.toUpperCase(), email: `${id}@x.dk`, title: 'SSH', phone: '', unitId: 'u1', roles: ['employee'], active: true, ...over,
});
const org = (people: OrgPerson[]): Organisation => ({ people, units: [{ id: 'u1', areaId: 'a1', name: 'Team 1' }], areas: [{ id: 'a1', name: 'Ældre' }] });
const line = (n: number, over: Partial<ImportLine>): ImportLine => ({
  line: n, employeeNumber: null, name: 'X', email: 'x@x.dk', title: 'SSH', unit: 'Team 1', area: 'Ældre', phone: null, leader: null, ...over,
});
const read = (lines: ImportLine[]): ImportLines => ({ lines, errors: [], has: { employeeNumber: true, phone: false, leader: true } });

describe('the import plan', () => {
  it('matches by employee number first, then e-mail, and refuses a second line for the same person', () => {
    const plan = planImport(org([person('a', { employeeNumber: '1' })]), read([
      line(2, { employeeNumber: '1', name: 'A', email: 'new.a@x.dk' }),
      line(3, { name: 'Other', email: 'a@x.dk' }),
    ]));
    expect(plan.change).toEqual([expect.objectContaining({ id: 'a', fields: { email: 'new.a@x.dk' }, before: { email: 'a@x.dk' } })]);
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([[3, 'import_email_taken']]);
    expect(plan.create).toEqual([]);
  });

  it('refuses an e-mail held by someone with another employee number', () => {
    const plan = planImport(org([person('a', { employeeNumber: '1' })]), read([line(2, { employeeNumber: '2', email: 'a@x.dk' })]));
    expect(plan.errors.map((e) => [e.line, e.code])).toEqual([[2, 'import_email_taken']]);
  });

  it('warns of two leaders in one unit, gives both the role, and takes it from one no longer marked', () => {
    const plan = planImport(org([person('a'), person('b'), person('c', { roles: ['employee', 'leader'] })]), read([
      line(2, { name: 'A', email: 'a@x.dk', leader: true }),
      line(3, { name: 'B', email: 'b@x.dk', leader: true }),
      line(4, { name: 'C', email: 'c@x.dk', leader: false }),
    ]));
    expect(plan.warnings.map((w) => [w.line, w.code])).toEqual([[3, 'import_two_leaders']]);
    expect(plan.change.map((c) => [c.id, c.fields.roles])).toEqual([['a', ['employee', 'leader']], ['b', ['employee', 'leader']], ['c', ['employee']]]);
  });

  it('brings back a deactivated person, keeps phones the file does not have, and says who leaves', () => {
    const plan = planImport(org([person('a', { active: false, phone: '+45 1' }), person('b'), person('c')]), read([
      line(2, { name: 'A', email: 'A@x.dk'.toLowerCase() }), line(3, { name: 'B', email: 'b@x.dk' }),
    ]));
    expect(plan.change).toEqual([expect.objectContaining({ id: 'a', reactivate: true, fields: {} })]);
    expect(plan.deactivate.map((p) => p.id)).toEqual(['c']);
    expect(plan.unchanged).toBe(1);
  });

  it('refuses a file that would take out more than half of a municipality of more than ten', () => {
    const people = Array.from({ length: 30 }, (_, i) => person(`p${i}`));
    const partial = planImport(org(people), read(people.slice(0, 14).map((p, i) => line(i + 2, { name: p.name, email: p.email }))));
    expect(partial.errors.map((e) => e.code)).toEqual(['import_mass_deactivation']);
    const most = planImport(org(people), read(people.slice(0, 15).map((p, i) => line(i + 2, { name: p.name, email: p.email }))));
    expect(most.errors).toEqual([]);
    expect(most.deactivate).toHaveLength(15);
  });
});
