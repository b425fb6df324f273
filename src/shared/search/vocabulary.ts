// The terms of the directory: each folded word points to the people whose text holds
// it (with the weight of the field it came from) and to the competences it names.
// Lookup finds a query word's terms: exact, as a prefix while typing, or with typos.
import { letterMask, maxTypos, popcount, prefixDistance } from './typo';

/** `edits` is 0 for the word itself and for words it starts, else the typos it takes. */
export interface TermMatch { term: number; quality: number; exact: boolean; edits: number }

/** How much a kind of match counts: an exact word beats a prefix beats a typo. */
const QUALITY = { exact: 1, typo1: 0.45, typo2: 0.3 } as const;
/** A prefix counts more the more of the word it covers: "bo" says little about "borgerservice". */
const prefixQuality = (word: string, term: string) => 0.3 + (0.5 * word.length) / term.length;
/**
 * A typo reading counts far less when the word also has a closer reading: "nord" as
 * typed is not "word", and "adnersen" one edit from "andersen" is not two from "andre".
 */
const WORSE_THAN_BEST = 0.3;

export class Vocabulary {
  readonly text: string[] = [];
  private readonly masks: number[] = [];
  private readonly ids = new Map<string, number>();
  /** Per term: people (index) and the field weight for each. */
  readonly people: number[][] = [];
  readonly weights: number[][] = [];
  /** Per term: the competences (index) whose name or synonyms hold it. */
  readonly competences: number[][] = [];
  private sorted: number[] | null = null;

  idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.text.length;
      this.ids.set(word, id);
      this.text.push(word);
      this.masks.push(letterMask(word));
      this.people.push([]);
      this.weights.push([]);
      this.competences.push([]);
      this.sorted = null;
    }
    return id;
  }

  addPerson(term: number, person: number, weight: number): void {
    this.people[term]!.push(person);
    this.weights[term]!.push(weight);
  }

  removePerson(term: number, person: number): void {
    const people = this.people[term]!;
    const at = people.lastIndexOf(person);
    if (at < 0) return;
    const last = people.length - 1;
    people[at] = people[last]!;
    this.weights[term]![at] = this.weights[term]![last]!;
    people.pop();
    this.weights[term]!.pop();
  }

  private sortedTerms(): number[] {
    if (!this.sorted) this.sorted = this.text.map((_, i) => i).sort((a, b) => (this.text[a]! < this.text[b]! ? -1 : 1));
    return this.sorted;
  }

  get size(): number {
    return this.text.length;
  }

  /** The term of a folded word, if the directory holds it (never adds one). */
  find(word: string): number | undefined {
    return this.ids.get(word);
  }

  /**
   * The terms a query word may mean, each with how good a match it is: the word, words
   * it starts, then (unless `typos` is false) words a typo or two away. When the word
   * matches none but typo readings, those come alone: the first match then has `edits > 0`.
   */
  lookup(word: string, typos = true): TermMatch[] {
    const found = new Map<number, number>();
    const exact = this.ids.get(word);
    if (exact !== undefined) found.set(exact, QUALITY.exact);
    if (word.length >= 2) {
      const sorted = this.sortedTerms();
      let lo = 0, hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (this.text[sorted[mid]!]! < word) lo = mid + 1; else hi = mid;
      }
      for (let i = lo; i < sorted.length && this.text[sorted[i]!]!.startsWith(word); i++) {
        if (!found.has(sorted[i]!)) found.set(sorted[i]!, prefixQuality(word, this.text[sorted[i]!]!));
      }
    }
    const matches: TermMatch[] = [];
    for (const [term, quality] of found) matches.push({ term, quality, exact: term === exact, edits: 0 });
    const edits = typos ? maxTypos(word.length) : 0;
    if (edits > 0) {
      const typoMatches: [number, number][] = [];
      const mask = letterMask(word);
      for (let term = 0; term < this.text.length; term++) {
        if (found.has(term)) continue;
        const text = this.text[term]!;
        if (text.length < word.length - edits) continue;
        // Letters of the query missing from the term each need an edit: a cheap reject.
        if (popcount(mask & ~this.masks[term]!) > edits) continue;
        const distance = prefixDistance(word, text, edits);
        if (distance <= edits) typoMatches.push([term, distance]);
      }
      const closest = found.size > 0 ? 0 : Math.min(...typoMatches.map(([, distance]) => distance));
      for (const [term, distance] of typoMatches) {
        const quality = distance === 1 ? QUALITY.typo1 : QUALITY.typo2;
        matches.push({ term, quality: distance > closest ? quality * WORSE_THAN_BEST : quality, exact: false, edits: distance });
      }
    }
    return matches;
  }
}
