// Brotli and gzip copies of the built app's files, written beside them at build time
// (`index-….js.br`, `index-….js.gz`): the server sends the copy the browser accepts
// (static.ts) instead of compressing the same 2 MB again for every phone that installs the
// app — and Brotli at its best level, which would be far too slow per request.
// Only the files of the bundle itself: the service worker (vite-plugin-pwa writes it while
// this runs) and the copied public files are left to the server's own compression.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** What compresses: text, and the scanner's WebAssembly (1.1 MB → about 0.4 MB). */
const PRECOMPRESSED = /\.(js|mjs|css|html|svg|json|webmanifest|wasm)$/;
/** Below this a compressed copy gains nothing (the server's own threshold, 1 KB, as well). */
const MIN_BYTES = 1024;

async function compressFile(file: string): Promise<void> {
  const content = await fs.readFile(file);
  if (content.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    }),
    gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy no smaller than the file would only cost the browser the decoding.
  await Promise.all([
    br.length < content.length ? fs.writeFile(`${file}.br`, br) : null,
    gz.length < content.length ? fs.writeFile(`${file}.gz`, gz) : null,
  ]);
}

export function precompress(): Plugin {
  return {
    name: 'videnbro-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = Object.keys(bundle).filter((name) => PRECOMPRESSED.test(name));
      await Promise.all(files.map((name) => compressFile(path.join(dir, name))));
    },
  };
}
