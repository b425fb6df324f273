// `npm run dev`: the API server on :8080 and Vite's dev server (with /api proxied to it).
import { createServer } from 'vite';
import { loadConfig } from '../src/server/config';
import { startServer } from '../src/server/server';

const config = loadConfig();
const api = await startServer({ ...config, staticDir: null });
const vite = await createServer({ server: { port: 5173, host: '127.0.0.1' } });
await vite.listen();
console.log(`API: ${api.url}  ·  App (udvikling): http://localhost:5173`);
