// Searching learnings (the learning log): the directory's own pieces reused — Danish
// folding (fold.ts), the vocabulary with prefixes and typo readings (vocabulary.ts) and
// a bounded heap of the best — over a learning's title, its tags (competences, DLO names, source)
// and its texts. Every query word must match; a title counts most, then the tags.
import { tokenize } from './fold';
import { Vocabulary } from './vocabulary';

/** What the index knows of one learning: its words by field, and its order on ties (newest first). */
export interface LearningDoc {
  id: string;
  title: string;
  /** Competence names, DLO names, the source: the words a learning is tagged with. */
  tags: string;
  /** "Hvad lærte jeg?" and "Hvordan kan vi bruge det?". */
  texts: string;
  /** Larger first when scores tie: e.g. the time it was written, as a number. */
  order: number;
}

export const LEARNING_FIELD_WEIGHT = { title: 6, tags: 4, texts: 1 } as const;

export interface LearningSearchOptions {
  /** The best this many (all that match are counted in `total`). */
  limit?: number;
  /** Only these learnings (filters): asked only of those that match the words. */
  accept?: (id: string) => boolean;
  /** No typo readings: only the words as typed and words they start. */
  exact?: boolean;
}

export interface LearningSearchResult {
  ids: string[];
  total: number;
}

export interface LearningIndex {
  search(text: string, options?: LearningSearchOptions): LearningSearchResult;
  readonly size: number;
}

export function createLearningIndex(docs: readonly LearningDoc[]): LearningIndex {
  // The vocabulary's per-term posting lists ("people" in the directory) hold learnings here.
  const vocabulary = new Vocabulary();
  // Numbered newest first: on equal scores the lower number ranks first, and the posting
  // lists come in that order, so most of a common word's learnings are turned away at once.
  const sorted = [...docs].sort((a, b) => b.order - a.order);
  const ids = sorted.map((doc) => doc.id);
  sorted.forEach((doc, d) => {
    const best = new Map<number, number>();
    const add = (text: string, weight: number) => {
      for (const word of tokenize(text)) {
        const term = vocabulary.idOf(word);
        if ((best.get(term) ?? 0) < weight) best.set(term, weight);
      }
    };
    add(doc.title, LEARNING_FIELD_WEIGHT.title);
    add(doc.tags, LEARNING_FIELD_WEIGHT.tags);
    add(doc.texts, LEARNING_FIELD_WEIGHT.texts);
    for (const [term, weight] of best) vocabulary.addPerson(term, d, weight);
  });

  // Scratch arrays by learning, reused across searches (stamps say what is current).
  const best = new Float32Array(docs.length);
  const sum = new Float32Array(docs.length);
  const wordStamp = new Int32Array(docs.length);
  const hits = new Int32Array(docs.length);
  const hitStamp = new Int32Array(docs.length);
  const touched = new Int32Array(docs.length);
  let stamp = 0;

  /** Higher score first, then the newer (the lower number). */
  const ranksBefore = (a: number, b: number) => sum[a]! > sum[b]! || (sum[a] === sum[b] && a < b);

  function search(text: string, options: LearningSearchOptions = {}): LearningSearchResult {
    const limit = Math.max(0, options.limit ?? 50);
    const accept = options.accept;
    const tokens = tokenize(text);
    // A one-letter word at the end is still being typed: it waits for its next letter.
    if (tokens.length > 1 && tokens.at(-1)!.length === 1 && /[\p{L}\p{N}]$/u.test(text)) tokens.pop();
    const words = [...new Set(tokens)];
    if (words.length === 0) return { ids: [], total: 0 };
    const searchId = ++stamp;
    // The best `limit` so far, the one ranked last on top (a bounded heap: most learnings
    // that match a common word are turned away by one comparison).
    const heap = new Int32Array(limit);
    let heapSize = 0;
    let total = 0;
    const siftDown = (from: number) => {
      let i = from;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let last = i;
        if (l < heapSize && ranksBefore(heap[last]!, heap[l]!)) last = l;
        if (r < heapSize && ranksBefore(heap[last]!, heap[r]!)) last = r;
        if (last === i) return;
        const t = heap[i]!; heap[i] = heap[last]!; heap[last] = t; i = last;
      }
    };
    const offer = (d: number) => {
      if (heapSize < limit) {
        let i = heapSize++;
        heap[i] = d;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!ranksBefore(heap[parent]!, heap[i]!)) break;
          const t = heap[i]!; heap[i] = heap[parent]!; heap[parent] = t; i = parent;
        }
      } else {
        heap[0] = d;
        siftDown(0);
      }
    };

    for (let k = 0; k < words.length; k++) {
      const wordId = ++stamp;
      let count = 0;
      // One or two letters as a prefix say little ("de"): then only titles and tags.
      const short = words[k]!.length < 3;
      for (const { term, quality, exact } of vocabulary.lookup(words[k]!, !options.exact)) {
        const minWeight = short && !exact ? LEARNING_FIELD_WEIGHT.tags : 0;
        const postings = vocabulary.people[term]!;
        const weights = vocabulary.weights[term]!;
        for (let i = 0; i < postings.length; i++) {
          if (weights[i]! < minWeight) continue;
          const d = postings[i]!, score = quality * weights[i]!;
          if (wordStamp[d] !== wordId) { wordStamp[d] = wordId; best[d] = score; touched[count++] = d; }
          else if (score > best[d]!) best[d] = score;
        }
      }
      // Every word narrows: those that matched all the words before this one go on; after
      // the last word, they are the results.
      const lastWord = k === words.length - 1;
      let kept = 0;
      for (let i = 0; i < count; i++) {
        const d = touched[i]!;
        if (k > 0 && (hitStamp[d] !== searchId || hits[d] !== k)) continue;
        sum[d] = k === 0 ? best[d]! : sum[d]! + best[d]!;
        if (!lastWord) { hitStamp[d] = searchId; hits[d] = k + 1; kept++; continue; }
        if (accept && !accept(ids[d]!)) continue;
        total++;
        // Full, and not better than the last of the best: turned away without more ado.
        if (heapSize === limit && (limit === 0 || !ranksBefore(d, heap[0]!))) continue;
        offer(d);
      }
      if (!lastWord && kept === 0) break;
    }
    const ranked = [...heap.subarray(0, heapSize)].sort((a, b) => (ranksBefore(a, b) ? -1 : 1));
    return { ids: ranked.map((d) => ids[d]!), total };
  }

  return { search, size: docs.length };
}
