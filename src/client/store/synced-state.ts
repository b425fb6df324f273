// The server's rows as last pulled, in memory: what every screen reads (with the
// overlay of pending changes on top). Rebuilt from the log at start and kept current.
import type { EntityOf, EntityType } from '../../shared/entities';
import type { Change } from '../../shared/protocol';

type Row = Record<string, unknown>;
const BY_PERSON: ReadonlySet<EntityType> = new Set(['personCompetence', 'membership', 'signup']);

export class SyncedState {
  private readonly tables = new Map<EntityType, Map<string, Row>>();
  /** personId → ids, for the types that belong to a person. */
  private readonly byPerson = new Map<EntityType, Map<string, Set<string>>>();

  private table(type: EntityType): Map<string, Row> {
    let table = this.tables.get(type);
    if (!table) this.tables.set(type, (table = new Map()));
    return table;
  }

  private personIndex(type: EntityType, personId: string): Set<string> {
    let index = this.byPerson.get(type);
    if (!index) this.byPerson.set(type, (index = new Map()));
    let ids = index.get(personId);
    if (!ids) index.set(personId, (ids = new Set()));
    return ids;
  }

  apply(changes: readonly Change[]): void {
    for (const change of changes) {
      const table = this.table(change.type);
      const old = table.get(change.id);
      if (old && BY_PERSON.has(change.type)) this.personIndex(change.type, String(old.personId)).delete(change.id);
      if (change.op === 'put' && change.value) {
        table.set(change.id, change.value);
        if (BY_PERSON.has(change.type)) this.personIndex(change.type, String(change.value.personId)).add(change.id);
      } else {
        table.delete(change.id);
      }
    }
  }

  clear(): void {
    this.tables.clear();
    this.byPerson.clear();
  }

  get<T extends EntityType>(type: T, id: string): EntityOf<T> | undefined {
    return this.tables.get(type)?.get(id) as EntityOf<T> | undefined;
  }

  all<T extends EntityType>(type: T): EntityOf<T>[] {
    return [...(this.tables.get(type)?.values() ?? [])] as EntityOf<T>[];
  }

  idsOfPerson(type: EntityType, personId: string): string[] {
    return [...(this.byPerson.get(type)?.get(personId) ?? [])];
  }

  count(type: EntityType): number {
    return this.tables.get(type)?.size ?? 0;
  }

  /** All rows of every type. */
  get size(): number {
    let rows = 0;
    for (const table of this.tables.values()) rows += table.size;
    return rows;
  }

  /** Every row as put changes, for compaction into snapshot chunks. */
  *asChanges(): Generator<Change> {
    for (const [type, table] of this.tables) for (const [id, value] of table) yield { type, op: 'put', id, value };
  }
}
