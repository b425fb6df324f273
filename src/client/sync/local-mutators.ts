// The client's half of each mutation: its optimistic effect, written to the overlay.
// The server decides the real outcome; a pull replaces these rows with the truth.
// Exhaustive like the server's mutators: a new mutation name makes `tsc` ask for its
// entry here. WAITS_FOR_SERVER says on purpose that a change has no optimistic effect
// (it only waits in the outbox, shown as pending, until the server has decided).
import type { MutationArgs, MutationName } from '../../shared/protocol';
import { personCompetenceId } from '../../shared/entities/ids';
import { membershipId } from '../../shared/entities/network';
import type { OverlayWriter } from '../store/optimistic';

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
    if (rows.read('membership', id)) return; // a repeat is harmless, as on the server
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
  'learning.create': WAITS_FOR_SERVER,
  'learning.update': WAITS_FOR_SERVER,
  'learning.delete': WAITS_FOR_SERVER,
  'coreKnowledge.set': WAITS_FOR_SERVER,
};

/** Applies a mutation's local effect, if it has one. */
export function applyLocally(ctx: LocalContext, name: MutationName, args: unknown): void {
  const mutator = localMutators[name] as LocalMutator<MutationName> | typeof WAITS_FOR_SERVER | undefined;
  if (mutator === undefined || mutator === WAITS_FOR_SERVER) return;
  mutator(ctx, args as never);
}
