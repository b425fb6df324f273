// Killing a server process while its SQLite write transaction is open (the crash tests):
// the moment is not guessed — a second connection asks SQLite for the write lock, and the
// kill comes once the server has held it for `heldMs` on end (a long transaction, not a
// session's one-row write).
import SqliteDatabase from 'better-sqlite3';
import type { ServerProcess } from './spawn-server';

/** True while another connection holds SQLite's write lock (an open write transaction). */
function writerActive(watcher: SqliteDatabase.Database): boolean {
  try {
    watcher.exec('begin immediate');
    watcher.exec('rollback');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  }
}

/**
 * Starts `request`, and SIGKILLs `server` once its write lock has been held for `heldMs`.
 * True when the kill came mid-write; false when the request was answered first.
 */
export async function killMidWrite(server: ServerProcess, file: string, request: () => Promise<unknown>, heldMs = 20): Promise<boolean> {
  const watcher = new SqliteDatabase(file, { timeout: 0 });
  let replied = false;
  const reply = request().then(() => { replied = true; }, () => { replied = true; });
  let busySince: number | null = null;
  while (!replied && (busySince === null || performance.now() - busySince < heldMs)) {
    busySince = writerActive(watcher) ? busySince ?? performance.now() : null;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const killedMidWrite = !replied;
  await server.kill('SIGKILL');
  watcher.close();
  await reply;
  return killedMidWrite;
}
