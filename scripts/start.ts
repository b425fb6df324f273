// `npm start`: build the app when needed, then run the server (migrate, seed demo data
// into an empty embedded database, serve app + API on http://localhost:8080).
import { buildIfNeeded } from './build-if-needed';

await buildIfNeeded();
await import('../src/server/main');
