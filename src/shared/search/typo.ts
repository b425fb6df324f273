// Typo tolerance: how many edits a word may carry, and a bounded Damerau-Levenshtein
// distance that also measures a word against the start of a longer one (typing).

/** Edits allowed for a query word of this length: none for short words, more for long ones. */
export function maxTypos(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

/** A 31-bit set of the letters and digits in a folded word, for a quick reject. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    mask |= 1 << (code >= 97 ? (code - 97) % 26 : 26 + ((code - 48) % 5));
  }
  return mask;
}

export function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);
const rowC = new Int32Array(64);

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) turning `query`
 * into `term` or into a prefix of it; `max + 1` when it is more than `max`.
 */
export function prefixDistance(query: string, term: string, max: number): number {
  const n = query.length;
  const m = Math.min(term.length, n + max);
  if (n >= 63 || m >= 63) return max + 1;
  let prev2 = rowA, prev = rowB, cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0]!;
    const qc = query.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const tc = term.charCodeAt(j - 1);
      let best = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (qc === tc ? 0 : 1));
      if (i > 1 && j > 1 && qc === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) best = Math.min(best, prev2[j - 2]! + 1);
      cur[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2; prev2 = prev; prev = cur; cur = spare;
  }
  // The query may end anywhere in the term: the best cell of the last row.
  let best = max + 1;
  for (let j = Math.max(0, n - max); j <= m; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}
