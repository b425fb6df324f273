// A mutation's arguments checked with the schema the server uses. Loaded with the first
// change the user makes, not with the first paint.
import * as v from 'valibot';
import { mutationArgSchemas, type MutationArgs, type MutationName } from '../../shared/protocol';

export function parseArgs<N extends MutationName>(name: N, args: MutationArgs<N>): MutationArgs<N> {
  return v.parse(mutationArgSchemas[name], args) as MutationArgs<N>;
}
