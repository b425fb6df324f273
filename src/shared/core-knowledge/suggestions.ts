// What can close a gap (issue 11): colleagues elsewhere in the municipality who hold the
// competence and "kan hjælpe" (the same area first, then others; higher level first),
// upcoming events tagged with it, learnings tagged with it, and networks about it. Pure;
// the caller hands in the rows the phone has, so it works offline.
import type { Learning, Network, Seminar } from '../entities';
import { foldDanish } from '../search/fold';
import { byDanish, byTime } from './collate';

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

/** A competence's helpers, those of the unit's own area apart from the rest. */
export interface HelperPool {
  near: Iterable<HelperCandidate>;
  far: Iterable<HelperCandidate>;
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
  const take = (candidates: Iterable<HelperCandidate>) => {
    // Three buckets by level (3, 2, 1), each keeping at most what can still be shown.
    const room = limit - shown.length;
    const buckets: HelperCandidate[][] = [[], [], []];
    for (const candidate of candidates) {
      if (memberIds.has(candidate.personId)) continue;
      const bucket = buckets[3 - candidate.level]!;
      if (bucket.length < room) bucket.push(candidate);
      // Enough of the best level: the rest cannot rank higher.
      if (buckets[0]!.length >= room) break;
    }
    for (const bucket of buckets) {
      const named = bucket.slice(0, limit - shown.length).flatMap((c) => describe(c) ?? []);
      shown.push(...named.sort((a, b) => byDanish(a.name, b.name)));
    }
  };
  take(pool.near);
  // The rest of the municipality only while the list is not full.
  if (shown.length < limit) take(pool.far);
  const count = pool.count;
  return { shown, count };
}

/** A network's name and description folded once, for `networkIsAbout`. */
export interface NetworkText { network: Network; text: string }

export function networkTexts(networks: readonly Network[]): NetworkText[] {
  return networks.map((network) => ({ network, text: ` ${foldDanish(`${network.name} ${network.description}`).replace(/[^a-z0-9]+/g, ' ')} ` }));
}

/**
 * A network is about a competence when its name or description has a word that starts
 * with the competence's name or a synonym: Danish compounds count ("demens" is in
 * "Demensnetværket"). Networks carry no competence tags, so words are all there is.
 */
export function networkIsAbout(network: NetworkText, words: readonly string[]): boolean {
  return words.some((word) => {
    const folded = foldDanish(word).replace(/[^a-z0-9]+/g, ' ').trim();
    return folded.length >= 3 && network.text.includes(` ${folded}`);
  });
}

export function suggestionsFor(competenceId: string, sources: SuggestionSources): GapSuggestions {
  const { shown, count } = nearestHelpers(sources.helpersOf(competenceId), sources.memberIds, sources.describe, SHOWN_COLLEAGUES);
  const events = [...sources.eventsOf(competenceId)].sort((a, b) => byTime(a.startsAt, b.startsAt)).slice(0, SHOWN_PER_KIND);
  const learnings = [...sources.learningsOf(competenceId)]
    .sort((a, b) => byTime(b.createdAt, a.createdAt)).slice(0, SHOWN_PER_KIND);
  const words = sources.wordsOf(competenceId);
  const networks = sources.networks.filter((n) => networkIsAbout(n, words)).slice(0, SHOWN_PER_KIND).map((n) => n.network);
  return { colleagues: shown, colleagueCount: count, events, learnings, networks };
}
