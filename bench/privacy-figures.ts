// Issue 21's figure for "Mine data": the export of the richest person of the seeded
// municipality (the most sign-ups, memberships, competences and learnings together) —
// bytes of JSON and the server's time to collect it (median of 5).
import type { Kysely } from 'kysely';
import type { Database } from '../src/server/db/schema';
import { collectMyData } from '../src/server/db/my-data';
import { now, type Figure } from './measure';

export async function privacyFigures(db: Kysely<Database>): Promise<Figure[]> {
  const counts = new Map<string, number>();
  const add = (rows: { person_id: string; n: number | string | bigint }[]) => {
    for (const row of rows) counts.set(row.person_id, (counts.get(row.person_id) ?? 0) + Number(row.n));
  };
  for (const table of ['signups', 'memberships', 'person_competences'] as const) {
    add(await db.selectFrom(table).select(['person_id', db.fn.countAll<number>().as('n')]).groupBy('person_id').execute());
  }
  add((await db.selectFrom('learnings').select(['author_id', db.fn.countAll<number>().as('n')]).groupBy('author_id').execute())
    .map((r) => ({ person_id: r.author_id, n: r.n })));
  const [richest, rows] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const started = now();
    const data = await collectMyData(db, richest, new Date());
    times.push(now() - started);
    bytes = JSON.stringify(data).length;
  }
  const median = times.sort((a, b) => a - b)[2]!;
  return [
    { name: `my data export of the richest person (${rows} rows of theirs): server time, median of 5`, value: median, unit: 'ms' },
    { name: 'my data export of the richest person: size', value: bytes, unit: 'bytes JSON' },
  ];
}
