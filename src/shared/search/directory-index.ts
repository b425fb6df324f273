// Searching the directory: every query word must match (in a competence, a name, a
// title, a unit, a note or a bio), with typos and prefixes; competence matches rank
// first, higher level and "kan hjælpe" higher; on ties people nearby come first.
import type { Area, Competence, Person, PersonCompetence, Unit } from '../entities';
import type { Change } from '../protocol';
import { tokenize } from './fold';
import { DirectoryState, FIELD_WEIGHT, type Holding } from './directory-state';
import { maxTypos, prefixDistance } from './typo';
import { topK } from './top-k';
import { matchedFields, typoReading, type MatchField, type TypoReading } from './match-report';
import type { TermMatch } from './vocabulary';
import { drain, runInSlices, type Steps } from '../slices/slices';

export type { MatchField, TypoReading } from './match-report';

export interface DirectoryData {
  areas: Area[];
  units: Unit[];
  people: Person[];
  competences: Competence[];
  personCompetences: PersonCompetence[];
}

export interface SearchFilters {
  areaId?: string;
  unitId?: string;
  minLevel?: 1 | 2 | 3;
  canHelp?: boolean;
  knowledgeSharer?: boolean;
  /** The searcher's own unit and area: on equal scores, help nearby comes first. */
  near?: { unitId?: string; areaId?: string };
}

export interface SearchHit {
  personId: string;
  score: number;
  /** The person's competences the query matched, best first. */
  competences: { competenceId: string; level: number; canHelp: boolean }[];
  /** When no competence matched: the person's fields that hold the query's words. */
  matchedIn: MatchField[];
}

export interface SearchOptions {
  /** No typo readings: only the words as typed, and words they start. */
  exact?: boolean;
}

export interface SearchPage {
  /** How many matched in all (for "vis flere"). */
  total: number;
  /** The best `limit` of them, with details. */
  hits: SearchHit[];
  /** The query words that found people only through a typo reading (none when nobody was found). */
  readings: TypoReading[];
}

export interface DirectoryIndex {
  search(text: string, filters?: SearchFilters, limit?: number, options?: SearchOptions): string[];
  searchHits(text: string, filters?: SearchFilters, limit?: number, options?: SearchOptions): SearchHit[];
  /** The best `limit` hits with details, how many matched in all, and the typo readings used. */
  searchPage(text: string, filters?: SearchFilters, limit?: number, options?: SearchOptions): SearchPage;
  /** Catalogue competences closest to a query that found no one. */
  suggestCompetences(text: string, count?: number): string[];
  /** Synced changes (pull `changes`), applied in place. */
  apply(changes: readonly Change[]): void;
}

/** A competence match outweighs any text field; level and "kan hjælpe" lift it. */
export function competenceScore(holding: Pick<Holding, 'level' | 'canHelp'>): number {
  return 10 + 1.5 * (holding.level - 1) + (holding.canHelp ? 2 : 0);
}

export function createDirectoryIndex(data: DirectoryData): DirectoryIndex {
  return drain(buildingDirectoryIndex(data));
}

/** The index built in slices of about `budgetMs`, giving the thread back with `pause` between. */
export function buildDirectoryIndexInSlices(data: DirectoryData, pause: () => Promise<void>, budgetMs?: number): Promise<DirectoryIndex> {
  return runInSlices(buildingDirectoryIndex(data), pause, budgetMs);
}

/** The index built in steps (slices.ts). */
export function* buildingDirectoryIndex(data: DirectoryData): Steps<DirectoryIndex> {
  const state = yield* DirectoryState.building(data);
  yield* state.packingAll(competenceScore);
  return indexOver(state);
}

function indexOver(state: DirectoryState): DirectoryIndex {
  let size = 0;
  let best = new Float32Array(0);
  let total = new Float32Array(0);
  let wordStamp = new Int32Array(0);
  let hits = new Int32Array(0);
  let hitStamp = new Int32Array(0);
  let touched = new Int32Array(0);
  // By term: the search that last matched it, and which of its words (a bit each).
  let termStamp = new Int32Array(0);
  let termWords = new Int32Array(0);
  let stamp = 0;

  // Scratch arrays by person index, reused across searches (stamps say what is current).
  function ensureCapacity() {
    if (size === state.people.length) return;
    size = state.people.length;
    best = new Float32Array(size); total = new Float32Array(size); touched = new Int32Array(size);
    wordStamp = new Int32Array(size); hits = new Int32Array(size); hitStamp = new Int32Array(size);
  }
  function ensureTermCapacity() {
    const terms = state.vocabulary.size;
    if (termStamp.length >= terms) return;
    const grown = Math.max(terms, Math.ceil(termStamp.length * 1.5));
    const stamps = new Int32Array(grown);
    stamps.set(termStamp);
    termStamp = stamps;
    termWords = new Int32Array(grown);
  }

  function passes(p: number, filters: SearchFilters, matched: Set<number>): boolean {
    const person = state.people[p];
    if (!person) return false;
    if (filters.unitId && person.unitId !== filters.unitId) return false;
    if (filters.areaId && state.areaIds[p] !== filters.areaId) return false;
    if (filters.knowledgeSharer && !person.knowledgeSharer) return false;
    if (filters.minLevel || filters.canHelp) {
      // Level and "kan hjælpe" are about the competences searched for, or any when none was.
      let ok = false;
      for (const [c, holding] of state.holdings[p]!) {
        if (!state.competences[c] || (matched.size > 0 && !matched.has(c))) continue;
        if ((filters.minLevel ?? 1) <= holding.level && (!filters.canHelp || holding.canHelp)) { ok = true; break; }
      }
      if (!ok) return false;
    }
    return true;
  }

  /** 2 in the searcher's own unit, 1 in their area, else 0. */
  function nearness(p: number, near: SearchFilters['near']): number {
    if (!near) return 0;
    if (near.unitId && state.people[p]?.unitId === near.unitId) return 2;
    if (near.areaId && state.areaIds[p] === near.areaId) return 1;
    return 0;
  }

  /** Higher score first; on ties the nearer person (own unit, then own area), then by name. */
  function rank(kept: readonly number[], filters: SearchFilters, limit: number): number[] {
    const near = filters.near;
    // Nearness only breaks ties, so it is worked out only for people in a tie.
    const nearOf = (p: number) => nearness(p, near);
    return topK(kept, limit, (a, b) => total[b]! - total[a]! || (near ? nearOf(b) - nearOf(a) : 0)
      || (state.sortName[a]! < state.sortName[b]! ? -1 : state.sortName[a]! > state.sortName[b]! ? 1 : a - b));
  }

  function searchPage(text: string, filters: SearchFilters = {}, limit = 50, options: SearchOptions = {}): SearchPage {
    ensureCapacity();
    ensureTermCapacity();
    const tokens = tokenize(text);
    // A one-letter word at the end is the start of a word still being typed: it would
    // empty the list for a keystroke ("anna m"), so it waits for its next letter.
    if (tokens.length > 1 && tokens.at(-1)!.length === 1 && /[\p{L}\p{N}]$/u.test(text)) tokens.pop();
    const words = [...new Set(tokens)];
    const matched = new Set<number>();
    let candidates: number[] = [];
    const searchId = ++stamp;
    /** Words found only through typo readings, with their matches: reported if anyone is found. */
    let typoOnly: [string, TermMatch[]][] | null = null;

    if (words.length === 0) {
      const anyFilter = filters.areaId || filters.unitId || filters.knowledgeSharer || filters.minLevel || filters.canHelp;
      if (!anyFilter) return { total: 0, hits: [], readings: [] };
      for (let p = 0; p < state.people.length; p++) { total[p] = 0; candidates.push(p); }
    }
    for (let k = 0; k < words.length; k++) {
      const wordId = ++stamp;
      let touchedCount = 0;
      // Each person's best reading of this word (the hot loop: typed arrays, no closures).
      // While the first letters are typed, a one- or two-letter word as a prefix says too
      // little ("de" starts a thousand words): then it looks at names, titles and places;
      // competences and the rest need the whole word ("IT", "EU") or a third letter.
      const short = words[k]!.length < 3;
      const matches = state.vocabulary.lookup(words[k]!, !options.exact);
      if (matches[0] && matches[0].edits > 0) (typoOnly ??= []).push([words[k]!, matches]);
      // Bits for the first 31 words; a field holding a later one goes unnamed.
      const bit = k < 31 ? 1 << k : 0;
      for (const { term, quality, exact } of matches) {
        if (termStamp[term] !== searchId) { termStamp[term] = searchId; termWords[term] = bit; }
        else termWords[term] = termWords[term]! | bit;
        const minWeight = short && !exact ? FIELD_WEIGHT.title : 0;
        const people = state.vocabulary.people[term]!;
        const weights = state.vocabulary.weights[term]!;
        for (let i = 0; i < people.length; i++) {
          if (weights[i]! < minWeight) continue;
          const p = people[i]!, score = quality * weights[i]!;
          if (wordStamp[p] !== wordId) { wordStamp[p] = wordId; best[p] = score; touched[touchedCount++] = p; }
          else if (score > best[p]!) best[p] = score;
        }
        if (short && !exact) continue;
        for (const c of state.vocabulary.competences[term]!) {
          matched.add(c);
          const holders = state.holderArrays(c, competenceScore);
          for (let i = 0; i < holders.people.length; i++) {
            const p = holders.people[i]!, score = quality * holders.scores[i]!;
            if (wordStamp[p] !== wordId) { wordStamp[p] = wordId; best[p] = score; touched[touchedCount++] = p; }
            else if (score > best[p]!) best[p] = score;
          }
        }
      }
      // Every word narrows: keep those who matched all the words before this one.
      const next: number[] = [];
      for (let i = 0; i < touchedCount; i++) {
        const p = touched[i]!;
        if (k === 0) { hitStamp[p] = searchId; hits[p] = 1; total[p] = best[p]!; next.push(p); }
        else if (hitStamp[p] === searchId && hits[p] === k) { hits[p] = k + 1; total[p] = total[p]! + best[p]!; next.push(p); }
      }
      candidates = next;
      if (candidates.length === 0) break;
    }

    const filtered = filters.areaId || filters.unitId || filters.knowledgeSharer || filters.minLevel || filters.canHelp;
    // Competences of someone no longer in the directory must not count as a hit.
    const kept = candidates.filter((p) => state.people[p] && (!filtered || passes(p, filters, matched)));
    // Details only for the hits that will be shown.
    const allWords = words.length >= 31 ? 0x7fffffff : (1 << words.length) - 1;
    const wordsOf = (term: number) => (termStamp[term] === searchId ? termWords[term]! : 0);
    const shown = rank(kept, filters, limit).map((p): SearchHit => {
      const competences = [...state.holdings[p]!]
        .filter(([c]) => matched.has(c))
        .sort(([, a], [, b]) => competenceScore(b) - competenceScore(a))
        .map(([c, holding]) => ({ competenceId: state.competenceIds[c]!, level: holding.level, canHelp: holding.canHelp }));
      const matchedIn = competences.length === 0 && words.length > 0 ? matchedFields(state, p, wordsOf, allWords) : [];
      return { personId: state.personIds[p]!, score: total[p]!, competences, matchedIn };
    });
    const readings = kept.length > 0 && typoOnly ? typoOnly.map(([word, matches]) => typoReading(state, text, word, matches)) : [];
    return { total: kept.length, hits: shown, readings };
  }

  function suggestCompetences(text: string, count = 3): string[] {
    const words = tokenize(text);
    if (words.length === 0) return [];
    const scored: { id: string; distance: number; holders: number }[] = [];
    state.competences.forEach((competence, c) => {
      if (!competence) return;
      const terms = [competence.name, ...competence.synonyms].flatMap(tokenize);
      let distance = Infinity;
      for (const word of words) {
        // One edit more than a search allows, and never more than the word can bear.
        const reach = Math.min(3, maxTypos(word.length) + 1);
        for (const term of terms) {
          const d = prefixDistance(word, term, reach);
          if (d <= reach) distance = Math.min(distance, d);
        }
      }
      if (distance <= 3) scored.push({ id: competence.id, distance, holders: state.holders[c]!.size });
    });
    scored.sort((a, b) => a.distance - b.distance || b.holders - a.holders);
    return scored.slice(0, count).map((s) => s.id);
  }

  return {
    search: (text, filters, limit, options) => searchPage(text, filters, limit, options).hits.map((hit) => hit.personId),
    searchHits: (text, filters, limit, options) => searchPage(text, filters, limit, options).hits,
    searchPage,
    suggestCompetences,
    apply: (changes) => state.apply(changes),
  };
}
