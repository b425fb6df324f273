// The browser tests' way behind the server's back: its SQLite file, written directly (WAL
// mode lets a second connection in), for states the API rightly refuses to make.
import SqliteDatabase from 'better-sqlite3';

/** Runs `change` in one transaction on the server's database file. */
export function changeServerDatabase(dbFile: string, change: (db: SqliteDatabase.Database) => void): void {
  const db = new SqliteDatabase(dbFile, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.transaction(() => change(db))();
  } finally {
    db.close();
  }
}

/**
 * Moves a demo seminar to start `minutes` from now (two hours long), so that check-in and
 * attendance, which the server takes only around the event's own time, can be tried today.
 * No new version: phones keep the demo's dates; only the server's judgement moves.
 */
export function startSeminarSoon(dbFile: string, seminarId: string, minutes = 30): void {
  const start = Date.now() + minutes * 60_000;
  changeServerDatabase(dbFile, (db) => {
    db.prepare('update seminars set starts_at = ?, ends_at = ? where id = ?')
      .run(new Date(start).toISOString(), new Date(start + 2 * 3_600_000).toISOString(), seminarId);
  });
}
