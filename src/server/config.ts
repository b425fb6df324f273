// Server configuration from the environment, with the defaults the README promises.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** Seed demo data into an empty database and allow demo sign-in. */
  demo: boolean;
  production: boolean;
  /** Where built client files live; null serves the API only. */
  staticDir: string | null;
  /** Mail transport: 'log' writes codes to the log and `mailFile`; SMTP is not bundled. */
  mailFile: string | null;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || `file:${path.resolve('data', 'videnbro.sqlite')}`;
  const production = env.NODE_ENV === 'production';
  const demo = env.DEMO !== undefined ? env.DEMO === '1' || env.DEMO === 'true' : !isPostgresUrl(databaseUrl);
  if (demo && production) {
    throw new Error('Demo-login må ikke køre med NODE_ENV=production. Sæt DEMO=0. (Demo sign-in is refused in production.)');
  }
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT er ugyldig: ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    demo,
    production,
    staticDir: env.STATIC_DIR === '' ? null : path.resolve(env.STATIC_DIR ?? 'dist'),
    mailFile: env.MAIL_FILE ?? path.resolve('data', 'mail.log'),
  };
}
