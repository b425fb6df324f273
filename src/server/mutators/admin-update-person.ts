// admin.updatePerson: an admin sets a person's roles, knowledge-sharer flag, unit, or
// active state. Only admins; the last admin keeps the role and stays; a move goes the
// ordinary way (unit_moves), leaving ends sessions and calendar addresses at once (as an
// import's deactivation does); every change is a line in the audit trail, before → after.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { ROLES, type Role } from '../../shared/entities';
import { countOtherAdmins, lockPersonForAdmin, unitIsActive, writePersonByAdmin } from '../db/people-admin';
import { endAccess } from '../db/people';
import { movePersonInTransaction } from '../db/learnings';
import { auditAdminChange, requireAdmin } from './admin-rules';

const canonical = (roles: readonly Role[]): Role[] => ROLES.filter((role) => roles.includes(role));
const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.join() === b.join();

export const adminUpdatePerson: Mutator<'admin.updatePerson'> = async (ctx, args) => {
  requireAdmin(ctx);
  const person = await lockPersonForAdmin(ctx.tx, args.personId, ctx.dialect);
  if (!person) throw new MutationRefusal('person_not_found');
  const roles = args.roles ? canonical(args.roles) : person.roles;
  const losesAdmin = person.roles.includes('admin') && (!roles.includes('admin') || args.active === false);
  if (losesAdmin && await countOtherAdmins(ctx.tx, person.id) === 0) throw new MutationRefusal('last_admin');
  const moveTo = args.unitId !== undefined && args.unitId !== person.unitId ? args.unitId : null;
  if (moveTo !== null && !await unitIsActive(ctx.tx, moveTo)) throw new MutationRefusal('unit_not_found');

  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  const note = (key: string, was: unknown, is: unknown) => { before[key] = was; after[key] = is; };
  const fields = {
    ...(!sameRoles(roles, person.roles) && { roles }),
    ...(args.knowledgeSharer !== undefined && args.knowledgeSharer !== person.knowledgeSharer && { knowledgeSharer: args.knowledgeSharer }),
    ...(args.active !== undefined && args.active !== person.active && { active: args.active }),
  };
  if (fields.roles) note('roles', person.roles.join(', '), roles.join(', '));
  if (fields.knowledgeSharer !== undefined) note('knowledgeSharer', person.knowledgeSharer, fields.knowledgeSharer);
  if (fields.active !== undefined) note('active', person.active, fields.active);
  if (Object.keys(fields).length > 0) await writePersonByAdmin(ctx.tx, person.id, fields, await ctx.nextVersion(), ctx.now);
  if (moveTo !== null) {
    note('unitId', person.unitId, moveTo);
    await movePersonInTransaction(ctx.tx, person.id, person.unitId, moveTo, await ctx.reserveVersions(2));
  }
  if (fields.active === false) await endAccess(ctx.tx, [person.id], ctx.now);
  if (Object.keys(after).length === 0) return;
  await auditAdminChange(ctx, 'admin.updatePerson', person.email, before, after);
};
