// Starts test/support/server-process.ts (its bundle, in a test run) as a child with a known
// PID, and stops it by that PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_BUNDLE_ENV } from './server-bundle';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Everything the server has written to stdout so far (its log, when LOG_LEVEL is set). */
  stdout(): string;
}

/** The bundle made by server-bundle.ts when the test run has one; else the source through tsx. */
function serverCommand(): string[] {
  const bundle = process.env[SERVER_BUNDLE_ENV];
  return bundle ? [bundle] : ['--import', 'tsx', 'test/support/server-process.ts'];
}

export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, serverCommand(), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready ? null : output.match(/READY (\S+)/);
      if (match) {
        ready = true;
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
          stdout: () => output,
          async kill(signal = 'SIGTERM') {
            if (child.exitCode === null) child.kill(signal);
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}): ${output}`)); });
  });
}
