// What an import changes, worked out from the file's lines and the organisation as the
// database holds it: who is new, moved, changed, back or gone, and which areas and units
// are new. Pure (the database is read before and written after, db/organisation-import.ts),
// so the dry run and the real run are the same plan.
import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '../../shared/entities';
import type { ImportProblem, ImportSummary } from '../../shared/organisation-import/summary';
import { problem, type ImportLine, type ImportLines } from './import-lines';

export interface OrgPerson {
  id: string;
  employeeNumber: string | null;
  name: string;
  email: string;
  title: string;
  phone: string;
  unitId: string;
  roles: Role[];
  active: boolean;
}
export interface OrgUnit { id: string; areaId: string; name: string }
export interface OrgArea { id: string; name: string }
/** The organisation as held: every person (active or not), the units and areas in use. */
export interface Organisation { people: OrgPerson[]; units: OrgUnit[]; areas: OrgArea[] }

export type PersonFields = Pick<OrgPerson, 'employeeNumber' | 'name' | 'email' | 'title' | 'phone' | 'roles'>;

export interface PersonChange {
  id: string;
  line: number;
  /** The name in the file (for the dry run's lists). */
  name: string;
  /** Only the fields that change, with what they were. */
  fields: Partial<PersonFields>;
  before: Partial<PersonFields>;
  reactivate: boolean;
  /** The unit moved to, and from (ids, and names as "unit (area)" for the dry run's list). */
  move: { from: string; to: string; fromLabel: string; toLabel: string } | null;
}

export interface ImportPlan {
  areas: OrgArea[];
  units: OrgUnit[];
  create: (PersonFields & { id: string; unitId: string; line: number; unitLabel: string })[];
  change: PersonChange[];
  deactivate: OrgPerson[];
  unchanged: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
}

/** More than this share of the active people leaving in one file is a wrong file, not a reorganisation. */
const MAX_LEAVING_SHARE = 0.5;
/** … unless only this few leave (a small test database). */
const FEW_LEAVING = 10;

const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
const unitKey = (area: string, unit: string) => `${nameKey(area)}\u0000${nameKey(unit)}`;

function rolesWith(roles: readonly Role[], leader: boolean | null): Role[] {
  if (leader === null) return [...roles];
  const wanted = new Set<Role>(roles);
  wanted.add('employee');
  if (leader) wanted.add('leader');
  else wanted.delete('leader');
  return ROLES.filter((role) => wanted.has(role));
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((role, i) => role === b[i]);

export function planImport(org: Organisation, read: ImportLines): ImportPlan {
  const plan: ImportPlan = { areas: [], units: [], create: [], change: [], deactivate: [], unchanged: 0, errors: [...read.errors], warnings: [] };

  const areaByKey = new Map(org.areas.map((area) => [nameKey(area.name), area]));
  const areaName = new Map(org.areas.map((area) => [area.id, area.name]));
  const unitByKey = new Map(org.units.map((unit) => [unitKey(areaName.get(unit.areaId) ?? '', unit.name), unit]));
  const unitLabel = new Map(org.units.map((unit) => [unit.id, `${unit.name} (${areaName.get(unit.areaId) ?? '?'})`]));
  const unitFor = (line: ImportLine): string => {
    const key = unitKey(line.area, line.unit);
    let unit = unitByKey.get(key);
    if (!unit) {
      let area = areaByKey.get(nameKey(line.area));
      if (!area) {
        area = { id: randomUUID(), name: line.area };
        areaByKey.set(nameKey(line.area), area);
        plan.areas.push(area);
      }
      unit = { id: randomUUID(), areaId: area.id, name: line.unit };
      unitByKey.set(key, unit);
      unitLabel.set(unit.id, `${unit.name} (${area.name})`);
      plan.units.push(unit);
    }
    return unit.id;
  };

  const byNumber = new Map(org.people.filter((p) => p.employeeNumber).map((p) => [p.employeeNumber!, p]));
  const byEmail = new Map(org.people.map((p) => [p.email.toLowerCase(), p]));
  const matched = new Set<string>();
  const leadersByUnit = new Map<string, number[]>();

  for (const line of read.lines) {
    let person = line.employeeNumber ? byNumber.get(line.employeeNumber) : undefined;
    const holder = byEmail.get(line.email);
    if (!person && holder?.employeeNumber && line.employeeNumber && holder.employeeNumber !== line.employeeNumber) {
      plan.errors.push(problem(line.line, 'import_email_taken', line.email));
      continue;
    }
    person ??= holder;
    if (person && holder && holder !== person) {
      plan.errors.push(problem(line.line, 'import_email_taken', line.email));
      continue;
    }
    if (person && matched.has(person.id)) {
      plan.errors.push(problem(line.line, 'import_email_taken', line.email));
      continue;
    }
    const unitId = unitFor(line);
    if (line.leader) leadersByUnit.set(unitId, [...(leadersByUnit.get(unitId) ?? []), line.line]);

    if (!person) {
      plan.create.push({
        id: randomUUID(), line: line.line, unitId, unitLabel: unitLabel.get(unitId) ?? unitId, employeeNumber: line.employeeNumber, name: line.name, email: line.email,
        title: line.title, phone: line.phone ?? '', roles: rolesWith(['employee'], line.leader),
      });
      continue;
    }
    matched.add(person.id);
    const wanted: PersonFields = {
      employeeNumber: line.employeeNumber ?? person.employeeNumber, name: line.name, email: line.email, title: line.title,
      phone: line.phone ?? person.phone, roles: rolesWith(person.roles, line.leader),
    };
    const fields: Partial<PersonFields> = {};
    const before: Partial<PersonFields> = {};
    for (const key of ['employeeNumber', 'name', 'email', 'title', 'phone'] as const) {
      if (wanted[key] !== person[key]) {
        Object.assign(fields, { [key]: wanted[key] });
        Object.assign(before, { [key]: person[key] });
      }
    }
    if (!sameRoles(wanted.roles, person.roles)) {
      fields.roles = wanted.roles;
      before.roles = person.roles;
    }
    const move = person.unitId === unitId ? null
      : { from: person.unitId, to: unitId, fromLabel: unitLabel.get(person.unitId) ?? person.unitId, toLabel: unitLabel.get(unitId) ?? unitId };
    if (Object.keys(fields).length === 0 && !move && person.active) plan.unchanged += 1;
    else plan.change.push({ id: person.id, line: line.line, name: line.name, fields, before, reactivate: !person.active, move });
  }

  for (const lines of leadersByUnit.values()) {
    if (lines.length > 1) plan.warnings.push(problem(lines[1]!, 'import_two_leaders', `Også linje ${lines[0]}`));
  }
  const active = org.people.filter((p) => p.active);
  // A file without one usable line says nothing about who has left.
  plan.deactivate = read.lines.length === 0 ? [] : active.filter((p) => !matched.has(p.id));
  if (plan.deactivate.length > FEW_LEAVING && plan.deactivate.length > active.length * MAX_LEAVING_SHARE) {
    plan.errors.push(problem(0, 'import_mass_deactivation', `${plan.deactivate.length} af ${active.length}`));
  }
  return plan;
}

export function summarize(plan: ImportPlan, written: boolean): ImportSummary {
  return {
    created: plan.create.length,
    moved: plan.change.filter((c) => c.move).length,
    updated: plan.change.filter((c) => Object.keys(c.fields).length > 0).length,
    deactivated: plan.deactivate.length,
    reactivated: plan.change.filter((c) => c.reactivate).length,
    unchanged: plan.unchanged,
    units: { created: plan.units.length },
    areas: { created: plan.areas.length },
    errors: plan.errors,
    warnings: plan.warnings,
    written,
  };
}
