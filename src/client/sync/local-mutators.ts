// The client's half of each mutation: its optimistic effect, written to the overlay.
// The server decides the real outcome; a pull replaces these rows with the truth.
// Exhaustive like the server's mutators: a new mutation name makes `tsc` ask for its
// entry here. WAITS_FOR_SERVER says on purpose that a change has no optimistic effect
// (it only waits in the outbox, shown as pending, until the server has decided).
import type { MutationArgs, MutationName } from '../../shared/protocol';
import { coreKnowledgeId, personCompetenceId } from '../../shared/entities/ids';
import { membershipId } from '../../shared/entities/network';
import type { OverlayWriter } from '../store/optimistic';
import { mergeSettings } from '../../shared/notifications/merge-settings';
import { settingsOrDefaults } from '../../shared/notifications/settings';
import { DEFAULT_NEED_LEVEL, isNeedInRange, MEETING_CLOCK_SKEW_MS } from '../../shared/core-knowledge/rules';

export interface LocalContext {
  rows: OverlayWriter;
  personId: string;
}

/** Reads come from memory and writes are queued on the transaction: nothing here waits. */
type LocalMutator<N extends MutationName> = (ctx: LocalContext, args: MutationArgs<N>) => void;

export const WAITS_FOR_SERVER = 'waits for the server' as const;

/** Only the fields the mutation sets: an absent argument must not blank a stored value. */
function definedFields<T extends object>(args: T): Partial<T> {
  return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== undefined)) as Partial<T>;
}

export const localMutators: { [N in MutationName]: LocalMutator<N> | typeof WAITS_FOR_SERVER } = {
  'profile.update'({ rows, personId }, args) {
    const me = rows.read('person', personId);
    if (me) rows.put('person', { ...me, ...definedFields(args) });
  },
  'notificationSettings.set'({ rows, personId }, args) {
    rows.put('notificationSettings', mergeSettings(settingsOrDefaults(personId, rows.read('notificationSettings', personId)), args));
  },
  'competence.set'({ rows, personId }, args) {
    rows.put('personCompetence', {
      id: personCompetenceId(personId, args.competenceId), personId, competenceId: args.competenceId,
      level: args.level, canHelp: args.canHelp, note: args.note ?? '',
    });
  },
  'competence.remove'({ rows, personId }, args) {
    rows.delete('personCompetence', personCompetenceId(personId, args.competenceId));
  },
  // Networks: the creator coordinates; joining an approval network is only a request.
  'network.create'({ rows, personId }, args) {
    rows.put('network', { ...args, createdBy: personId });
    rows.put('membership', { id: membershipId(args.id, personId), networkId: args.id, personId, status: 'active', role: 'coordinator' });
  },
  'network.join'({ rows, personId }, args) {
    const id = membershipId(args.networkId, personId);
    // A repeat is harmless, as on the server; after a decline it is a new request.
    const existing = rows.read('membership', id);
    if (existing && existing.status !== 'declined') return;
    const network = rows.read('network', args.networkId);
    rows.put('membership', {
      id, networkId: args.networkId, personId, role: 'member', status: network?.joinPolicy === 'open' ? 'active' : 'pending',
    });
  },
  'network.leave'({ rows, personId }, args) {
    rows.delete('membership', membershipId(args.networkId, personId));
  },
  'network.approve'({ rows }, args) {
    const row = rows.read('membership', membershipId(args.networkId, args.personId));
    if (row) rows.put('membership', { ...row, status: 'active' });
  },
  'network.decline'({ rows }, args) {
    rows.delete('membership', membershipId(args.networkId, args.personId));
  },
  'network.setRole'({ rows }, args) {
    const row = rows.read('membership', membershipId(args.networkId, args.personId));
    if (row) rows.put('membership', { ...row, role: args.role });
  },
  'network.removeMember'({ rows }, args) {
    rows.delete('membership', membershipId(args.networkId, args.personId));
  },
  'networkTask.create'({ rows, personId }, args) {
    rows.put('networkTask', {
      id: args.id, networkId: args.networkId, title: args.title, description: args.description ?? '', due: args.due ?? null,
      status: 'open', report: '', reportBy: null, reportAt: null, createdBy: personId,
    });
  },
  'networkTask.update'({ rows, personId }, args) {
    const task = rows.read('networkTask', args.id);
    if (!task) return;
    // The server stamps who reported and when; the device shows its own guess until then.
    const reported = args.report !== undefined && args.report !== task.report;
    rows.put('networkTask', {
      ...task, status: args.status, ...(args.report !== undefined && { report: args.report }),
      ...(reported && { reportBy: personId, reportAt: new Date().toISOString() }),
    });
  },
  // Not built yet on either side (their issues add the effects):
  'seminar.create': WAITS_FOR_SERVER,
  'seminar.update': WAITS_FOR_SERVER,
  'seminar.cancel': WAITS_FOR_SERVER,
  'signup.request': WAITS_FOR_SERVER,
  'signup.cancel': WAITS_FOR_SERVER,
  checkin: WAITS_FOR_SERVER,
  'attendance.set': WAITS_FOR_SERVER,
  'seminar.renewCheckinCode': WAITS_FOR_SERVER,
  // Learnings: shown at once, as the author wrote them. The server sets the author and
  // counts each update (version + 1): a second offline edit then names the first as its
  // base. An edit with a stale base still shows my text here; the server keeps both
  // texts and the next pull shows the two versions (sync.md).
  'learning.create'({ rows, personId }, args) {
    if (rows.read('learning', args.id)) return; // a replay changes nothing, as on the server
    const now = new Date().toISOString();
    rows.put('learning', {
      id: args.id, authorId: personId, authorName: rows.read('person', personId)?.name ?? '', title: args.title, body: args.body, application: args.application ?? '',
      sourceKind: args.sourceKind, seminarId: args.seminarId ?? null, competenceIds: args.competenceIds ?? [], dlo: args.dlo ?? [],
      visibility: args.visibility, conflicts: [], createdAt: now, updatedAt: now, version: 1,
    });
  },
  'learning.update'({ rows }, args) {
    const learning = rows.read('learning', args.id);
    if (!learning) return;
    const { title, body, application, sourceKind, seminarId, competenceIds, dlo, visibility } = args;
    const resolved = new Set(args.resolvedConflicts ?? []);
    rows.put('learning', {
      ...learning, ...definedFields({ title, body, application, sourceKind, seminarId, competenceIds, dlo, visibility }),
      conflicts: learning.conflicts.filter((c) => !resolved.has(c.at)),
      updatedAt: new Date().toISOString(), version: learning.version + 1,
    });
  },
  'learning.delete'({ rows }, args) {
    rows.delete('learning', args.id);
  },
  // Units: a need out of range gets no optimistic row (the server refuses it with its reason).
  'coreKnowledge.set'({ rows }, args) {
    if (!isNeedInRange(args.needNow) || !isNeedInRange(args.needIn5Years)) return;
    const id = coreKnowledgeId(args.unitId, args.competenceId);
    const row = rows.read('coreKnowledge', id);
    rows.put('coreKnowledge', {
      id, unitId: args.unitId, competenceId: args.competenceId, needNow: args.needNow, needIn5Years: args.needIn5Years,
      level: args.level ?? row?.level ?? DEFAULT_NEED_LEVEL, note: args.note ?? row?.note ?? '',
    });
  },
  'coreKnowledge.remove'({ rows }, args) {
    rows.delete('coreKnowledge', coreKnowledgeId(args.unitId, args.competenceId));
  },
  'unit.setStrategy'({ rows }, args) {
    rows.put('unitPlan', { ...unitPlanOf(rows, args.unitId), strategy: args.strategy, updatedAt: new Date().toISOString() });
  },
  'unit.markLearningMeeting'({ rows }, args) {
    const heldAt = Date.parse(args.heldAt);
    if (heldAt > Date.now() + MEETING_CLOCK_SKEW_MS) return;
    rows.put('unitPlan', { ...unitPlanOf(rows, args.unitId), lastLearningMeetingAt: new Date(heldAt).toISOString(), updatedAt: new Date().toISOString() });
  },
  // Admin work is judged by the server (who else is admin, whether the unit exists).
  'admin.updatePerson': WAITS_FOR_SERVER,
  'admin.saveArea': WAITS_FOR_SERVER,
  'admin.saveUnit': WAITS_FOR_SERVER,
  'admin.mergeUnits': WAITS_FOR_SERVER,
  'admin.saveCompetence': WAITS_FOR_SERVER,
  'admin.mergeCompetences': WAITS_FOR_SERVER,
  // Pulse checks: who may open one, and whether an answer is the person's first, only the
  // server knows; an answer is anonymous there and has no row on the device.
  'pulse.open': WAITS_FOR_SERVER,
  'pulse.close': WAITS_FOR_SERVER,
  'pulse.answer': WAITS_FOR_SERVER,
};

/** The unit's plan as the device has it, or the empty one its first change makes. */
function unitPlanOf(rows: OverlayWriter, unitId: string) {
  return rows.read('unitPlan', unitId) ?? { id: unitId, unitId, strategy: '', lastLearningMeetingAt: null, updatedAt: new Date().toISOString() };
}

/** False for a change that only waits for the server: it reads and writes no row here. */
export function hasLocalEffect(name: MutationName): boolean {
  return localMutators[name] !== WAITS_FOR_SERVER;
}

/** Applies a mutation's local effect, if it has one. */
export function applyLocally(ctx: LocalContext, name: MutationName, args: unknown): void {
  const mutator = localMutators[name] as LocalMutator<MutationName> | typeof WAITS_FOR_SERVER | undefined;
  if (mutator === undefined || mutator === WAITS_FOR_SERVER) return;
  mutator(ctx, args as never);
}
