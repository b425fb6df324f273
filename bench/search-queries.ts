// A fixed set of realistic directory queries with labels of who is a right answer,
// made deterministically from the data (not from any search engine): competence names,
// typos, prefixes while typing, synonyms, old Danish spellings, two-word queries, names.
import type { DirectoryData } from '../src/shared/search';
import { createRng } from '../src/server/seed/random';

export interface LabelledQuery { kind: string; text: string; relevant: Set<string> }

const OLD_SPELLING: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', Æ: 'Ae', Ø: 'Oe', Å: 'Aa' };
const oldSpelling = (text: string) => text.replace(/[æøåÆØÅ]/g, (ch) => OLD_SPELLING[ch]!);

/** A typo a person makes: two neighbouring letters swapped, or one dropped. */
function typo(word: string, rnd: () => number): string {
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  return rnd() < 0.5 ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, i) + word.slice(i + 1);
}

export function makeQueries(data: DirectoryData, count = 240): LabelledQuery[] {
  const rng = createRng(20261128);
  const rnd = () => rng.next();
  const holders = new Map<string, Set<string>>();
  for (const row of data.personCompetences) {
    if (!holders.has(row.competenceId)) holders.set(row.competenceId, new Set());
    holders.get(row.competenceId)!.add(row.personId);
  }
  const competences = data.competences.filter((c) => (holders.get(c.id)?.size ?? 0) >= 5 && /^[\p{L} ]+$/u.test(c.name));
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const competenceWords = data.competences.map((c) => ({ id: c.id, words: [c.name, ...c.synonyms].flatMap(wordsOf) }));
  /** Right answers for words taken from competence names: holders of every competence that has them all. */
  const holdersOfWords = (words: string[]) => {
    const relevant = new Set<string>();
    for (const c of competenceWords) {
      if (words.every((w) => c.words.some((cw) => cw.startsWith(w)))) for (const p of holders.get(c.id) ?? []) relevant.add(p);
    }
    return relevant;
  };
  const competenceStarts = (word: string) => competenceWords.some((c) => c.words.some((cw) => cw.startsWith(word)));
  const unitsByWord = new Map<string, Set<string>>();
  for (const unit of data.units) {
    // Unit words that also start a competence word would make the label ambiguous.
    for (const word of unit.name.split(/\s+/).filter((w) => w.length >= 4 && !competenceStarts(w.toLowerCase()))) {
      if (!unitsByWord.has(word.toLowerCase())) unitsByWord.set(word.toLowerCase(), new Set());
      unitsByWord.get(word.toLowerCase())!.add(unit.id);
    }
  }
  const unitOf = new Map(data.people.map((p) => [p.id, p.unitId]));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const firstWord = (name: string) => name.split(/\s+/)[0]!;
  const queries: LabelledQuery[] = [];

  const kinds: (() => LabelledQuery | null)[] = [
    () => { const c = pick(competences); return { kind: 'name', text: c.name.toLowerCase(), relevant: holdersOfWords(wordsOf(c.name)) }; },
    () => {
      const word = firstWord(pick(competences.filter((x) => firstWord(x.name).length >= 6)).name).toLowerCase();
      return { kind: 'typo', text: typo(word, rnd), relevant: holdersOfWords([word]) };
    },
    () => {
      const word = firstWord(pick(competences.filter((x) => firstWord(x.name).length >= 6)).name).toLowerCase().slice(0, 4 + Math.floor(rnd() * 2));
      return { kind: 'prefix', text: word, relevant: holdersOfWords([word]) };
    },
    () => {
      const synonym = pick(pick(competences.filter((x) => x.synonyms.length > 0)).synonyms);
      return { kind: 'synonym', text: synonym, relevant: holdersOfWords(wordsOf(synonym)) };
    },
    () => {
      const withLetters = competences.filter((x) => /[æøå]/i.test(x.name));
      if (withLetters.length === 0) return null;
      const c = pick(withLetters);
      return { kind: 'old-spelling', text: oldSpelling(c.name).toLowerCase(), relevant: holdersOfWords(wordsOf(c.name)) };
    },
    () => {
      const word = firstWord(pick(competences).name).toLowerCase();
      const [unitWord, units] = pick([...unitsByWord]);
      const relevant = new Set([...holdersOfWords([word])].filter((p) => units.has(unitOf.get(p)!)));
      return relevant.size === 0 ? null : { kind: 'two-words', text: `${word} ${unitWord}`, relevant };
    },
    () => {
      const person = pick(data.people);
      const surname = person.name.split(/\s+/).at(-1)!;
      const first = firstWord(person.name);
      const sameName = new Set(data.people.filter((p) => firstWord(p.name) === first && p.name.split(/\s+/).at(-1) === surname).map((p) => p.id));
      const text = `${first} ${surname.length >= 6 ? typo(surname, rnd) : surname}`;
      return { kind: 'person', text: /[æøå]/i.test(text) && rnd() < 0.5 ? oldSpelling(text) : text, relevant: sameName };
    },
  ];
  while (queries.length < count) {
    const query = kinds[queries.length % kinds.length]!();
    if (query && query.relevant.size > 0) queries.push(query);
  }
  return queries;
}

/** Share of the top 10 that are right answers, against the most there could be. */
export function recallAt10(results: readonly string[], relevant: Set<string>): number {
  const top = results.slice(0, 10);
  const found = top.filter((id) => relevant.has(id)).length;
  return found / Math.min(10, relevant.size);
}
