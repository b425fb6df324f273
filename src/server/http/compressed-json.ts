// JSON replies compressed off the main thread (zlib's thread pool): Brotli where the
// browser takes it (about 30% smaller than gzip on pull pages), else gzip.
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Context } from 'hono';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const MIN_BYTES = 1024;

export async function compressedJson(c: Context, value: unknown): Promise<Response> {
  const body = Buffer.from(JSON.stringify(value));
  const accepted = c.req.header('accept-encoding') ?? '';
  c.header('Content-Type', 'application/json; charset=utf-8');
  c.header('Vary', 'Accept-Encoding');
  if (body.length < MIN_BYTES) return c.body(body);
  if (/\bbr\b/.test(accepted)) {
    c.header('Content-Encoding', 'br');
    return c.body(await brotli(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
  }
  if (/\bgzip\b/.test(accepted)) {
    c.header('Content-Encoding', 'gzip');
    return c.body(await gzip(body));
  }
  return c.body(body);
}
