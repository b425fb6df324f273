// networkTask.create / networkTask.update: leaders and admins give a network a task; its
// members and coordinators (and the giver) report back and mark it done. The report
// keeps who wrote it and when.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole } from '../sync/viewer';
import { mayLead, networkOrRefuse } from './network-rules';

export const networkTaskCreate: Mutator<'networkTask.create'> = async (ctx, args) => {
  const { tx, viewer, nextVersion } = ctx;
  const existing = await tx.selectFrom('network_tasks').select('created_by').where('id', '=', args.id).executeTakeFirst();
  if (existing) {
    if (existing.created_by !== viewer.personId) throw new MutationRefusal('not_allowed');
    return; // a replayed create
  }
  if (!mayLead(viewer)) throw new MutationRefusal('not_allowed');
  await networkOrRefuse(ctx, args.networkId);
  await tx.insertInto('network_tasks').values({
    id: args.id, network_id: args.networkId, title: args.title, description: args.description ?? '', due: args.due ?? null,
    status: 'open', report: '', report_by: null, report_at: null, created_by: viewer.personId, deleted: 0, version: await nextVersion(),
  }).execute();
};

export const networkTaskUpdate: Mutator<'networkTask.update'> = async ({ tx, viewer, now, nextVersion }, args) => {
  const task = await tx.selectFrom('network_tasks').selectAll().where('id', '=', args.id).where('deleted', '=', 0).executeTakeFirst();
  if (!task) throw new MutationRefusal('task_not_found');
  const allowed = viewer.networkIds.has(task.network_id) || task.created_by === viewer.personId || hasRole(viewer, 'admin');
  if (!allowed) throw new MutationRefusal('not_allowed');
  const newReport = args.report !== undefined && args.report !== task.report;
  if (args.status === task.status && !newReport) return;
  await tx.updateTable('network_tasks').set({
    status: args.status,
    ...(newReport && { report: args.report, report_by: viewer.personId, report_at: now }),
    version: await nextVersion(),
  }).where('id', '=', args.id).execute();
};
