// A plan as the dry run shows it (shared/organisation-import/preview.ts): names, units as
// "unit (area)", and each changed field with what it was.
import { PREVIEW_MAX, type ImportPreview, type PersonField } from '../../shared/organisation-import/preview';
import type { ImportPlan, PersonFields } from './plan-import';

const text = (value: PersonFields[PersonField] | undefined): string => (Array.isArray(value) ? value.join(', ') : value ?? '');
const first = <T>(items: readonly T[]): T[] => items.slice(0, PREVIEW_MAX);

export function importPreview(plan: ImportPlan): ImportPreview {
  const areaName = new Map(plan.areas.map((a) => [a.id, a.name]));
  const becameLeader = (roles: readonly string[] | undefined, before: readonly string[] | undefined) =>
    roles?.includes('leader') === true && before?.includes('leader') !== true;
  return {
    areas: first(plan.areas.map((a) => a.name)),
    units: first(plan.units.map((u) => ({ name: u.name, area: areaName.get(u.areaId) ?? '' }))),
    created: first(plan.create.map((p) => ({ line: p.line, name: p.name, email: p.email, unit: p.unitLabel }))),
    moved: first(plan.change.filter((c) => c.move).map((c) => ({ line: c.line, name: c.name, from: c.move!.fromLabel, to: c.move!.toLabel }))),
    changed: first(plan.change.filter((c) => Object.keys(c.fields).length > 0).map((c) => ({
      line: c.line,
      name: c.name,
      fields: (Object.keys(c.fields) as PersonField[]).map((field) => ({ field, before: text(c.before[field]), after: text(c.fields[field]) })),
    }))),
    leaders: first([
      ...plan.create.filter((p) => p.roles.includes('leader')).map((p) => ({ line: p.line, name: p.name })),
      ...plan.change.filter((c) => becameLeader(c.fields.roles, c.before.roles)).map((c) => ({ line: c.line, name: c.name })),
    ]),
    reactivated: first(plan.change.filter((c) => c.reactivate).map((c) => ({ line: c.line, name: c.name }))),
    deactivated: first(plan.deactivate.map((p) => ({ name: p.name, email: p.email }))),
  };
}
