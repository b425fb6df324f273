// Runs the forward-only migrations in src/server/migrations, named by time.
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as initial from '../migrations/2026-11-28T0000-initial';
import * as refusals from '../migrations/2026-11-28T0100-refusals-and-server-meta';
import * as signInLimits from '../migrations/2026-11-28T0200-sign-in-limits';
import * as seminarRules from '../migrations/2026-11-28T0300-seminar-rules';
import * as networks from '../migrations/2026-11-28T0400-networks';
import * as learnings from '../migrations/2026-11-28T0500-learnings';
import * as unitCoreKnowledge from '../migrations/2026-11-28T0600-unit-core-knowledge';
import * as canonicalTimes from '../migrations/2026-12-06T0200-canonical-times';
import * as signInCodeNonce from '../migrations/2026-12-06T0720-sign-in-code-nonce';
import * as scopeRemovals from '../migrations/2026-12-06T1600-scope-removals';
import * as employeeNumbers from '../migrations/2026-12-07T0000-employee-numbers';
import * as auditLog from '../migrations/2026-12-07T0100-audit-log';
import * as learningAuthorNames from '../migrations/2026-12-07T0200-learning-author-names';
import * as competenceCatalogue from '../migrations/2026-12-07T0300-competence-catalogue';
import * as oidcRequests from '../migrations/2026-12-07T0400-oidc-requests';
import * as deactivatedAt from '../migrations/2026-12-07T0500-deactivated-at';
import * as sessionMethod from '../migrations/2026-12-07T0600-session-method';
import * as notifications from '../migrations/2026-12-07T0700-notifications';
import * as notificationSettings from '../migrations/2026-12-07T0800-notification-settings';
import * as waitlistLastPlace from '../migrations/2026-12-07T0900-waitlist-last-place';
import * as pulseChecks from '../migrations/2026-12-07T1000-pulse-checks';

const migrations: Record<string, Migration> = {
  '2026-11-28T0000-initial': initial,
  '2026-11-28T0100-refusals-and-server-meta': refusals,
  '2026-11-28T0200-sign-in-limits': signInLimits,
  '2026-11-28T0300-seminar-rules': seminarRules,
  '2026-11-28T0400-networks': networks,
  '2026-11-28T0500-learnings': learnings,
  '2026-11-28T0600-unit-core-knowledge': unitCoreKnowledge,
  '2026-12-06T0200-canonical-times': canonicalTimes,
  '2026-12-06T0720-sign-in-code-nonce': signInCodeNonce,
  '2026-12-06T1600-scope-removals': scopeRemovals,
  '2026-12-07T0000-employee-numbers': employeeNumbers,
  '2026-12-07T0100-audit-log': auditLog,
  '2026-12-07T0200-learning-author-names': learningAuthorNames,
  '2026-12-07T0300-competence-catalogue': competenceCatalogue,
  '2026-12-07T0400-oidc-requests': oidcRequests,
  '2026-12-07T0500-deactivated-at': deactivatedAt,
  '2026-12-07T0600-session-method': sessionMethod,
  '2026-12-07T0700-notifications': notifications,
  '2026-12-07T0800-notification-settings': notificationSettings,
  '2026-12-07T0900-waitlist-last-place': waitlistLastPlace,
  '2026-12-07T1000-pulse-checks': pulseChecks,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<void> {
  const migrator = new Migrator({ db: db.kysely, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Databasemigrering fejlede${failed ? ` i ${failed.migrationName}` : ''}: ${String(error)}`);
  }
}
