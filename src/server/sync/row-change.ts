// One row as a pull change. A `put` value travels without its `id`: the change's own id is
// the row's id, and leaving out the copy saves about 14 B per person of gzip in an initial
// pull (measured on 50,000 people). The client's reply schema puts it back (envelopes.ts).
import type { Change } from '../../shared/protocol';

export function rowChange(type: Change['type'], id: string, value: Record<string, unknown> | null): Change {
  if (!value) return { type, op: 'del', id };
  const sent = { ...value };
  delete sent.id;
  return { type, op: 'put', id, value: sent };
}
