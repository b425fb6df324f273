// What the search index knows of the organisation: people, their competences, units
// and areas, by dense numeric index, plus the vocabulary that points into them. Kept
// current change by change (a pull page), never rebuilt from scratch.
import type { Area, Competence, Person, PersonCompetence, Unit } from '../entities';
import type { Change } from '../protocol';
import { tokenize } from './fold';
import { Vocabulary } from './vocabulary';
import type { Steps } from '../slices/slices';

/** How much a word counts in each field of a person. A competence counts most (see scoring). */
export const FIELD_WEIGHT = { name: 8, unit: 5, title: 4, note: 3, area: 3, bio: 1.5 } as const;

export interface Holding { level: number; canHelp: boolean; note: string }

export interface DirectoryStateData { areas: Area[]; units: Unit[]; people: Person[]; competences: Competence[]; personCompetences: PersonCompetence[] }

export class DirectoryState {
  readonly vocabulary = new Vocabulary();
  // People, by index.
  readonly personIds: string[] = [];
  readonly personIndex = new Map<string, number>();
  readonly people: (Person | null)[] = [];
  readonly sortName: string[] = [];
  /** Each person's area, kept with their text (a unit may move to another area). */
  readonly areaIds: (string | undefined)[] = [];
  readonly holdings: Map<number, Holding>[] = [];
  private readonly personTerms: number[][] = [];
  /** Person-competence id → [person, competence]: ids are not split (an id may hold ':'). */
  private readonly holdingIndex = new Map<string, [number, number]>();
  // Competences, by index.
  readonly competenceIds: string[] = [];
  readonly competenceIndex = new Map<string, number>();
  readonly competences: (Competence | null)[] = [];
  readonly holders: Map<number, Holding>[] = [];
  /** Per competence, its holders and their scores as flat arrays for the hot loop; rebuilt when stale. */
  private readonly packed: ({ people: Int32Array; scores: Float32Array } | null)[] = [];
  private readonly competenceTerms: number[][] = [];
  // Units and areas, by id.
  readonly units = new Map<string, Unit>();
  readonly areas = new Map<string, Area>();
  private textIndexed = true;

  /** Everything at once, in steps (slices.ts): a first sync of 50,000 people is seconds of work. */
  static *building(data: DirectoryStateData): Steps<DirectoryState> {
    const state = new DirectoryState();
    // Text of people is indexed once at the end, not once per competence note.
    state.textIndexed = false;
    for (const area of data.areas) state.areas.set(area.id, area);
    for (const unit of data.units) state.units.set(unit.id, unit);
    for (const competence of data.competences) { state.putCompetence(competence); yield; }
    for (const person of data.people) { state.putPerson(person); yield; }
    for (const holding of data.personCompetences) { state.putHolding(holding); yield; }
    state.textIndexed = true;
    for (let p = 0; p < state.people.length; p++) { state.indexPersonText(p); yield; }
    return state;
  }

  /** Packs every competence's holders now, so no first search pays for it. */
  *packingAll(score: (holding: Holding) => number): Steps<void> {
    for (let c = 0; c < this.holders.length; c++) { this.holderArrays(c, score); yield; }
  }

  holderArrays(c: number, score: (holding: Holding) => number): { people: Int32Array; scores: Float32Array } {
    let packed = this.packed[c];
    if (!packed) {
      const holders = this.holders[c]!;
      packed = { people: new Int32Array(holders.size), scores: new Float32Array(holders.size) };
      let i = 0;
      for (const [p, holding] of holders) { packed.people[i] = p; packed.scores[i] = score(holding); i++; }
      this.packed[c] = packed;
    }
    return packed;
  }

  apply(changes: readonly Change[]): void {
    for (const change of changes) {
      const value = change.op === 'put' ? change.value : undefined;
      switch (change.type) {
        case 'person':
          if (value) this.putPerson(value as Person); else this.removePerson(change.id);
          break;
        case 'personCompetence':
          if (value) this.putHolding(value as PersonCompetence); else this.removeHolding(change.id);
          break;
        case 'competence':
          if (value) this.putCompetence(value as Competence); else this.removeCompetence(change.id);
          break;
        case 'unit':
          if (value) this.units.set(change.id, value as Unit); else this.units.delete(change.id);
          this.reindexWhere((person) => person.unitId === change.id);
          break;
        case 'area':
          if (value) this.areas.set(change.id, value as Area); else this.areas.delete(change.id);
          this.reindexWhere((person) => this.units.get(person.unitId)?.areaId === change.id);
          break;
        default:
          break;
      }
    }
  }

  private putCompetence(competence: Competence): void {
    let c = this.competenceIndex.get(competence.id);
    if (c === undefined) {
      c = this.competenceIds.length;
      this.competenceIndex.set(competence.id, c);
      this.competenceIds.push(competence.id);
      this.competences.push(null);
      this.holders.push(new Map());
      this.packed.push(null);
      this.competenceTerms.push([]);
    }
    this.unlinkCompetenceTerms(c);
    this.competences[c] = competence;
    const terms = new Set([competence.name, ...competence.synonyms].flatMap(tokenize).map((word) => this.vocabulary.idOf(word)));
    for (const term of terms) this.vocabulary.competences[term]!.push(c);
    this.competenceTerms[c] = [...terms];
  }

  private removeCompetence(id: string): void {
    const c = this.competenceIndex.get(id);
    if (c === undefined) return;
    this.unlinkCompetenceTerms(c);
    this.competences[c] = null;
  }

  private unlinkCompetenceTerms(c: number): void {
    for (const term of this.competenceTerms[c]!) {
      const list = this.vocabulary.competences[term]!;
      list.splice(list.indexOf(c), 1);
    }
    this.competenceTerms[c] = [];
  }

  private personSlot(id: string): number {
    let p = this.personIndex.get(id);
    if (p === undefined) {
      p = this.personIds.length;
      this.personIndex.set(id, p);
      this.personIds.push(id);
      this.people.push(null);
      this.sortName.push('');
      this.areaIds.push(undefined);
      this.holdings.push(new Map());
      this.personTerms.push([]);
    }
    return p;
  }

  private putPerson(person: Person): void {
    const p = this.personSlot(person.id);
    this.people[p] = person;
    this.sortName[p] = person.name.toLocaleLowerCase('da');
    this.indexPersonText(p);
  }

  /** Their competences stay: those rows have deletes of their own, and a person may come back. */
  private removePerson(id: string): void {
    const p = this.personIndex.get(id);
    if (p === undefined) return;
    this.unindexPersonText(p);
    this.people[p] = null;
  }

  private putHolding(row: PersonCompetence): void {
    const c = this.competenceIndex.get(row.competenceId);
    if (c === undefined) return;
    const p = this.personSlot(row.personId);
    const holding = { level: row.level, canHelp: row.canHelp, note: row.note };
    this.holdingIndex.set(row.id, [p, c]);
    const noteChanged = (this.holdings[p]!.get(c)?.note ?? '') !== row.note;
    this.holdings[p]!.set(c, holding);
    this.holders[c]!.set(p, holding);
    this.packed[c] = null;
    if (noteChanged) this.indexPersonText(p);
  }

  private removeHolding(id: string): void {
    const pair = this.holdingIndex.get(id);
    if (!pair) return;
    this.holdingIndex.delete(id);
    const [p, c] = pair;
    const hadNote = (this.holdings[p]!.get(c)?.note ?? '') !== '';
    this.holdings[p]!.delete(c);
    this.holders[c]!.delete(p);
    this.packed[c] = null;
    if (hadNote) this.indexPersonText(p);
  }

  private reindexWhere(test: (person: Person) => boolean): void {
    for (let p = 0; p < this.people.length; p++) {
      const person = this.people[p];
      if (person && test(person)) this.indexPersonText(p);
    }
  }

  private unindexPersonText(p: number): void {
    for (const term of this.personTerms[p]!) this.vocabulary.removePerson(term, p);
    this.personTerms[p] = [];
  }

  /** (Re)writes a person's postings: name, title, unit, area, competence notes, bio. */
  private indexPersonText(p: number): void {
    if (!this.textIndexed) return;
    this.unindexPersonText(p);
    const person = this.people[p];
    if (!person) return;
    const best = new Map<number, number>();
    const add = (text: string | undefined, weight: number) => {
      if (!text) return;
      for (const word of tokenize(text)) {
        const term = this.vocabulary.idOf(word);
        if ((best.get(term) ?? 0) < weight) best.set(term, weight);
      }
    };
    const unit = this.units.get(person.unitId);
    this.areaIds[p] = unit?.areaId;
    add(person.name, FIELD_WEIGHT.name);
    add(person.title, FIELD_WEIGHT.title);
    add(unit?.name, FIELD_WEIGHT.unit);
    add(unit ? this.areas.get(unit.areaId)?.name : undefined, FIELD_WEIGHT.area);
    for (const holding of this.holdings[p]!.values()) add(holding.note, FIELD_WEIGHT.note);
    add(person.bio, FIELD_WEIGHT.bio);
    for (const [term, weight] of best) this.vocabulary.addPerson(term, p, weight);
    this.personTerms[p] = [...best.keys()];
  }
}
