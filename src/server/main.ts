// The server process: configuration from the environment, then startServer. A port in
// use or a bad setting is one line in Danish and English and a non-zero exit, not a stack trace;
// once running, the log is JSON lines (logging/logger.ts). With more than one worker
// (WORKERS, one per CPU by default on PostgreSQL) this process is the cluster's primary and
// each worker runs this file again (cluster.ts); SQLite stays one process, and says so.
import cluster from 'node:cluster';
import os from 'node:os';
import { loadConfig, type Config } from './config';
import { PortInUseError, startServer } from './server';
import { stopOnSignals } from './stop-on-signals';
import { createLogger, lineLogger } from './logging/logger';
import { runPrimary, WORKER_CANNOT_START } from './cluster';
import { openDb } from './db/database';
import { prepareDatabase } from './prepare-database';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const logger = createLogger(config.logLevel);
const log = lineLogger(logger);

/** How many app processes: WORKERS, else one per CPU on PostgreSQL; one on SQLite whatever is asked. */
function workerCount(): number {
  const postgres = config.databaseUrl.startsWith('postgres');
  if (!postgres) {
    if ((config.workers ?? 1) > 1) logger.warn('[cluster] SQLite kører i én proces; WORKERS ignoreres (SQLite runs in one process; WORKERS is ignored)');
    return 1;
  }
  return config.workers ?? os.availableParallelism();
}

if (cluster.isPrimary && workerCount() > 1) {
  await runPrimary({
    workers: workerCount(),
    log,
    async prepare() {
      const db = openDb(config.databaseUrl);
      try {
        await prepareDatabase(db, config, log);
      } finally {
        await db.close();
      }
    },
  });
} else {
  let server;
  try {
    server = await startServer({ ...config, logger });
  } catch (error) {
    // A worker that cannot start (port in use, database unreachable, a bad key) says so, and
    // the primary stops instead of starting another that would fail the same way.
    if (cluster.isWorker) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(WORKER_CANNOT_START);
    }
    if (!(error instanceof PortInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  logger.info(`Videnbro kører på ${config.publicUrl ?? server.url} (${server.db.dialect}${config.demo ? ', demodata' : ''})`);
  stopOnSignals(server, log);
}
