// index.html's one inline script (the chosen language on <html lang> before the app loads)
// runs only if the content security policy allows its exact hash: an edit to the script
// without the new hash in guards.ts would leave English users with lang="da" until the
// app starts, and this test fails first.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/server/http/guards';

const html = fs.readFileSync('index.html', 'utf8');
/** The text of each inline script (one without a src). */
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

async function scriptSources(): Promise<string[]> {
  const app = new Hono();
  app.use('*', securityHeaders({ publicUrl: null }));
  app.get('/', (c) => c.text('ok'));
  const csp = (await app.request('/')).headers.get('Content-Security-Policy') ?? '';
  return csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'))?.split(/\s+/).slice(1) ?? [];
}

describe('the first-paint language script', () => {
  it('is the only inline script, and the CSP allows exactly its hash', async () => {
    expect(inlineScripts).toHaveLength(1);
    const hash = `'sha256-${crypto.createHash('sha256').update(inlineScripts[0]!, 'utf8').digest('base64')}'`;
    const sources = await scriptSources();
    expect(sources).toContain(hash);
    // No blanket permission that would let any other inline script run.
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources.filter((source) => source.startsWith("'sha256-"))).toEqual([hash]);
  });

  it('reads the key the app keeps the language under', () => {
    const app = fs.readFileSync('src/client/ui/app-lang.ts', 'utf8');
    const key = /export const LANG_KEY = '([^']+)'/.exec(app)?.[1];
    expect(key).toBeDefined();
    expect(inlineScripts[0]).toContain(`localStorage.getItem('${key}')`);
  });
});
