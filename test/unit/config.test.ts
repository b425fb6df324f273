// Configuration from the environment, and the refusal of demo sign-in in production.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config';

describe('loadConfig', () => {
  it('defaults to embedded SQLite with demo data on 127.0.0.1:8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', demo: true, production: false });
    expect(config.databaseUrl).toMatch(/^file:.*data\/videnbro\.sqlite$/);
  });
  it('turns demo data off by default on PostgreSQL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO: '1' }).demo).toBe(true);
  });
  it('refuses to start with demo sign-in in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/production/);
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '0' }).demo).toBe(false);
  });
  it('refuses a bad port', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
  });
});
