// Danish-aware folding for matching: case, accents, and the old spellings
// aa = å, ae = æ, oe = ø (domain.md), so "Aagaard", "Ågård" and "agard" meet.
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'u', é: 'e', è: 'e' };

export function foldDanish(text: string): string {
  const lower = text.toLowerCase().replace(/[æøåäöüéè]/g, (ch) => LETTERS[ch] ?? ch);
  // Strip remaining accents, then the two-letter forms collapse to one canonical form.
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/aa/g, 'a').replace(/ae/g, 'a').replace(/oe/g, 'o');
}

/** The folded words of a text. */
export function tokenize(text: string): string[] {
  return foldDanish(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/** True when every word of the query starts a word of the text (after folding). */
export function matchesPrefixes(text: string, query: string): boolean {
  const words = tokenize(text);
  return tokenize(query).every((part) => words.some((word) => word.startsWith(part)));
}
