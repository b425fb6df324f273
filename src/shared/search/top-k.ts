// The k best items without sorting them all: a bounded heap that keeps the worst on top.
export function topK<T>(items: Iterable<T>, k: number, better: (a: T, b: T) => number): T[] {
  const heap: T[] = [];
  // `better(a, b) < 0` means a ranks before b; the heap's root is the one ranked last.
  const worse = (i: number, j: number) => better(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => { const t = heap[i]!; heap[i] = heap[j]!; heap[j] = t; };
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) break;
      swap(i, parent); i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) break;
      swap(i, top); i = top;
    }
  };
  if (k <= 0) return [];
  for (const item of items) {
    if (heap.length < k) { heap.push(item); up(heap.length - 1); }
    else if (better(item, heap[0]!) < 0) { heap[0] = item; down(0); }
  }
  return heap.sort(better);
}
