// LIKE with the user's text taken literally, the same on SQLite and PostgreSQL.
import { sql, type RawBuilder } from 'kysely';

/** `%text%` with `\`, `%` and `_` escaped. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `column like pattern`, with the escape character said out loud: SQLite has none by default, PostgreSQL's is `\`. */
export function likeEscaped(column: RawBuilder<unknown>, pattern: string): RawBuilder<boolean> {
  return sql<boolean>`${column} like ${pattern} escape '\\'`;
}
