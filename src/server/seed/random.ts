// A small seeded PRNG for the demo data: the same seed must give byte-identical data on
// every machine, so the generator never touches Math.random or the clock.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight; for repeated picks from one list prefer `weightedPicker`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Shuffles a copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  string(length: number, alphabet?: string): string;
  /** An independent stream, so one part of the data can change without reshuffling the rest. */
  fork(label: string): Rng;
}

const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** mulberry32: tiny, fast and good enough for demo data (not for secrets). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the label, mixed with the seed: stable across platforms. */
function hashSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(hashSeed(seed, 'videnbro'));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick fra en tom liste');
    return items[Math.floor(next() * items.length)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy;
  };
  const rng: Rng = {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (items) => weightedPicker(items)(rng),
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    string(length, alphabet = ALPHANUMERIC) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
    fork: (label) => createRng(hashSeed(seed, label)),
  };
  return rng;
}

/**
 * Precomputes cumulative weights once, so picking from a long list (the competence
 * pool of a unit kind, 50,000 times over) is a binary search rather than a scan.
 */
export function weightedPicker<T>(items: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of items) {
    if (weight <= 0) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error('weightedPicker uden positive vægte');
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}
