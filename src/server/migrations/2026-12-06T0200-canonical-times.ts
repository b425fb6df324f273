// Times in the one canonical UTC form (issue 18). Until now a time came from a phone as it
// was written (`2027-01-20T10:00:00+01:00`, even `…+01`, which JavaScript cannot read),
// and the server compared such times as text with its own `…Z` clock. The columns that
// came from phones are rewritten in the canonical form, each changed row with a new
// version so that every device pulls it again; the columns the server wrote itself were
// canonical already. A time that cannot be read even leniently is left as it is: the
// app draws it as an unknown time on its own card rather than guessing a day.
import { sql, type Kysely } from 'kysely';
import { toInstant } from '../../shared/entities/instant';

type Tables = {
  seminars: { id: string; version: number; starts_at: string; ends_at: string; signup_deadline: string | null };
  signups: { id: string; version: number; checked_in_at: string | null };
  version_counter: { id: number; value: number };
};

/** The older forms phones wrote: a space for the T, `+01` or `+0100` for `+01:00`, lower case. */
export function readLegacyTime(value: string): string | null {
  const tidied = value.trim().toUpperCase()
    .replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2')
    .replace(/ ?([+-]\d{2})$/, '$1:00')
    .replace(/ ?([+-]\d{2})(\d{2})$/, '$1:$2');
  return toInstant(tidied);
}

/** The column's value when it needs rewriting, or undefined when it is fine or unreadable. */
function rewritten(value: string | null): string | undefined {
  if (value === null) return undefined;
  const instant = readLegacyTime(value);
  return instant !== null && instant !== value ? instant : undefined;
}

/** Rows whose time is not 24 characters ending in Z: the canonical form cannot be among them. */
const maybeOdd = (column: string) => sql<boolean>`(length(${sql.ref(column)}) <> 24 or substr(${sql.ref(column)}, 24, 1) <> 'Z')`;

export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw.withTables<Tables>();
  const nextVersion = async () => {
    const row = await db.updateTable('version_counter').set({ value: sql`value + 1` }).where('id', '=', 1)
      .returning('value').executeTakeFirstOrThrow();
    return Number(row.value);
  };

  const seminars = await db.selectFrom('seminars').select(['id', 'starts_at', 'ends_at', 'signup_deadline'])
    .where((eb) => eb.or([maybeOdd('starts_at'), maybeOdd('ends_at'),
      eb.and([eb('signup_deadline', 'is not', null), maybeOdd('signup_deadline')])]))
    .execute();
  for (const row of seminars) {
    const startsAt = rewritten(row.starts_at);
    const endsAt = rewritten(row.ends_at);
    const deadline = rewritten(row.signup_deadline);
    if (startsAt === undefined && endsAt === undefined && deadline === undefined) continue;
    await db.updateTable('seminars').set({
      ...(startsAt !== undefined && { starts_at: startsAt }),
      ...(endsAt !== undefined && { ends_at: endsAt }),
      ...(deadline !== undefined && { signup_deadline: deadline }),
      version: await nextVersion(),
    }).where('id', '=', row.id).execute();
  }

  const signups = await db.selectFrom('signups').select(['id', 'checked_in_at'])
    .where('checked_in_at', 'is not', null).where(maybeOdd('checked_in_at')).execute();
  for (const row of signups) {
    const checkedInAt = rewritten(row.checked_in_at);
    if (checkedInAt === undefined) continue;
    await db.updateTable('signups').set({ checked_in_at: checkedInAt, version: await nextVersion() })
      .where('id', '=', row.id).execute();
  }
}
