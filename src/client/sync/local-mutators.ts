// The client's half of each mutation: its optimistic effect on the device database.
// The server decides the real outcome; a pull replaces these rows with the truth.
import type { MutationArgs, MutationName } from '../../shared/protocol';
import { personCompetenceId } from '../../shared/entities';
import type { WriteTx } from '../store/tx';
import { deleteOptimistic, putOptimistic, readIn } from '../store/optimistic';

export interface LocalContext {
  tx: WriteTx;
  personId: string;
  now: string;
}

type LocalMutator<N extends MutationName> = (ctx: LocalContext, args: MutationArgs<N>) => Promise<void>;

const localMutators: { [N in MutationName]?: LocalMutator<N> } = {
  async 'profile.update'({ tx, personId }, args) {
    const me = await readIn(tx, 'person', personId);
    if (!me) return;
    await putOptimistic(tx, 'person', { ...me, ...args });
  },
  async 'competence.set'({ tx, personId, now }, args) {
    const id = personCompetenceId(personId, args.competenceId);
    const existing = await readIn(tx, 'personCompetence', id);
    await putOptimistic(tx, 'personCompetence', {
      id, personId, competenceId: args.competenceId, level: args.level, canHelp: args.canHelp,
      note: args.note ?? '', updatedAt: now, version: existing?.version ?? 0,
    });
  },
  async 'competence.remove'({ tx, personId }, args) {
    await deleteOptimistic(tx, 'personCompetence', personCompetenceId(personId, args.competenceId));
  },
};

/** Applies a mutation's local effect; names without one only wait in the outbox. */
export async function applyLocally(ctx: LocalContext, name: MutationName, args: unknown): Promise<void> {
  const mutator = localMutators[name] as LocalMutator<MutationName> | undefined;
  if (mutator) await mutator(ctx, args as never);
}
