// admin.saveArea, admin.saveUnit, admin.mergeUnits: an admin creates or renames an area,
// creates, renames or moves a unit to another area, and merges two units (db/unit-merge.ts).
// Only admins; a unit's area must exist. Each change is one row at a new version (a small
// change on every device) and a line in the audit trail, before → after.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { readArea, readUnit, writeArea, writeUnit } from '../db/units-admin';
import { auditAdminChange as audit, requireAdmin } from './admin-rules';
import { mergeUnitInto } from '../db/unit-merge';

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

export const adminMergeUnits: Mutator<'admin.mergeUnits'> = async (ctx, args) => {
  requireAdmin(ctx);
  if (args.fromId === args.intoId) throw new MutationRefusal('unit_merge_same');
  const [from, into] = [await readUnit(ctx.tx, args.fromId), await readUnit(ctx.tx, args.intoId)];
  if (!from || from.deleted !== 0 || !into || into.deleted !== 0) throw new MutationRefusal('unit_not_found');
  const counts = await mergeUnitInto(ctx.tx, args.fromId, args.intoId, ctx.now, ctx.reserveVersions);
  await audit(ctx, 'admin.mergeUnits', `${from.name} → ${into.name}`, { name: from.name }, { into: into.name, ...counts });
};
