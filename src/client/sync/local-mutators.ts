// The client's half of each mutation: its optimistic effect, written to the overlay.
// The server decides the real outcome; a pull replaces these rows with the truth.
import type { MutationArgs, MutationName } from '../../shared/protocol';
import { personCompetenceId } from '../../shared/entities';
import type { OverlayWriter } from '../store/optimistic';

export interface LocalContext {
  rows: OverlayWriter;
  personId: string;
}

type LocalMutator<N extends MutationName> = (ctx: LocalContext, args: MutationArgs<N>) => Promise<void>;

const localMutators: { [N in MutationName]?: LocalMutator<N> } = {
  async 'profile.update'({ rows, personId }, args) {
    const me = rows.read('person', personId);
    if (me) await rows.put('person', { ...me, ...args });
  },
  async 'competence.set'({ rows, personId }, args) {
    await rows.put('personCompetence', {
      id: personCompetenceId(personId, args.competenceId), personId, competenceId: args.competenceId,
      level: args.level, canHelp: args.canHelp, note: args.note ?? '',
    });
  },
  async 'competence.remove'({ rows, personId }, args) {
    await rows.delete('personCompetence', personCompetenceId(personId, args.competenceId));
  },
};

/** Applies a mutation's local effect; names without one only wait in the outbox. */
export async function applyLocally(ctx: LocalContext, name: MutationName, args: unknown): Promise<void> {
  const mutator = localMutators[name] as LocalMutator<MutationName> | undefined;
  if (mutator) await mutator(ctx, args as never);
}
