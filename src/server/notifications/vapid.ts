// The server's VAPID key pair (RFC 8292): from the environment, or made at the first start
// and kept in the database (server_meta), never in the repository. Several processes
// starting at once agree on one pair: the first insert wins and everyone reads it back.
import type { Kysely } from 'kysely';
import webpush from 'web-push';
import type { Database } from '../db/schema';
import type { PushSettings } from './push-settings';
import { keepFirstMetaValue } from '../db/server-meta';

const META_KEY = 'vapid';

export interface VapidKeys { publicKey: string; privateKey: string }

export async function loadVapidKeys(db: Kysely<Database>, settings: Pick<PushSettings, 'vapid'>): Promise<VapidKeys> {
  if (settings.vapid) return settings.vapid;
  return JSON.parse(await keepFirstMetaValue(db, META_KEY, JSON.stringify(webpush.generateVAPIDKeys()))) as VapidKeys;
}
