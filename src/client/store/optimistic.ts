// Optimistic rows: pending local changes are written to the overlay, in the same
// transaction as their outbox entry. Reads see overlay first, then the synced rows.
// A pull clears the overlay and replays what is still pending (sync.md).
import type { EntityOf, EntityType } from '../../shared/entities';
import type { OverlayEntry } from './schema';
import type { WriteTx } from './tx';

export const overlayKey = (type: EntityType, id: string) => `${type}:${id}`;

/** Where a replay reads rows that the overlay does not have. */
export type BaseReader = (type: EntityType, id: string) => Record<string, unknown> | undefined;

export class OverlayWriter {
  /** What this transaction wrote, for the caller to take into memory once it commits. */
  readonly written = new Map<string, OverlayEntry>();
  /** Requests still under way: issued without waiting on each, so one commit carries them all. */
  readonly requests: Promise<unknown>[] = [];

  constructor(
    private readonly tx: WriteTx,
    private readonly overlay: { get(key: string): OverlayEntry | undefined },
    private readonly base: BaseReader,
  ) {}

  read<T extends EntityType>(type: T, id: string): EntityOf<T> | undefined {
    const key = overlayKey(type, id);
    const entry = this.written.get(key) ?? this.overlay.get(key);
    if (entry) return (entry.value ?? undefined) as EntityOf<T> | undefined;
    return this.base(type, id) as EntityOf<T> | undefined;
  }

  put<T extends EntityType>(type: T, value: EntityOf<T>): void {
    this.write({ key: overlayKey(type, value.id), type, id: value.id, value: value as Record<string, unknown> });
  }

  delete(type: EntityType, id: string): void {
    this.write({ key: overlayKey(type, id), type, id, value: null });
  }

  private write(entry: OverlayEntry): void {
    this.written.set(entry.key, entry);
    this.requests.push(this.tx.objectStore('overlay').put(entry));
  }
}
