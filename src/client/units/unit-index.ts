// Who is in which unit, and who "kan hjælpe" with which competence — grouped by the area
// of their unit — kept in step with the device's synced rows: built once on first use,
// then fed each pulled page, so the unit page finds the nearest helpers for 30 competences
// among 50,000 people in a few milliseconds, without walking everyone (issue 11).
import type { Change } from '../../shared/protocol';
import type { PersonCompetence } from '../../shared/entities';
import type { HelperCandidate, HelpersByLevel } from '../../shared/core-knowledge/suggestions';
import type { LocalStore } from '../store/local-store';
import type { SyncedState } from '../store/synced-state';

/** What the unit page reads of the device store (the store itself, or a bench's stand-in). */
export interface UnitReader {
  get: LocalStore['get'];
  all: LocalStore['all'];
  ofPerson: LocalStore['ofPerson'];
  isPending: LocalStore['isPending'];
  onSynced: LocalStore['onSynced'];
  synced: Pick<SyncedState, 'all'>;
}

interface Helping extends HelperCandidate { id: string; competenceId: string; areaId: string }

const NO_AREA = '';

/** One area's helpers with a competence, by level: [level 3, level 2, level 1], each id → row. */
type ByLevel = [Map<string, Helping>, Map<string, Helping>, Map<string, Helping>];
const slotOf = (level: number) => 3 - level;

export class UnitIndex {
  private built = false;
  /** unit id → ids of its people. */
  private members = new Map<string, Set<string>>();
  private unitOfPerson = new Map<string, string>();
  private areaOfUnit = new Map<string, string>();
  /**
   * competence id → area id → by level → person-competence id → the row, for rows with "kan
   * hjælpe": the nearest few of 3,000 helpers are the first few of the best level at hand.
   */
  private helpers = new Map<string, Map<string, ByLevel>>();
  private helping = new Map<string, Helping>();
  /** person id → ids of their helping rows: they move with the person to another area. */
  private helpingOf = new Map<string, Set<string>>();

  constructor(private readonly store: UnitReader) {
    store.onSynced((event) => {
      if (!this.built) return;
      if (event.reset) this.built = false;
      else this.apply(event.changes);
    });
  }

  private build(): void {
    this.built = true;
    this.members = new Map();
    this.unitOfPerson = new Map();
    this.areaOfUnit = new Map();
    this.helpers = new Map();
    this.helping = new Map();
    this.helpingOf = new Map();
    const { synced } = this.store;
    for (const unit of synced.all('unit')) this.areaOfUnit.set(unit.id, unit.areaId);
    for (const person of synced.all('person')) this.putPerson(person.id, person.unitId);
    for (const row of synced.all('personCompetence')) if (row.canHelp) this.putHelper(row);
  }

  private ensure(): void {
    if (!this.built) this.build();
  }

  private areaOfPerson(personId: string): string {
    const unitId = this.unitOfPerson.get(personId);
    return (unitId === undefined ? undefined : this.areaOfUnit.get(unitId)) ?? NO_AREA;
  }

  private putPerson(personId: string, unitId: string): void {
    const old = this.unitOfPerson.get(personId);
    if (old === unitId) return;
    if (old !== undefined) this.members.get(old)?.delete(personId);
    this.unitOfPerson.set(personId, unitId);
    let set = this.members.get(unitId);
    if (!set) this.members.set(unitId, (set = new Set()));
    set.add(personId);
    this.rehome(personId);
  }

  private dropPerson(personId: string): void {
    const old = this.unitOfPerson.get(personId);
    if (old !== undefined) this.members.get(old)?.delete(personId);
    this.unitOfPerson.delete(personId);
    this.rehome(personId);
  }

  /** A person's helping rows follow them to the area of their (new) unit. */
  private rehome(personId: string): void {
    // A copy: putting a row again takes it out of the set and adds it at the end, so a walk
    // over the set itself would meet it again, for ever.
    for (const id of [...(this.helpingOf.get(personId) ?? [])]) {
      const row = this.helping.get(id);
      if (row) this.putHelper({ id, personId, competenceId: row.competenceId, level: row.level as PersonCompetence['level'], canHelp: true, note: '' });
    }
  }

  private putHelper(row: PersonCompetence): void {
    this.dropHelper(row.id);
    const entry: Helping = { id: row.id, personId: row.personId, competenceId: row.competenceId, level: row.level, areaId: this.areaOfPerson(row.personId) };
    let byArea = this.helpers.get(row.competenceId);
    if (!byArea) this.helpers.set(row.competenceId, (byArea = new Map()));
    let levels = byArea.get(entry.areaId);
    if (!levels) byArea.set(entry.areaId, (levels = [new Map(), new Map(), new Map()]));
    levels[slotOf(entry.level)]!.set(row.id, entry);
    this.helping.set(row.id, entry);
    let mine = this.helpingOf.get(row.personId);
    if (!mine) this.helpingOf.set(row.personId, (mine = new Set()));
    mine.add(row.id);
  }

  private dropHelper(id: string): void {
    const entry = this.helping.get(id);
    if (!entry) return;
    this.helpers.get(entry.competenceId)?.get(entry.areaId)?.[slotOf(entry.level)]?.delete(id);
    this.helping.delete(id);
    this.helpingOf.get(entry.personId)?.delete(id);
  }

  private apply(changes: readonly Change[]): void {
    for (const change of changes) {
      if (change.type === 'unit') {
        const areaId = change.op === 'put' ? (change.value as { areaId?: unknown } | undefined)?.areaId : undefined;
        // A unit moved to another area: rare, so everything is grouped again when next asked.
        if (typeof areaId === 'string' && this.areaOfUnit.has(change.id) && this.areaOfUnit.get(change.id) !== areaId) this.built = false;
        else if (typeof areaId === 'string') this.areaOfUnit.set(change.id, areaId);
      } else if (change.type === 'person') {
        const unitId = change.op === 'put' ? (change.value as { unitId?: unknown } | undefined)?.unitId : undefined;
        if (typeof unitId === 'string') this.putPerson(change.id, unitId);
        else this.dropPerson(change.id);
      } else if (change.type === 'personCompetence') {
        const row = change.op === 'put' ? (change.value as PersonCompetence | undefined) : undefined;
        if (row?.canHelp) this.putHelper({ ...row, id: change.id });
        else this.dropHelper(change.id);
      }
      if (!this.built) return;
    }
  }

  /** The ids of a unit's people, as last synced. */
  membersOf(unitId: string): ReadonlySet<string> {
    this.ensure();
    return this.members.get(unitId) ?? new Set();
  }

  /**
   * Everyone who "kan hjælpe" with a competence, those of `areaId` apart from the rest, each
   * by level, and how many in all (people the phone does not know, without an area, are left out).
   */
  helperPool(competenceId: string, areaId: string | undefined): { near: HelpersByLevel; far: HelpersByLevel; total: number } {
    this.ensure();
    const byArea = this.helpers.get(competenceId);
    let total = 0;
    for (const [area, levels] of byArea ?? []) if (area !== NO_AREA) for (const rows of levels) total += rows.size;
    const near = areaId === undefined ? undefined : byArea?.get(areaId);
    // The other areas one level at a time, walked only as far as the page asks.
    const far = function* far(slot: number): Generator<HelperCandidate> {
      for (const [area, levels] of byArea ?? []) if (area !== areaId && area !== NO_AREA) yield* levels[slot]!.values();
    };
    return {
      near: { byLevel: near ? [near[0].values(), near[1].values(), near[2].values()] : [[], [], []] },
      far: { byLevel: [far(0), far(1), far(2)] },
      total,
    };
  }
}

const indexes = new WeakMap<UnitReader, UnitIndex>();

export function unitIndexOf(store: UnitReader): UnitIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = new UnitIndex(store)));
  return index;
}
