// Serves the built app: hashed assets cached for a year, the shell and the service
// worker never cached (so a new version is found), each as the build compressed it where it
// could, and deep links fall back to the app.
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './app-env';

const NEVER_CACHE = /(^|\/)(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest|workbox-[^/]*\.js)$/;
/**
 * A missing file, not a deep link: anything under /assets/ and anything ending in a
 * file type we serve. Answering those with the app's HTML would make a stale script
 * tag or a lost icon fail as a parse error (or be cached as HTML), not as a clear 404.
 * A list of types, not "any dot", so a deep link with a dot in it still gets the app.
 */
const MISSING_FILE = /^\/assets\/|\.(js|mjs|css|map|json|webmanifest|html|txt|xml|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf|wasm)$/i;

export function staticRoutes(root: string) {
  const app = new Hono<AppEnv>();
  app.use('*', serveStatic({
    root: path.relative(process.cwd(), root) || '.',
    // The build's Brotli and gzip copies (scripts/precompress.ts), when the browser takes them.
    precompressed: true,
    onFound: (found, c) => {
      const file = found.replace(/\.(br|gz|zst)$/, '');
      if (file.includes('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
      else if (NEVER_CACHE.test(file)) c.header('Cache-Control', 'no-cache');
      else c.header('Cache-Control', 'public, max-age=3600');
    },
  }));
  app.get('*', async (c) => {
    if (MISSING_FILE.test(c.req.path)) {
      c.header('Cache-Control', 'no-cache');
      return c.text('Filen findes ikke. (File not found.)', 404);
    }
    const index = path.join(root, 'index.html');
    if (!fs.existsSync(index)) return c.text('Appen er ikke bygget. Kør "npm run build". (The app is not built.)', 404);
    c.header('Cache-Control', 'no-cache');
    return c.html(await fs.promises.readFile(index, 'utf8'));
  });
  return app;
}
