// The server's Prometheus metrics (issue 23, part 3), each process its own registry (summed
// over a cluster's workers when scraped: cluster-metrics.ts): HTTP
// request durations by route and status (a 429 is a status like any other), pushed
// mutations by name and outcome, pull pages, rows and bytes, the message queue's depth and
// age, the database pool's use, and the process's own (event-loop lag, memory, CPU) from
// prom-client's defaults. Routes are the matched patterns (`/api/sync/push`,
// `/arrangementer/*`), never a path with an id in it.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Db } from '../db/database';
import { queueDepth } from '../db/notification-queue';
import { offerToCluster } from './cluster-metrics';

export interface Metrics {
  registry: Registry;
  requestSeconds: Histogram<'method' | 'route' | 'status'>;
  /** The same requests counted (the 429s and 5xx a dashboard rates, without reading buckets). */
  requests: Counter<'method' | 'route' | 'status'>;
  mutations: Counter<'name' | 'outcome'>;
  pullPages: Counter;
  pullRows: Counter;
  pullBytes: Counter;
}

export function createMetrics(db: Db, clock: () => number): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'videnbro_' });
  const metrics: Metrics = {
    registry,
    requestSeconds: new Histogram({
      name: 'videnbro_http_request_duration_seconds', help: 'HTTP requests by method, matched route and status.',
      labelNames: ['method', 'route', 'status'], registers: [registry],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
    requests: new Counter({
      name: 'videnbro_http_requests_total', help: 'HTTP requests by method, matched route and status.', labelNames: ['method', 'route', 'status'], registers: [registry],
    }),
    mutations: new Counter({
      name: 'videnbro_mutations_total', help: 'Pushed mutations by name and outcome (applied, rejected).', labelNames: ['name', 'outcome'], registers: [registry],
    }),
    pullPages: new Counter({ name: 'videnbro_pull_pages_total', help: 'Pull pages answered.', registers: [registry] }),
    pullRows: new Counter({ name: 'videnbro_pull_changes_total', help: 'Changes sent in pull pages.', registers: [registry] }),
    pullBytes: new Counter({ name: 'videnbro_pull_bytes_total', help: 'Bytes of pull pages as sent (after compression).', registers: [registry] }),
  };
  queueGauges(registry, db.kysely, clock);
  offerToCluster(registry);
  if (db.poolUse) {
    const poolUse = db.poolUse;
    new Gauge({
      name: 'videnbro_db_pool_connections', help: 'Database pool connections by state (in use, idle) and requests waiting for one.',
      labelNames: ['state'], registers: [registry],
      collect() {
        const use = poolUse();
        this.set({ state: 'in_use' }, use.total - use.idle);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });
  }
  return metrics;
}

/** The message queue, read when scraped: how many wait, and how long the oldest has been due. */
function queueGauges(registry: Registry, db: Kysely<Database>, clock: () => number): void {
  let last: Promise<{ waiting: number; oldestDue: string | null }> | null = null;
  // Both gauges of one scrape share one query.
  const read = () => {
    last ??= queueDepth(db).finally(() => { setTimeout(() => { last = null; }, 0); });
    return last;
  };
  new Gauge({
    // The same queue in every worker: summed over a cluster it would count each message once per worker.
    name: 'videnbro_notification_queue_depth', help: 'Messages outside the app not yet sent (due or scheduled).', registers: [registry], aggregator: 'max',
    async collect() { this.set((await read()).waiting); },
  });
  new Gauge({
    name: 'videnbro_notification_queue_oldest_due_seconds', help: 'How long the longest-waiting due message has been due (0: none overdue).', registers: [registry], aggregator: 'max',
    async collect() {
      const { oldestDue } = await read();
      this.set(oldestDue ? Math.max(0, (clock() - Date.parse(oldestDue)) / 1000) : 0);
    },
  });
}
