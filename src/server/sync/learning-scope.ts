// The learnings part of scope backfill: when a person joined or left a network, or moved
// to another unit, the learnings shared with that network or those units that did not
// change are not in the ordinary pull. This sends them: `put` for those the person may now
// see, `del` for those they may not (sync.md: never a reset for a change of scope).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change } from '../../shared/protocol';
import { learningsOfChangedScope } from '../db/learning-pull';
import { unitsMovedBetween } from '../db/scope-changes';
import { pulledLearningValue } from './learning-source';
import { rowChange } from './row-change';
import type { Viewer } from '../rules/viewer';

export async function learningBackfill(
  db: Kysely<Database>, viewer: Viewer, changedNetworks: readonly string[], after: number, upTo: number,
): Promise<Change[]> {
  const unitIds = await unitsMovedBetween(db, viewer.personId, after, upTo);
  const rows = await learningsOfChangedScope(db, viewer, { networkIds: changedNetworks, unitIds }, after, upTo);
  return rows.map((row) => rowChange('learning', row.id, pulledLearningValue(row)));
}
