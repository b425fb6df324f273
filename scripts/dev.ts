// `npm run dev`: the API server (PORT, default 8080) and Vite's dev server (VITE_PORT,
// default 5173) with /api proxied to the API on whatever port it got.
import { createServer } from 'vite';
import { loadConfig } from '../src/server/config';
import { PortInUseError, startServer } from '../src/server/server';
import { createLogger } from '../src/server/logging/logger';

let config;
let vitePort: number;
try {
  config = loadConfig();
  vitePort = Number(process.env.VITE_PORT || 5173);
  if (!Number.isInteger(vitePort) || vitePort < 1 || vitePort > 65535) throw new Error(`VITE_PORT er ugyldig: ${process.env.VITE_PORT}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

// The browser's Origin is Vite's, not the API's: the API must know it, or it refuses
// every sign-in and sync as cross-site (403 foreign_origin).
const appOrigins = [`http://localhost:${vitePort}`, `http://127.0.0.1:${vitePort}`];
let api;
try {
  api = await startServer({
    ...config, staticDir: null, allowedOrigins: [...config.allowedOrigins, ...appOrigins], logger: createLogger(config.logLevel, { pretty: true }),
  });
} catch (error) {
  if (!(error instanceof PortInUseError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// An API on every address is still reached on loopback.
const apiHost = ['0.0.0.0', '::', ''].includes(config.host) ? '127.0.0.1' : config.host.includes(':') ? `[${config.host}]` : config.host;
const vite = await createServer({
  server: {
    port: vitePort,
    // Another free port would not be among the origins the API was just given.
    strictPort: true,
    host: '127.0.0.1',
    // Overrides vite.config.ts's target with the port the API really got (PORT=0 included).
    proxy: { '/api': { target: `http://${apiHost}:${api.port}`, changeOrigin: false } },
  },
});
try {
  await vite.listen();
} catch (error) {
  await api.close();
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`Sæt VITE_PORT=… til en ledig port (set VITE_PORT=… to a free port)`);
  process.exit(1);
}
console.log(`API: ${api.url}  ·  App (udvikling): http://localhost:${vitePort}`);

const running = api;
const stop = async () => {
  await vite.close();
  await running.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
