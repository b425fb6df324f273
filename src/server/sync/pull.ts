// GET /api/sync/pull: everything this person may see that changed since the cursor,
// ordered by the global version (sync.md). The version serves as the cursor: a page ends
// only where a version ends (derived rows can share one).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Change, PullResponse } from '../../shared/protocol';
import { currentVersion } from '../db/versions';
import { lastMutationIdOf } from '../db/clients';
import { decodeCursor, encodeCursor } from './cursor';
import { pullSources, type PullSource, type SourceRow } from './pull-sources';
import type { Viewer } from '../rules/viewer';
import { anyScopeChange, NO_SCOPE_CHANGES, scopeBackfill, scopeChangesOf } from './scope-backfill';
import { rowChange } from './row-change';
import { loadViewer } from '../db/viewers';

/** Every row of one version, when that version alone fills a page. */
async function wholeVersion(db: Kysely<Database>, viewer: Viewer, version: number, silentUpTo: number) {
  const rows: { source: PullSource; row: SourceRow }[] = [];
  for (const source of pullSources) {
    const range = { after: version - 1, upTo: version, limit: Number.MAX_SAFE_INTEGER, tombstonesAbove: silentUpTo };
    for (const row of await source.fetch(db, viewer, range)) rows.push({ source, row });
  }
  return rows;
}

export async function pullChanges(
  db: Kysely<Database>,
  asked: Viewer,
  clientId: string,
  cursor: string | undefined,
  limit: number,
): Promise<PullResponse> {
  // Read the client's count first: every mutation it covers is already in the rows we read next.
  const lastMutationId = await lastMutationIdOf(db, clientId);
  const upTo = await currentVersion(db);
  const decoded = decodeCursor(cursor);
  // Reset when the cursor is unreadable, from another database (ahead of us), or older
  // than the last change of what this person may see (new unit, role, network).
  // A from-scratch pull that began after the scope changed is already the new truth.
  const reset = decoded === null || decoded.version > upTo
    || (decoded.version > 0 && Math.max(decoded.version, decoded.scratchUntil) < asked.scopeVersion);
  const after = reset ? 0 : decoded.version;
  const incremental = !reset && after > 0;
  // What changed the person's view since the cursor (scope-backfill.ts). The viewer was read
  // before `upTo`: when their view changed in (after, upTo], it is read again, so that the
  // page and the backfill judge by the same view, the one as of `upTo` or later (a change
  // after `upTo` is the next pull's, and whichever view judged, that pull sends the rest).
  const scopeChanges = incremental ? await scopeChangesOf(db, asked.personId, after, upTo) : NO_SCOPE_CHANGES;
  const viewer = anyScopeChange(scopeChanges) ? (await loadViewer(db, asked.personId)) ?? asked : asked;
  // A pull from the beginning covers everything up to now; for those rows the device has
  // nothing to delete, so tombstones and hidden rows are skipped until it has caught up.
  const scratchUntil = after === 0 ? upTo : (decoded?.scratchUntil ?? 0);
  const silentUpTo = Math.max(after, scratchUntil);

  // One source after another, each read only up to the end of the page known so far: once
  // the directory's rows fill a page, the learnings source reads the few rows that fall
  // inside it, not 5,001 it would throw away (an initial pull beside 100,000 learnings
  // took 29 % less server time). The page is the `limit` lowest versions either way.
  const merged: { source: PullSource; row: SourceRow }[] = [];
  const byVersion = (a: { row: SourceRow }, b: { row: SourceRow }) => Number(a.row.version) - Number(b.row.version);
  let bound = upTo;
  for (const source of pullSources) {
    for (const row of await source.fetch(db, viewer, { after, upTo: bound, limit: limit + 1, tombstonesAbove: silentUpTo })) merged.push({ source, row });
    if (merged.length > limit) {
      merged.sort(byVersion);
      merged.length = limit + 1;
      bound = Number(merged[limit]!.row.version);
    }
  }
  merged.sort(byVersion);

  const more = merged.length > limit;
  let page = merged.slice(0, limit);
  if (more) {
    // Derived rows (a unit's attendance counts after a move) share the version of what
    // changed them: a page never ends inside a version, or the next page, which starts
    // after it, would never carry the rest of it.
    const cut = Number(merged[limit]!.row.version);
    const whole = page.filter(({ row }) => Number(row.version) < cut);
    page = whole.length > 0 ? whole : await wholeVersion(db, viewer, cut, silentUpTo);
  }
  // The rows of the scopes that changed for this person that the page leaves out (none of
  // the page's own): before the page's rows, which are the newer.
  const changes: Change[] = incremental ? await scopeBackfill(db, viewer, scopeChanges, after, upTo) : [];
  for (const { source, row } of page) {
    const value = row.deleted ? null : source.toValue(row, viewer);
    if (value || Number(row.version) > silentUpTo) changes.push(rowChange(source.type, row.id, value));
  }
  const last = page.at(-1);
  const nextVersion = more && last ? Number(last.row.version) : upTo;
  return { cursor: encodeCursor({ version: nextVersion, scratchUntil }), more, reset, lastMutationId, changes };
}
