// What a seminar's fields must satisfy: shared by the seminar mutators (who may create and
// run one is rules/seminars.ts, which pull uses too).
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { MutationRefusal } from '../../shared/protocol';
import { findNetwork } from '../db/networks';
import { currentCompetenceIds } from '../db/competences';

export function checkTimes(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new MutationRefusal('seminar_times_invalid');
}

/**
 * Linked network and tagged competences must exist. Returns the tags to write: once each, a
 * competence merged into another replaced by its survivor (undefined when none were given).
 */
export async function checkReferences(
  tx: Transaction<Database>,
  refs: { networkId?: string | null; competenceIds?: string[] },
): Promise<string[] | undefined> {
  if (refs.networkId && !(await findNetwork(tx, refs.networkId))) throw new MutationRefusal('network_not_found');
  if (refs.competenceIds === undefined) return undefined;
  const current = await currentCompetenceIds(tx, refs.competenceIds);
  if (refs.competenceIds.some((id) => !current.has(id))) throw new MutationRefusal('competence_not_found');
  return [...new Set(refs.competenceIds.map((id) => current.get(id)!))];
}
