/**
 * @module corpus/linkage
 * Average-link agglomerative clustering over a sparse similarity graph (pairs absent from the
 * graph have similarity 0). Repeatedly joins the two clusters with the highest mean pairwise
 * similarity while that mean clears the threshold. A max-heap with per-cluster version stamps
 * skips stale pairs, so the cost is O(E log E) in the number of known pairs, not O(n³).
 */

interface HeapItem { score: number; a: number; b: number; va: number; vb: number }

class MaxHeap {
  private items: HeapItem[] = [];
  get size(): number { return this.items.length; }
  push(x: HeapItem): void {
    const h = this.items;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): HeapItem | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Higher score first; ties broken by cluster ids so the result is deterministic. */
function before(x: HeapItem, y: HeapItem): boolean {
  if (x.score !== y.score) return x.score > y.score;
  return x.a !== y.a ? x.a < y.a : x.b < y.b;
}

/**
 * Clusters items 0..n-1. `pairs` lists [i, j, similarity] with i ≠ j (each unordered pair once).
 * Returns the clusters as sorted index lists, ordered by their first item.
 */
export function averageLink(n: number, pairs: Iterable<[number, number, number]>, threshold: number): number[][] {
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const version = new Int32Array(n);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [i, j, s] of pairs) {
    if (i === j || s <= 0) continue;
    sums[i].set(j, (sums[i].get(j) ?? 0) + s);
    sums[j].set(i, (sums[j].get(i) ?? 0) + s);
  }
  const heap = new MaxHeap();
  const offer = (a: number, b: number, sum: number) => {
    const score = sum / (members[a].length * members[b].length);
    if (score >= threshold) heap.push({ score, a: Math.min(a, b), b: Math.max(a, b), va: version[Math.min(a, b)], vb: version[Math.max(a, b)] });
  };
  for (let i = 0; i < n; i++) for (const [j, s] of sums[i]) if (i < j) offer(i, j, s);
  while (heap.size) {
    const top = heap.pop()!;
    if (version[top.a] !== top.va || version[top.b] !== top.vb) continue;
    const [keep, drop] = [top.a, top.b];
    for (const i of members[drop]) members[keep].push(i);
    members[drop] = [];
    version[keep]++;
    version[drop]++;
    const dropSums = sums[drop];
    sums[drop] = new Map();
    sums[keep].delete(drop);
    for (const [c, s] of dropSums) {
      if (c === keep) continue;
      sums[keep].set(c, (sums[keep].get(c) ?? 0) + s);
      sums[c].delete(drop);
      sums[c].set(keep, sums[keep].get(c)!);
    }
    for (const [c, s] of sums[keep]) offer(keep, c, s);
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);
}
