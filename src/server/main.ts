// The server process: configuration from the environment, then startServer.
import { loadConfig } from './config';
import { startServer } from './server';

const config = loadConfig();
const server = await startServer(config);
console.log(`Videnbro kører på ${server.url} (${server.db.dialect}${config.demo ? ', demodata' : ''})`);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
