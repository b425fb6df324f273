// The variables every request handler can read.
import type { TestOutcome } from '../notifications/worker';
import type { Db } from '../db/database';
import type { MailTransport } from '../mail/transport';
import type { TaskQueue } from '../auth/task-queue';
import type { Config } from '../config';
import type { SyncQuotaSettings } from './sync-quota';
import type { Metrics } from '../metrics/metrics';
import type { Logger } from '../logging/logger';
import type { WaitlistRenumbering } from '../waitlists/renumbering';
import type { PulseResultsJob } from '../pulses/results-job';

export type AppConfig = Pick<Config, 'demo' | 'staticDir' | 'publicUrl' | 'trustProxy' | 'allowedOrigins' | 'oidc' | 'emailCodes' | 'retention' | 'legal' | 'push'>
  & Partial<Pick<Config, 'metricsToken'>> & {
  /** Per-session sync quotas; null turns them off (benchmarks of raw capacity). */
  syncQuota: SyncQuotaSettings | null;
};

export interface AppDeps {
  db: Db;
  mail: MailTransport;
  /** Where sign-in mail is sent from, so no reply waits for (or betrays) a mail. */
  mailQueue: TaskQueue;
  config: AppConfig;
  /** Epoch milliseconds; tests move it to simulate hours in a moment. */
  clock: () => number;
  /** Messages outside the app: the VAPID public key browsers subscribe with, and a nudge for the queue's worker. */
  notifications: { publicKey: string; wake(): void; sendTest(personId: string): Promise<TestOutcome> };
  /** Waitlist places renumbered after departures (waitlists/renumbering.ts). */
  waitlists: Pick<WaitlistRenumbering, 'settle'>;
  /** Pulse checks' results computed after answers (pulses/results-job.ts). */
  pulseResults: Pick<PulseResultsJob, 'settle'>;
  /** True once the process has begun to stop: readiness answers 503 (health-routes.ts). */
  isStopping?: () => boolean;
  /** The process's Prometheus metrics (metrics/metrics.ts); none in tests that build the app alone. */
  metrics?: Metrics;
  /** The JSON log (logging/logger.ts): a line per request, and the app's warnings; console without one. */
  logger?: Logger;
  /** The key of the log's opaque person ids (logging/logger.ts logKeyFrom). */
  logKey?: Buffer;
}

export interface AppEnv {
  Variables: AppDeps & { personId: string | null; sessionId: string | null };
}
