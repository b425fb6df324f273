// SQL of browsers' push subscriptions. One row per endpoint (a browser re-subscribing, or
// handing its subscription to another person on a shared phone, replaces it); only those
// whose session is still live and whose person is still here are ever used.
import type { Kysely } from 'kysely';
import type { Database, PushSubscriptionTable } from './schema';

export async function savePushSubscription(db: Kysely<Database>, row: PushSubscriptionTable): Promise<void> {
  await db.insertInto('push_subscriptions').values(row)
    .onConflict((oc) => oc.column('endpoint').doUpdateSet({
      person_id: row.person_id, session_hash: row.session_hash, p256dh: row.p256dh, auth: row.auth, created_at: row.created_at,
    }))
    .execute();
}

/** Removes a person's own subscription; another person's endpoint is left alone. */
export async function deletePushSubscription(db: Kysely<Database>, personId: string, endpoint: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).where('person_id', '=', personId).execute();
}

/** The push service said the subscription is gone (404/410). */
export async function forgetPushEndpoint(db: Kysely<Database>, endpoint: string): Promise<void> {
  await db.deleteFrom('push_subscriptions').where('endpoint', '=', endpoint).execute();
}

export type LiveSubscription = Pick<PushSubscriptionTable, 'endpoint' | 'p256dh' | 'auth'>;

/** These people's subscriptions that may be used at `now`: their session live, the person not off-boarded. */
export async function liveSubscriptionsOf(db: Kysely<Database>, personIds: readonly string[], now: string): Promise<Map<string, LiveSubscription[]>> {
  const found = new Map<string, LiveSubscription[]>();
  if (personIds.length === 0) return found;
  const rows = await db.selectFrom('push_subscriptions')
    .innerJoin('sessions', 'sessions.token_hash', 'push_subscriptions.session_hash')
    .innerJoin('people', 'people.id', 'push_subscriptions.person_id')
    .select(['push_subscriptions.person_id', 'push_subscriptions.endpoint', 'push_subscriptions.p256dh', 'push_subscriptions.auth'])
    .where('push_subscriptions.person_id', 'in', [...new Set(personIds)])
    .whereRef('sessions.person_id', '=', 'push_subscriptions.person_id')
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('people.deleted', '=', 0)
    .execute();
  for (const { person_id: personId, ...subscription } of rows) found.set(personId, [...(found.get(personId) ?? []), subscription]);
  return found;
}
