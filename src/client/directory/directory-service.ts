// Keeps the search index in step with the device store: built once, on first use,
// then fed each pulled page and the user's own pending rows, never rebuilt per sync.
// The search engine itself loads after the first paint (`prepare`): the home screen
// draws at once, and the engine's code is not part of the first JavaScript.
import type { DirectoryIndex } from '../../shared/search';
import type { Change } from '../../shared/protocol';
import type { EntityType } from '../../shared/entities';
import type { LocalStore } from '../store/local-store';
import type { OverlayEntry } from '../store/schema';
import { giveWay } from '../give-way';

const INDEXED: ReadonlySet<EntityType> = new Set(['area', 'unit', 'person', 'competence', 'personCompetence']);

type SearchEngine = typeof import('../../shared/search');

export class DirectoryService {
  private index: DirectoryIndex | null = null;
  private engine: SearchEngine | null = null;
  /** The pending rows the index shows now, so that dropped ones go back to the synced row. */
  private shownOverlay = new Map<string, OverlayEntry>();
  private readonly unsubscribe: () => void;
  /** While a build runs in slices: what synced meanwhile (`reset`: the build is void). */
  private during: { changes: Change[]; reset: boolean } | null = null;
  private building: Promise<void> | null = null;

  constructor(
    private readonly store: LocalStore,
    /** How the build gives way, and how long a slice may run (tests make both small). */
    private readonly slices: { pause: () => Promise<void>; budgetMs: number } = { pause: giveWay, budgetMs: 30 },
  ) {
    this.unsubscribe = store.onSynced((event) => {
      if (this.during) {
        if (event.reset) this.during.reset = true;
        else this.during.changes.push(...event.changes.filter((change) => INDEXED.has(change.type)));
      }
      if (!this.index) return;
      if (event.reset) {
        this.index = null;
        return;
      }
      const changes = event.changes.filter((change) => INDEXED.has(change.type));
      this.index.apply(changes);
      // A synced row may have replaced a pending one in the index: lay the overlay on again.
      for (const change of changes) this.shownOverlay.delete(`${change.type}:${change.id}`);
    });
  }

  /** True once the index is built: a screen can then search in its first render. */
  get isBuilt(): boolean {
    return this.index !== null;
  }

  /** Loads the search engine and builds the index; `get` may be called once it resolves. */
  async prepare(): Promise<void> {
    // Never an index of some of the rows: a search would miss people that are there.
    await this.store.loaded();
    this.engine ??= await import('../../shared/search');
    while (!this.index) {
      this.building ??= this.buildInSlices(this.engine).finally(() => { this.building = null; });
      await this.building;
    }
  }

  /**
   * Builds the index in slices (50,000 people are seconds of work on a slow phone: no tap
   * should wait for it). What syncs meanwhile is applied after; a reset meanwhile voids it.
   */
  private async buildInSlices(engine: SearchEngine): Promise<void> {
    this.during = { changes: [], reset: false };
    try {
      const built = await engine.buildDirectoryIndexInSlices(this.data(), this.slices.pause, this.slices.budgetMs);
      if (this.during.reset || this.index) return;
      built.apply(this.during.changes);
      this.index = built;
      this.shownOverlay = new Map();
    } finally {
      this.during = null;
    }
  }

  private data() {
    const { synced } = this.store;
    return {
      areas: synced.all('area'), units: synced.all('unit'), people: synced.all('person'),
      competences: synced.all('competence'), personCompetences: synced.all('personCompetence'),
    };
  }

  /** The index, built from the store the first time it is needed (after `prepare`). */
  get(): DirectoryIndex {
    if (!this.index) {
      if (!this.engine) throw new Error('DirectoryService.prepare() skal køre før get()');
      // After a reset, at once: the caller searches now (a screen calls prepare() first).
      this.index = this.engine.createDirectoryIndex(this.data());
      this.shownOverlay = new Map();
    }
    this.syncOverlay(this.index);
    return this.index;
  }

  /** Pending rows on top; a row no longer pending shows its synced value again. */
  private syncOverlay(index: DirectoryIndex): void {
    const current = new Map(this.store.overlayEntries().filter((e) => INDEXED.has(e.type)).map((e) => [e.key, e]));
    const changes: Change[] = [];
    for (const [key, entry] of this.shownOverlay) {
      if (current.get(key) === entry) continue;
      if (!current.has(key)) {
        const synced = this.store.synced.get(entry.type, entry.id) as Record<string, unknown> | undefined;
        changes.push(synced ? { type: entry.type, op: 'put', id: entry.id, value: synced } : { type: entry.type, op: 'del', id: entry.id });
      }
    }
    for (const [key, entry] of current) {
      if (this.shownOverlay.get(key) === entry) continue;
      changes.push(entry.value ? { type: entry.type, op: 'put', id: entry.id, value: entry.value } : { type: entry.type, op: 'del', id: entry.id });
    }
    if (changes.length > 0) index.apply(changes);
    this.shownOverlay = current;
  }

  close(): void {
    this.unsubscribe();
  }
}
