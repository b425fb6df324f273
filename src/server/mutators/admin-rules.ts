// What every admin mutation does first and last: only an admin may, and each change is a
// line in the audit trail, before → after (the device kind is not known inside a push).
import type { MutationContext } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole } from '../rules/viewer';
import { personName } from '../db/people';
import { recordAudit } from '../db/audit-log';
import type { AuditAction } from '../../shared/audit';

export function requireAdmin(ctx: MutationContext): void {
  if (!hasRole(ctx.viewer, 'admin')) throw new MutationRefusal('not_allowed');
}

export async function auditAdminChange(
  ctx: MutationContext, action: AuditAction, subject: string, before: Record<string, unknown>, after: Record<string, unknown>,
): Promise<void> {
  await recordAudit(ctx.tx, {
    at: new Date(ctx.now), actorId: ctx.viewer.personId, actor: await personName(ctx.tx, ctx.viewer.personId),
    action, subject, before, after, device: 'unknown',
  });
}
