// The server the browser and crash tests start as a child process (server-process.ts),
// bundled once per test run with esbuild: a child started from the bundle is listening in
// about 0.5 s, one started through tsx in about 1.2 s (26 browser files, each with a server).
// Packages stay outside the bundle and resolve from the project's node_modules.
import path from 'node:path';
import { build } from 'esbuild';

export const SERVER_BUNDLE_ENV = 'VIDENBRO_SERVER_BUNDLE';

/** Bundles server-process.ts and returns the bundle's path. */
export async function bundleServer(): Promise<string> {
  const outfile = path.resolve('node_modules/.cache/videnbro-test/server-process.mjs');
  await build({
    entryPoints: [path.resolve('test/support/server-process.ts')],
    outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  });
  return outfile;
}

/** Vitest global set-up: bundles the server and hands its path to the test workers. */
export default async function setup(): Promise<void> {
  process.env[SERVER_BUNDLE_ENV] = await bundleServer();
}
