// networkTask.create / networkTask.update: leaders and admins give a network a task; its
// members and coordinators (and the giver) report back and mark it done. The report
// keeps who wrote it and when.
import type { Mutator } from './context';
import { MutationRefusal } from '../../shared/protocol';
import { hasRole } from '../rules/viewer';
import { findNetworkTask, findNetworkTaskCreator, insertNetworkTask, updateNetworkTask } from '../db/network-tasks';
import { mayLead, networkOrRefuse } from './network-rules';
import { scheduleTaskDeadline, tellTaskGiven } from './network-messages';

export const networkTaskCreate: Mutator<'networkTask.create'> = async (ctx, args) => {
  const { tx, viewer, nextVersion } = ctx;
  const existing = await findNetworkTaskCreator(tx, args.id);
  if (existing) {
    if (existing.created_by !== viewer.personId) throw new MutationRefusal('not_allowed');
    return; // a replayed create
  }
  if (!mayLead(viewer)) throw new MutationRefusal('not_allowed');
  await networkOrRefuse(ctx, args.networkId);
  await insertNetworkTask(tx, {
    id: args.id, network_id: args.networkId, title: args.title, description: args.description ?? '', due: args.due ?? null,
    status: 'open', report: '', report_by: null, report_at: null, created_by: viewer.personId, deleted: 0, version: await nextVersion(),
  });
  await tellTaskGiven(ctx, args.networkId, args.id);
  await scheduleTaskDeadline(ctx, args.networkId, args.id, args.due);
};

export const networkTaskUpdate: Mutator<'networkTask.update'> = async ({ tx, viewer, now, nextVersion }, args) => {
  const task = await findNetworkTask(tx, args.id);
  if (!task) throw new MutationRefusal('task_not_found');
  const allowed = viewer.networkIds.has(task.network_id) || task.created_by === viewer.personId || hasRole(viewer, 'admin');
  if (!allowed) throw new MutationRefusal('not_allowed');
  const newReport = args.report !== undefined && args.report !== task.report;
  if (args.status === task.status && !newReport) return;
  await updateNetworkTask(tx, args.id, {
    status: args.status,
    ...(newReport && { report: args.report, report_by: viewer.personId, report_at: now }),
    version: await nextVersion(),
  });
};
