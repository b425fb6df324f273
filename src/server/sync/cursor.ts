// Pull cursors are opaque to the client. Here they carry the last version sent and,
// while an initial (or reset) pull is still paging, the version that pull started at:
// rows up to it are new to the device, so tombstones and hidden rows need not be sent.
const PREFIX = 'v1.';

export interface Cursor {
  version: number;
  /** Rows with versions up to this one belong to a from-scratch pull still in progress. */
  scratchUntil: number;
}

export function encodeCursor({ version, scratchUntil }: Cursor): string {
  const base = `${PREFIX}${version.toString(36)}`;
  return scratchUntil > version ? `${base}.${scratchUntil.toString(36)}` : base;
}

/** The cursor's position; null for a cursor this server cannot read (forces a reset). */
export function decodeCursor(cursor: string | undefined): Cursor | null {
  if (cursor === undefined || cursor === '') return { version: 0, scratchUntil: 0 };
  const match = /^v1\.([0-9a-z]{1,12})(?:\.([0-9a-z]{1,12}))?$/.exec(cursor);
  if (!match) return null;
  const version = parseInt(match[1]!, 36);
  const scratchUntil = match[2] ? parseInt(match[2], 36) : 0;
  return { version, scratchUntil };
}
