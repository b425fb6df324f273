// One row as a pull change. A `put` value travels without its `id` (WireOf): the change's
// own id is the row's id, and leaving out the copy saves about 14 B per person of gzip in
// an initial pull (measured on 50,000 people). The client's reply schema puts it back
// (envelopes.ts). The value's type follows from `type`: a field missing, added or
// misspelled in a mapper does not compile.
import type { EntityType, WireOf } from '../../shared/entities';
import type { Change } from '../../shared/protocol';

export function rowChange<T extends EntityType>(type: T, id: string, value: WireOf<T> | null): Change {
  return value ? { type, op: 'put', id, value } : { type, op: 'del', id };
}
