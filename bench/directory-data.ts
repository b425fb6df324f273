// The directory data a person's device holds after a first sync: the pulled values.
import type { Db } from '../src/server/db/database';
import { loadViewer } from '../src/server/db/viewers';
import { pullChanges } from '../src/server/sync/pull';
import type { DirectoryData } from '../src/shared/search';
import type { Change } from '../src/shared/protocol';

export async function directoryData(db: Db, personId: string): Promise<DirectoryData> {
  const viewer = await loadViewer(db.kysely, personId);
  if (!viewer) throw new Error(`no such person: ${personId}`);
  const changes: Change[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await pullChanges(db.kysely, viewer, crypto.randomUUID(), cursor, 5000);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.more) break;
  }
  const values = <T>(type: Change['type']) => changes.filter((c) => c.type === type && c.value).map((c) => c.value as T);
  return {
    areas: values('area'), units: values('unit'), people: values('person'),
    competences: values('competence'), personCompetences: values('personCompetence'),
  };
}
