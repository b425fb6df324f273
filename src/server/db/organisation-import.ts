// The organisation import's reads and writes (server/import/ plans it): the organisation as
// held, and a plan written in one transaction, or nothing. Every written row takes a
// version of its own, so devices get each change by the ordinary pull; a move goes through
// the same path as any move (unit_moves), a person who leaves becomes a tombstone that
// leaves every device, and their sessions and calendar address end at once.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';
import type { Role } from '../../shared/entities';
import type { ImportPlan, Organisation, PersonFields } from '../import/plan-import';
import { reserveVersions } from './versions';
import { movePersonInTransaction } from './learnings';
import { parseJsonList } from './json';
import { recordAudit, type AuditRecord } from './audit-log';
import { endAccess } from './people';
import { insertOrganisationRows, newPersonRow } from './organisation-rows';

type Tx = Transaction<Database>;

export async function readOrganisation(db: Kysely<Database>): Promise<Organisation> {
  const [people, units, areas] = await Promise.all([
    db.selectFrom('people').select(['id', 'employee_number', 'name', 'email', 'title', 'phone', 'unit_id', 'roles', 'deleted']).execute(),
    db.selectFrom('units').select(['id', 'area_id', 'name']).where('deleted', '=', 0).execute(),
    db.selectFrom('areas').select(['id', 'name']).where('deleted', '=', 0).execute(),
  ]);
  return {
    people: people.map((p) => ({
      id: p.id, employeeNumber: p.employee_number, name: p.name, email: p.email, title: p.title, phone: p.phone,
      unitId: p.unit_id, roles: parseJsonList<Role>(p.roles), active: p.deleted === 0,
    })),
    units: units.map((u) => ({ id: u.id, areaId: u.area_id, name: u.name })),
    areas,
  };
}

function personColumns(fields: Partial<PersonFields>) {
  return {
    ...(fields.employeeNumber !== undefined && { employee_number: fields.employeeNumber }),
    ...(fields.name !== undefined && { name: fields.name }),
    ...(fields.email !== undefined && { email: fields.email }),
    ...(fields.title !== undefined && { title: fields.title }),
    ...(fields.phone !== undefined && { phone: fields.phone }),
    ...(fields.roles !== undefined && { roles: JSON.stringify(fields.roles) }),
  };
}

/** Who ran an import, for the audit trail (the plan's counts are what it records as done). */
export type ImportAudit = Omit<AuditRecord, 'at' | 'action' | 'after' | 'before'> & { counts: Record<string, unknown> };

/**
 * Writes the plan in one transaction, with its line in the audit trail; a failure anywhere
 * leaves the database as it was.
 */
export async function writeImportPlan(db: Kysely<Database>, plan: ImportPlan, now: string, audit?: ImportAudit): Promise<void> {
  const versionsNeeded = plan.areas.length + plan.units.length + plan.create.length
    + plan.change.reduce((n, c) => n + 1 + (c.move ? 2 : 0), 0) + plan.deactivate.length;
  const record = (to: Kysely<Database> | Tx) => (audit
    ? recordAudit(to, { ...audit, at: new Date(now), action: 'import', after: audit.counts })
    : Promise.resolve());
  // Nothing changes (the same file again): not even the version counter moves.
  if (versionsNeeded === 0) { await record(db); return; }
  await db.transaction().execute(async (tx) => {
    await record(tx);
    let next = await reserveVersions(tx, versionsNeeded);

    await insertOrganisationRows(tx, {
      areas: plan.areas.map((a) => ({ id: a.id, name: a.name, version: next++, deleted: 0 })),
      units: plan.units.map((u) => ({ id: u.id, area_id: u.areaId, name: u.name, version: next++, deleted: 0 })),
      people: plan.create.map((p) => newPersonRow({
        id: p.id, employee_number: p.employeeNumber, name: p.name, email: p.email, title: p.title, phone: p.phone,
        unit_id: p.unitId, roles: JSON.stringify(p.roles), version: next++,
      })),
    });

    for (const change of plan.change) {
      const version = next++;
      await tx.updateTable('people').set({
        ...personColumns(change.fields),
        ...(change.reactivate && { deleted: 0, deactivated_at: null }),
        // What a leader sees is wider than an employee's: a new role starts the person's
        // device afresh (pull's reset), as a role set by hand does.
        ...(change.fields.roles !== undefined && { scope_version: version }),
        version,
      }).where('id', '=', change.id).execute();
      if (change.move) {
        await movePersonInTransaction(tx, change.id, change.move.from, change.move.to, next);
        next += 2;
      }
    }

    for (const person of plan.deactivate) {
      await tx.updateTable('people').set({ deleted: 1, deactivated_at: now, version: next++ }).where('id', '=', person.id).execute();
    }
    await endAccess(tx, plan.deactivate.map((p) => p.id), now);
  });
}
