// The build's compressed copies (scripts/precompress.ts): Brotli and gzip beside each text
// file of the bundle worth compressing, decoding to the file itself; none for small files,
// files of other types, or files that do not get smaller.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { OutputBundle } from 'rolldown';
import { precompress } from '../../scripts/precompress';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'videnbro-precompress-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = 'export const ord = "demens, ordblindhed, fundraising";\n'.repeat(100);
const files: Record<string, Buffer | string> = {
  'assets/app-1.js': text,
  'assets/app-1.css': `.card { color: red; }\n`.repeat(100),
  'index.html': `<!doctype html><title>Videnbro</title>${'<p>tekst</p>'.repeat(200)}`,
  'assets/tiny-2.js': 'export {};',
  'assets/photo-3.png': text,
  // Random bytes do not compress: a copy would be larger.
  'assets/noise-4.wasm': crypto.randomBytes(4096),
};

async function build(): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const plugin = precompress();
  const writeBundle = plugin.writeBundle as (options: { dir: string }, bundle: OutputBundle) => Promise<void>;
  await writeBundle({ dir }, Object.fromEntries(Object.keys(files).map((name) => [name, {}])) as OutputBundle);
}

describe('the build\'s compressed copies', () => {
  it('are written beside each text file worth it, and decode to the file', async () => {
    await build();
    for (const name of ['assets/app-1.js', 'assets/app-1.css', 'index.html']) {
      const original = fs.readFileSync(path.join(dir, name));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, `${name}.br`))).equals(original), name).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${name}.gz`))).equals(original), name).toBe(true);
      expect(fs.statSync(path.join(dir, `${name}.br`)).size, name).toBeLessThan(original.length / 5);
    }
    for (const name of ['assets/tiny-2.js', 'assets/photo-3.png', 'assets/noise-4.wasm']) {
      expect(fs.existsSync(path.join(dir, `${name}.br`)), name).toBe(false);
      expect(fs.existsSync(path.join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
