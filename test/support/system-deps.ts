// Chromium and PostgreSQL for the tests: found, installed from Debian when we are root,
// or a clear message saying what to install. Never a silent skip.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function aptInstall(packages: string[]): void {
  console.log(`Installerer ${packages.join(', ')} fra Debian (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  if (isRoot()) aptInstall(['chromium']);
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  throw new Error(`Chromium mangler (${CHROMIUM}). Installer det: sudo apt-get install -y chromium — or set CHROMIUM_PATH.`);
}

/** The directory with initdb and pg_ctl. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = path.join(root, version, 'bin');
      if (fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'pg_ctl'))) return bin;
    }
  }
  return null;
}

export function ensurePostgres(): string {
  const found = findPostgresBin();
  if (found) return found;
  if (isRoot()) aptInstall(['postgresql']);
  const installed = findPostgresBin();
  if (installed) return installed;
  throw new Error('PostgreSQL mangler (initdb/pg_ctl). Installer det: sudo apt-get install -y postgresql — the integration tests run against a real PostgreSQL.');
}
