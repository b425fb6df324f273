// What a seminar's fields must satisfy: shared by the seminar mutators (who may create and
// run one is rules/seminars.ts, which pull uses too).
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { MutationRefusal } from '../../shared/protocol';
import { findNetwork } from '../db/networks';
import { findLiveCompetenceIds } from '../db/competences';

export function checkTimes(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw new MutationRefusal('seminar_times_invalid');
}

/** Linked network and tagged competences must exist. */
export async function checkReferences(
  tx: Transaction<Database>,
  refs: { networkId?: string | null; competenceIds?: string[] },
): Promise<void> {
  if (refs.networkId && !(await findNetwork(tx, refs.networkId))) throw new MutationRefusal('network_not_found');
  const ids = [...new Set(refs.competenceIds ?? [])];
  if ((await findLiveCompetenceIds(tx, ids)).length !== ids.length) throw new MutationRefusal('competence_not_found');
}
