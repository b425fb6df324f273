// Starts test/support/server-process.ts as a child with a known PID, and stops it by that PID.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess { url: string; child: ChildProcess; kill(signal?: NodeJS.Signals): Promise<void> }

export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/server-process.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/READY (\S+)/);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1]!,
          child,
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
