// The learnings part of scope backfill: when a person joined or left a network, or moved
// to another unit, learnings shared with that network or those units are not all in the
// ordinary pull. This sends those the page leaves out: `put` for those the person may now
// see, `del` for those they may not, whatever their version (sync.md: never a reset for a
// change of scope). The rows are chosen and judged in db/learning-pull.ts.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import { learningsOfChangedScope } from '../db/learning-pull';
import { pulledLearningValue } from './learning-source';
import { rowChange } from './row-change';
import type { Viewer } from '../rules/viewer';

export async function learningBackfill(
  db: Kysely<Database>, viewer: Viewer, scope: { networkIds: readonly string[]; unitIds: readonly string[] }, after: number, upTo: number,
): Promise<Change[]> {
  const rows = await learningsOfChangedScope(db, viewer, scope, after, upTo);
  return rows.map((row) => rowChange('learning', row.id, pulledLearningValue(row)));
}
