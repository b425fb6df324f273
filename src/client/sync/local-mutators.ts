// The client's half of each mutation: its optimistic effect, written to the overlay.
// The server decides the real outcome; a pull replaces these rows with the truth.
import type { MutationArgs, MutationName } from '../../shared/protocol';
import { personCompetenceId } from '../../shared/entities';
import type { OverlayWriter } from '../store/optimistic';

export interface LocalContext {
  rows: OverlayWriter;
  personId: string;
}

/** Reads come from memory and writes are queued on the transaction: nothing here waits. */
type LocalMutator<N extends MutationName> = (ctx: LocalContext, args: MutationArgs<N>) => void;

const localMutators: { [N in MutationName]?: LocalMutator<N> } = {
  'profile.update'({ rows, personId }, args) {
    const me = rows.read('person', personId);
    if (me) rows.put('person', { ...me, ...args });
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
};

/** Applies a mutation's local effect; names without one only wait in the outbox. */
export function applyLocally(ctx: LocalContext, name: MutationName, args: unknown): void {
  const mutator = localMutators[name] as LocalMutator<MutationName> | undefined;
  mutator?.(ctx, args as never);
}
