// The variables every request handler can read.
import type { Db } from '../db/database';
import type { MailTransport } from '../auth/mail';
import type { Config } from '../config';

export interface AppDeps {
  db: Db;
  mail: MailTransport;
  config: Pick<Config, 'demo' | 'staticDir'>;
}

export interface AppEnv {
  Variables: AppDeps & { personId: string | null };
}
