// Narrowing a short list (events, networks: a few hundred) by a search box, with the
// directory's Danish-forgiving pieces: folding (fold.ts) and the vocabulary's prefixes and
// typo readings (vocabulary.ts), so "demenz" finds "Demens" and "faelles" "fælles". A
// filter, not a ranking: the list keeps its own order (by date, by name).
import { tokenize } from './fold';
import { Vocabulary } from './vocabulary';

export interface ListMatcher {
  /** The positions (in the list given) of the items every query word matches; null for an empty query. */
  match(query: string): Set<number> | null;
}

/**
 * Each item's searchable text (title, description, competences' names …), one string per
 * item. Built once per list; a search then costs one vocabulary lookup per query word.
 */
export function createListMatcher(texts: readonly string[]): ListMatcher {
  const vocabulary = new Vocabulary();
  texts.forEach((text, item) => {
    const seen = new Set<number>();
    for (const word of tokenize(text)) {
      const term = vocabulary.idOf(word);
      if (!seen.has(term)) { seen.add(term); vocabulary.addPerson(term, item, 1); }
    }
  });

  /** The items a query word matches: as typed or as a prefix; only when neither, its typo readings. */
  function itemsOf(word: string): Set<number> {
    const items = new Set<number>();
    const addTerm = (term: number) => { for (const item of vocabulary.people[term]!) items.add(item); };
    if (word.length === 1) {
      // One letter: the vocabulary's prefixes start at two; a short list can afford a scan.
      for (let term = 0; term < vocabulary.size; term++) if (vocabulary.text[term]!.startsWith(word)) addTerm(term);
      return items;
    }
    // In a list in date order a typo reading next to real matches is noise ("cafe" is not
    // "case"): typo readings count only for a word that matches nothing as typed.
    const matches = vocabulary.lookup(word);
    const asTyped = matches.filter((m) => m.edits === 0);
    for (const { term } of asTyped.length > 0 ? asTyped : matches) addTerm(term);
    return items;
  }

  function match(query: string): Set<number> | null {
    const tokens = tokenize(query);
    // A one-letter word after others is still being typed: it waits for its next letter.
    if (tokens.length > 1 && tokens.at(-1)!.length === 1 && /[\p{L}\p{N}]$/u.test(query)) tokens.pop();
    const words = [...new Set(tokens)];
    if (words.length === 0) return null;
    let found = itemsOf(words[0]!);
    for (const word of words.slice(1)) {
      if (found.size === 0) break;
      const items = itemsOf(word);
      found = new Set([...found].filter((item) => items.has(item)));
    }
    return found;
  }

  return { match };
}
