// The server process: configuration from the environment, then startServer. A port in
// use or a bad setting is one line in Danish and English and a non-zero exit, not a stack trace.
import { loadConfig } from './config';
import { PortInUseError, startServer } from './server';
import { stopOnSignals } from './stop-on-signals';

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
let server;
try {
  server = await startServer(config);
} catch (error) {
  if (!(error instanceof PortInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Videnbro kører på ${config.publicUrl ?? server.url} (${server.db.dialect}${config.demo ? ', demodata' : ''})`);

stopOnSignals(server);
