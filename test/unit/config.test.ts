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
  it('sends mail over SMTP when SMTP_URL says so, from MAIL_FROM, and refuses any other address', () => {
    expect(loadConfig({}).smtp).toBeNull();
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail.fjordby.dk:587' }).smtp).toEqual({ url: 'smtp://u:p@mail.fjordby.dk:587', from: 'Videnbro <videnbro@localhost>' });
    expect(loadConfig({ SMTP_URL: 'smtps://mail.fjordby.dk:465', MAIL_FROM: 'Videnbro <videnbro@fjordby.dk>' }).smtp)
      .toEqual({ url: 'smtps://mail.fjordby.dk:465', from: 'Videnbro <videnbro@fjordby.dk>' });
    expect(() => loadConfig({ SMTP_URL: 'https://mail.fjordby.dk' })).toThrow(/^SMTP_URL skal begynde med smtp:\/\/ eller smtps:\/\//);
    expect(() => loadConfig({ SMTP_URL: 'mail.fjordby.dk' })).toThrow(/^SMTP_URL er ugyldig/);
  });
  it('reads the operations settings, and refuses bad ones in a sentence', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', workers: null, demoPeople: 2000, metricsToken: null });
    expect(loadConfig({ LOG_LEVEL: 'Warn', WORKERS: '4', DEMO_PEOPLE: '300', METRICS_TOKEN: ' hemmelig ' }))
      .toMatchObject({ logLevel: 'warn', workers: 4, demoPeople: 300, metricsToken: 'hemmelig' });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL er ugyldig: loud');
    for (const workers of ['0', '1.5', 'mange', '65']) expect(() => loadConfig({ WORKERS: workers })).toThrow('WORKERS er ugyldig');
    for (const people of ['10', 'alle']) expect(() => loadConfig({ DEMO_PEOPLE: people })).toThrow('DEMO_PEOPLE er ugyldig');
  });
  it('refuses a bad port', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
  });
});

describe('loadConfig: public address, proxies and origins', () => {
  it('defaults to plain http on this host: no PUBLIC_URL, no trusted proxy, no extra origins', () => {
    expect(loadConfig({})).toMatchObject({ publicUrl: null, trustProxy: 0, allowedOrigins: [] });
  });
  it('keeps only the origin of PUBLIC_URL and refuses anything but http(s)', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://videnbro.kommune.dk/app/' }).publicUrl).toBe('https://videnbro.kommune.dk');
    expect(() => loadConfig({ PUBLIC_URL: 'videnbro.kommune.dk' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://videnbro.kommune.dk' })).toThrow(/PUBLIC_URL/);
  });
  it('reads TRUST_PROXY as a number of hops', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
  it('reads ALLOWED_ORIGINS as a comma-separated list of origins', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173/' }).allowedOrigins)
      .toEqual(['http://localhost:5173', 'http://127.0.0.1:5173']);
  });
});

describe('work-account sign-in settings (OIDC_*)', () => {
  const base = { OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0', OIDC_CLIENT_ID: 'app-id', OIDC_CLIENT_SECRET: 'hemmelig' };

  it('is off without OIDC_ISSUER, with e-mail codes on', () => {
    expect(loadConfig({})).toMatchObject({ oidc: null, emailCodes: true });
    expect(loadConfig({ EMAIL_CODES: 'off' }).emailCodes).toBe(false);
  });

  it('takes the defaults the README states', () => {
    expect(loadConfig(base).oidc).toEqual({
      issuer: base.OIDC_ISSUER, clientId: 'app-id', clientSecret: 'hemmelig', scopes: 'openid email profile',
      emailClaim: 'email', employeeIdClaim: null, contact: 'din IT-afdeling', newPeopleUnit: null, logout: false,
    });
    expect(loadConfig({ ...base, OIDC_CREATE_PEOPLE: '1', OIDC_NEW_PEOPLE_UNIT: 'u-nye' }).oidc?.newPeopleUnit).toBe('u-nye');
    expect(loadConfig({ ...base, OIDC_CLIENT_SECRET: '', OIDC_CLIENT_AUTH: 'none', OIDC_EMAIL_CLAIM: 'preferred_username', OIDC_EMPLOYEE_ID_CLAIM: 'employeeid' }).oidc)
      .toMatchObject({ clientSecret: null, emailClaim: 'preferred_username', employeeIdClaim: 'employeeid' });
  });

  it('stops at a half configuration with a line saying what is missing', () => {
    expect(() => loadConfig({ OIDC_ISSUER: base.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID mangler/);
    expect(() => loadConfig({ ...base, OIDC_CLIENT_SECRET: '' })).toThrow(/OIDC_CLIENT_SECRET mangler/);
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'http://idp.kommune.dk' })).toThrow(/skal bruge https/);
    expect(() => loadConfig({ ...base, OIDC_ISSUER: 'ikke en adresse' })).toThrow(/ikke en adresse/);
    expect(() => loadConfig({ ...base, OIDC_CREATE_PEOPLE: '1' })).toThrow(/OIDC_NEW_PEOPLE_UNIT mangler/);
    expect(loadConfig({ ...base, OIDC_ISSUER: 'http://localhost:4000' }).oidc?.issuer).toBe('http://localhost:4000');
  });
});
