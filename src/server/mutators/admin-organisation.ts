// admin.saveArea and admin.saveUnit: an admin creates or renames an area, and creates,
// renames or moves a unit to another area. Only admins; a unit's area must exist. Each
// change is one row at a new version (a small change on every device) and a line in the
// audit trail, before → after.
import type { Mutator, MutationContext } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole } from '../rules/viewer';
import { readArea, readUnit, writeArea, writeUnit } from '../db/units-admin';
import { personName } from '../db/people';
import { recordAudit } from '../db/audit-log';
import type { AuditAction } from '../../shared/audit';

function requireAdmin(ctx: MutationContext): void {
  if (!hasRole(ctx.viewer, 'admin')) throw new MutationRefusal('not_allowed');
}

async function audit(ctx: MutationContext, action: AuditAction, subject: string, before: Record<string, unknown>, after: Record<string, unknown>) {
  await recordAudit(ctx.tx, { at: new Date(ctx.now), actorId: ctx.viewer.personId, actor: await personName(ctx.tx, ctx.viewer.personId), action, subject, before, after, device: 'unknown' });
}

export const adminSaveArea: Mutator<'admin.saveArea'> = async (ctx, args) => {
  requireAdmin(ctx);
  const area = await readArea(ctx.tx, args.id);
  if (area && area.deleted === 0 && area.name === args.name) return;
  await writeArea(ctx.tx, args.id, args.name, await ctx.nextVersion(), area !== undefined);
  await audit(ctx, 'admin.saveArea', args.name, area ? { name: area.name } : {}, { name: args.name });
};

export const adminSaveUnit: Mutator<'admin.saveUnit'> = async (ctx, args) => {
  requireAdmin(ctx);
  const area = await readArea(ctx.tx, args.areaId);
  if (!area || area.deleted !== 0) throw new MutationRefusal('area_not_found');
  const unit = await readUnit(ctx.tx, args.id);
  if (unit && unit.deleted === 0 && unit.name === args.name && unit.area_id === args.areaId) return;
  await writeUnit(ctx.tx, args.id, { name: args.name, area_id: args.areaId }, await ctx.nextVersion(), unit !== undefined);
  await audit(ctx, 'admin.saveUnit', args.name, unit ? { name: unit.name, areaId: unit.area_id } : {}, { name: args.name, areaId: args.areaId });
};
