// What can close a gap (issue 11): colleagues elsewhere in the municipality who hold the
// competence and "kan hjælpe" (the same area first, then others; higher level first),
// upcoming events tagged with it, learnings tagged with it, and networks about it. Pure;
// the caller hands in the rows the phone has, so it works offline.
import type { Learning, Network, Seminar } from '../entities';
import { foldDanish } from '../search/fold';
import { byDanish, byTime } from '../i18n/collate';

export interface Helper { personId: string; name: string; unitId: string; unitName?: string; areaId: string | undefined; level: number }

export interface GapSuggestions {
  colleagues: Helper[];
  /** How many colleagues elsewhere can help in all (the list shows the first few). */
  colleagueCount: number;
  events: Seminar[];
  learnings: Learning[];
  networks: Network[];
}

/** Someone who "kan hjælpe" with a competence, before the page names them. */
export interface HelperCandidate { personId: string; level: number }

/**
 * Helpers already apart by level, `[level 3, level 2, level 1]`, each in the order the phone
 * holds them: the nearest few are then the first few, found without walking the rest.
 */
export interface HelpersByLevel {
  byLevel: readonly [Iterable<HelperCandidate>, Iterable<HelperCandidate>, Iterable<HelperCandidate>];
}

/** Helpers in any order of level, or already apart by level. */
export type HelperSource = Iterable<HelperCandidate> | HelpersByLevel;

/** A competence's helpers, those of the unit's own area apart from the rest. */
export interface HelperPool {
  near: HelperSource;
  far: HelperSource;
  /** How many there are in all, not counting the unit's own members. */
  count: number;
}

export interface SuggestionSources {
  /** Members of the unit: they are the gap, not its help. */
  memberIds: ReadonlySet<string>;
  /** Everyone who "kan hjælpe" with a competence, nearest (the unit's own area) apart. */
  helpersOf: (competenceId: string) => HelperPool;
  /** The shown helpers only: their name and unit; null when the device does not know them. */
  describe: (candidate: HelperCandidate) => Helper | null;
  /** Upcoming, not cancelled events that name a competence. */
  eventsOf: (competenceId: string) => readonly Seminar[];
  learningsOf: (competenceId: string) => readonly Learning[];
  networks: readonly NetworkText[];
  /** The words a network about the competence would use: its name and synonyms. */
  wordsOf: (competenceId: string) => readonly string[];
}

export const SHOWN_PER_KIND = 3;
export const SHOWN_COLLEAGUES = 5;

/**
 * The nearest `limit` helpers without sorting or naming them all: a common competence
 * has thousands of helpers at 50,000 people, and the page asks for 30 competences at once.
 * Rank: the unit's own area first, then others; level 3 before 2 before 1; among equals,
 * the order the phone holds them (all equally good). The others are walked only as far
 * as needed. Only the shown ones are named, then ordered by name within their rank.
 */
export function nearestHelpers(
  pool: HelperPool, memberIds: ReadonlySet<string>, describe: SuggestionSources['describe'], limit: number,
): { shown: Helper[]; count: number } {
  const shown: Helper[] = [];
  const take = (source: HelperSource) => {
    // Level 3, then 2, then 1; a level is looked at only while the list is not full.
    const levels = isByLevel(source) ? source.byLevel : sortIntoLevels(source, memberIds, limit - shown.length);
    for (const level of levels) {
      if (shown.length >= limit) break;
      const named = firstNonMembers(level, memberIds, limit - shown.length).flatMap((c) => describe(c) ?? []);
      if (named.length > 1) named.sort((a, b) => byDanish(a.name, b.name));
      shown.push(...named);
    }
  };
  take(pool.near);
  // The rest of the municipality only while the list is not full.
  if (shown.length < limit) take(pool.far);
  const count = pool.count;
  return { shown, count };
}

function isByLevel(source: HelperSource): source is HelpersByLevel {
  return 'byLevel' in source;
}

/**
 * Helpers in any order, into three buckets by level (3, 2, 1) of at most `room` each: all
 * are walked, unless enough of the best level turn up first.
 */
function sortIntoLevels(candidates: Iterable<HelperCandidate>, memberIds: ReadonlySet<string>, room: number): HelperCandidate[][] {
  const buckets: HelperCandidate[][] = [[], [], []];
  for (const candidate of candidates) {
    if (memberIds.has(candidate.personId)) continue;
    const bucket = buckets[3 - candidate.level]!;
    if (bucket.length < room) bucket.push(candidate);
    // Enough of the best level: the rest cannot rank higher.
    if (buckets[0]!.length >= room) break;
  }
  return buckets;
}

/** The first `room` candidates of one level who are not the unit's own; the rest is not walked. */
function firstNonMembers(candidates: Iterable<HelperCandidate>, memberIds: ReadonlySet<string>, room: number): HelperCandidate[] {
  const first: HelperCandidate[] = [];
  if (room <= 0) return first;
  for (const candidate of candidates) {
    if (memberIds.has(candidate.personId)) continue;
    first.push(candidate);
    if (first.length >= room) break;
  }
  return first;
}

/** A network's name and description folded once, for `networkIsAbout`. */
export interface NetworkText { network: Network; text: string }

/** Each network's folded text, kept while the device holds that version of the network. */
const textOf = new WeakMap<Network, NetworkText>();

export function networkTexts(networks: readonly Network[]): NetworkText[] {
  return networks.map((network) => {
    let text = textOf.get(network);
    if (!text) textOf.set(network, (text = { network, text: ` ${foldDanish(`${network.name} ${network.description}`).replace(/[^a-z0-9]+/g, ' ')} ` }));
    return text;
  });
}

/**
 * A network is about a competence when its name or description has a word that starts
 * with the competence's name or a synonym: Danish compounds count ("demens" is in
 * "Demensnetværket"). Networks carry no competence tags, so words are all there is.
 */
export function networkIsAbout(network: NetworkText, words: readonly string[]): boolean {
  return mentionsAny(network, foldWords(words));
}

/** The words folded as `networkTexts` folds a network's text, once per competence, not per network. */
function foldWords(words: readonly string[]): string[] {
  const result: string[] = [];
  for (const word of words) {
    let folded = foldedWords.get(word);
    if (folded === undefined) {
      if (foldedWords.size >= MAX_FOLDED_WORDS) foldedWords.clear();
      const plain = foldDanish(word).replace(/[^a-z0-9]+/g, ' ').trim();
      foldedWords.set(word, (folded = plain.length >= 3 ? ` ${plain}` : ''));
    }
    if (folded !== '') result.push(folded);
  }
  return result;
}

/**
 * Competence names and synonyms, folded: the page asks for the same few hundred words each
 * time it is drawn, and folding (Unicode normalisation) costs more than the search itself.
 */
const foldedWords = new Map<string, string>();
const MAX_FOLDED_WORDS = 5000;

function mentionsAny(network: NetworkText, folded: readonly string[]): boolean {
  return folded.some((word) => network.text.includes(word));
}

export function suggestionsFor(competenceId: string, sources: SuggestionSources): GapSuggestions {
  const { shown, count } = nearestHelpers(sources.helpersOf(competenceId), sources.memberIds, sources.describe, SHOWN_COLLEAGUES);
  const events = [...sources.eventsOf(competenceId)].sort((a, b) => byTime(a.startsAt, b.startsAt)).slice(0, SHOWN_PER_KIND);
  const learnings = [...sources.learningsOf(competenceId)]
    .sort((a, b) => byTime(b.createdAt, a.createdAt)).slice(0, SHOWN_PER_KIND);
  const words = foldWords(sources.wordsOf(competenceId));
  const networks: Network[] = [];
  for (const n of sources.networks) {
    if (networks.length >= SHOWN_PER_KIND) break;
    if (mentionsAny(n, words)) networks.push(n.network);
  }
  return { colleagues: shown, colleagueCount: count, events, learnings, networks };
}
