// The daily retention run (db/retention.ts): a minute after the server starts, then every
// 24 hours. It logs counts only, never a name; a failed run is logged and tried next time.
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { purgeDue, type RetentionSettings } from './db/retention';

const DAY = 86_400_000;

export function startRetentionJob(db: Kysely<Database>, settings: RetentionSettings, clock: () => number, log: (line: string) => void): () => void {
  const run = async () => {
    try {
      const c = await purgeDue(db, new Date(clock()), settings);
      log(`[opbevaring] anonymiseret: ${c.people} personer (${c.learnings} læringer); slettet: ${c.signInLines} login-linjer, ${c.codes} koder, ${c.sessions} sessioner, ${c.oidcRequests} påbegyndte logins`);
    } catch (error) {
      log(`[opbevaring] kørslen mislykkedes: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  const daily = setInterval(() => void run(), DAY);
  first.unref();
  daily.unref();
  return () => { clearTimeout(first); clearInterval(daily); };
}
