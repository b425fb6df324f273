// An admin's changes to one person (mutators/admin-update-person.ts): the person as held
// (active or not, locked for the change), how many other admins there are, and the write.
// A role change starts the person's phone afresh (scope_version), as the import's does.
import type { Transaction } from 'kysely';
import type { Database } from './schema';
import type { Role } from '../../shared/entities';
import { parseJsonList } from './json';

type Tx = Transaction<Database>;

export interface AdminPerson { id: string; name: string; email: string; unitId: string; roles: Role[]; knowledgeSharer: boolean; active: boolean }

export async function lockPersonForAdmin(tx: Tx, id: string, dialect: 'sqlite' | 'postgres'): Promise<AdminPerson | null> {
  let query = tx.selectFrom('people').select(['id', 'name', 'email', 'unit_id', 'roles', 'knowledge_sharer', 'deleted']).where('id', '=', id);
  if (dialect === 'postgres') query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? {
    id: row.id, name: row.name, email: row.email, unitId: row.unit_id, roles: parseJsonList<Role>(row.roles),
    knowledgeSharer: row.knowledge_sharer === 1, active: row.deleted === 0,
  } : null;
}

/** Active admins other than `id`: the last one may not lose the role or leave. */
export async function countOtherAdmins(tx: Tx, id: string): Promise<number> {
  const rows = await tx.selectFrom('people').select('roles').where('deleted', '=', 0).where('id', '!=', id)
    .where('roles', 'like', '%"admin"%').execute();
  return rows.filter((r) => parseJsonList<Role>(r.roles).includes('admin')).length;
}

export async function unitIsActive(tx: Tx, unitId: string): Promise<boolean> {
  return (await tx.selectFrom('units').select('id').where('id', '=', unitId).where('deleted', '=', 0).executeTakeFirst()) !== undefined;
}

export interface PersonAdminFields { roles?: Role[]; knowledgeSharer?: boolean; active?: boolean }

export async function writePersonByAdmin(tx: Tx, id: string, fields: PersonAdminFields, version: number, now: string): Promise<void> {
  await tx.updateTable('people').set({
    ...(fields.active !== undefined && { deactivated_at: fields.active ? null : now }),
    ...(fields.roles !== undefined && { roles: JSON.stringify(fields.roles), scope_version: version }),
    ...(fields.knowledgeSharer !== undefined && { knowledge_sharer: fields.knowledgeSharer ? 1 : 0 }),
    ...(fields.active !== undefined && { deleted: fields.active ? 0 : 1 }),
    version,
  }).where('id', '=', id).execute();
}
