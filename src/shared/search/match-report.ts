// Why a result matched, for the searcher: which fields of a person hold the query's
// words, and which word a typo reading searched for. Worked out only for what is shown,
// after ranking, so the search itself stays as fast as before.
import { tokenize } from './fold';
import type { DirectoryState } from './directory-state';
import type { TermMatch } from './vocabulary';

/** The fields of a person a query word can match besides a competence, most telling first. */
export const MATCH_FIELDS = ['name', 'unit', 'title', 'note', 'area', 'bio'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

/** A query word that matched only through a typo reading, and the word it was read as. */
export interface TypoReading { typed: string; searchedFor: string }

/** The words of a text as written, for showing one back: split like `tokenize`, not folded. */
const wordsAsWritten = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The first word of `texts`, as written there, that folds to `folded`. */
function writtenForm(texts: readonly (string | undefined)[], folded: string): string | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const word of wordsAsWritten(text)) if (tokenize(word).includes(folded)) return word;
  }
  return undefined;
}

/** The texts of person `p` by field (competence notes joined). */
function fieldTexts(state: DirectoryState, p: number): Record<MatchField, string | undefined> {
  const person = state.people[p];
  const unit = person ? state.units.get(person.unitId) : undefined;
  const notes: string[] = [];
  for (const holding of state.holdings[p]?.values() ?? []) if (holding.note) notes.push(holding.note);
  return {
    name: person?.name, unit: unit?.name, title: person?.title, note: notes.join(' '),
    area: unit ? state.areas.get(unit.areaId)?.name : undefined, bio: person?.bio,
  };
}

/**
 * The term a typo-only word was read as: the fewest typos, then the length nearest the
 * word typed ("demnes" is »demens«, not »demenssygdom«), then the most people behind it.
 */
function chosenReading(state: DirectoryState, word: string, matches: readonly TermMatch[]): number {
  const { vocabulary } = state;
  const reach = (term: number) => vocabulary.people[term]!.length
    + vocabulary.competences[term]!.reduce((sum, c) => sum + (state.holders[c]?.size ?? 0), 0);
  let best = matches[0]!;
  for (const match of matches) {
    const lengthGap = (m: TermMatch) => Math.abs(vocabulary.text[m.term]!.length - word.length);
    if (match.edits < best.edits
      || (match.edits === best.edits && (lengthGap(match) < lengthGap(best)
        || (lengthGap(match) === lengthGap(best) && reach(match.term) > reach(best.term))))) best = match;
  }
  return best.term;
}

/** The word a typo-only query word was searched for, as the directory writes it. */
export function typoReading(state: DirectoryState, text: string, word: string, matches: readonly TermMatch[]): TypoReading {
  const term = chosenReading(state, word, matches);
  const folded = state.vocabulary.text[term]!;
  const competence = state.competences[state.vocabulary.competences[term]![0] ?? -1];
  const holder = state.vocabulary.people[term]![0];
  const typed = writtenForm([text], word) ?? word;
  // A competence name is capitalised as a name ("Demens"); typed in lower case, it is shown so.
  const fromCompetence = competence ? writtenForm([competence.name, ...competence.synonyms], folded) : undefined;
  const searchedFor = (fromCompetence && typed === typed.toLocaleLowerCase('da') ? fromCompetence.toLocaleLowerCase('da') : fromCompetence)
    ?? (holder !== undefined ? writtenForm(Object.values(fieldTexts(state, holder)), folded) : undefined)
    ?? folded;
  return { typed, searchedFor };
}

/**
 * The fields of person `p` that hold the query's words, in MATCH_FIELDS order: a field is
 * named when it holds a word no earlier field did. `wordsOf(term)` is a bit set of the
 * query words the term matched (0 when none); `allWords` has every word's bit.
 */
export function matchedFields(state: DirectoryState, p: number, wordsOf: (term: number) => number, allWords: number): MatchField[] {
  const texts = fieldTexts(state, p);
  const fields: MatchField[] = [];
  let covered = 0;
  for (const field of MATCH_FIELDS) {
    const text = texts[field];
    if (!text) continue;
    let words = 0;
    for (const token of tokenize(text)) {
      const term = state.vocabulary.find(token);
      if (term !== undefined) words |= wordsOf(term);
    }
    if ((words & ~covered) !== 0) {
      fields.push(field);
      covered |= words;
      if ((covered & allWords) === allWords) break;
    }
  }
  return fields;
}
