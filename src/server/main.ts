// The server process: configuration from the environment, then startServer. A port in
// use or a bad setting is one line in Danish and English and a non-zero exit, not a stack trace;
// once running, the log is JSON lines (logging/logger.ts).
import { loadConfig } from './config';
import { PortInUseError, startServer } from './server';
import { stopOnSignals } from './stop-on-signals';
import { createLogger, lineLogger } from './logging/logger';

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const logger = createLogger(config.logLevel);
let server;
try {
  server = await startServer({ ...config, logger });
} catch (error) {
  if (!(error instanceof PortInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
logger.info(`Videnbro kører på ${config.publicUrl ?? server.url} (${server.db.dialect}${config.demo ? ', demodata' : ''})`);

stopOnSignals(server, lineLogger(logger));
