/**
 * @module eval/metrics/clustering
 * Clustering scores used for coreference and story grouping: MUC (Vilain et al. 1995), B³ (Bagga &
 * Baldwin 1998), CEAF-e (Luo 2005, entity similarity φ4) and the CoNLL average of their F1, as the
 * CoNLL-2012 scorer defines them. A clustering is a map from item id to cluster label; items absent
 * from the prediction count as singletons, predicted items absent from the gold are ignored.
 */

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClusterScores {
  muc: PRF;
  b3: PRF;
  ceafe: PRF;
  conll_f1: number;
}

type Clusters = string[][];

function prf(p: number, r: number): PRF {
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** Groups gold and predicted labels into clusters over the gold items. */
function toClusters(gold: Map<string, string>, pred: Map<string, string>): { g: Clusters; p: Clusters } {
  const group = (labelOf: (id: string) => string): Clusters => {
    const m = new Map<string, string[]>();
    for (const id of gold.keys()) {
      const k = labelOf(id);
      const list = m.get(k);
      if (list) list.push(id);
      else m.set(k, [id]);
    }
    return [...m.values()];
  };
  return {
    g: group((id) => gold.get(id)!),
    // A gold item missing from the prediction is its own singleton: the \u0000 prefix keeps its
    // label apart from every predicted label.
    p: group((id) => pred.get(id) ?? `\u0000${id}`),
  };
}

function clusterIndex(clusters: Clusters): Map<string, number> {
  const idx = new Map<string, number>();
  clusters.forEach((c, i) => c.forEach((id) => idx.set(id, i)));
  return idx;
}

/** MUC: links kept. For each key cluster, |K| minus the number of response parts it is split into. */
function mucSide(key: Clusters, responseIdx: Map<string, number>): number {
  let num = 0;
  let den = 0;
  for (const k of key) {
    const parts = new Set(k.map((id) => responseIdx.get(id)));
    num += k.length - parts.size;
    den += k.length - 1;
  }
  return den === 0 ? 0 : num / den;
}

function b3Side(key: Clusters, responseIdx: Map<string, number>): number {
  let sum = 0;
  let n = 0;
  for (const k of key) {
    const overlap = new Map<number, number>();
    for (const id of k) {
      const r = responseIdx.get(id)!;
      overlap.set(r, (overlap.get(r) ?? 0) + 1);
    }
    for (const c of overlap.values()) sum += (c * c) / k.length;
    n += k.length;
  }
  return n === 0 ? 0 : sum / n;
}

/** Maximum-weight assignment of rows to columns (Hungarian algorithm on the negated matrix). */
export function maxAssignment(w: number[][]): number {
  const n = w.length;
  const m = n === 0 ? 0 : w[0].length;
  if (n === 0 || m === 0) return 0;
  const size = Math.max(n, m);
  const max = Math.max(0, ...w.flat());
  // Square cost matrix: cost = max - weight, padding cells cost max (weight 0).
  const cost = (i: number, j: number) => max - (i < n && j < m ? w[i][j] : 0);
  const u = new Float64Array(size + 1);
  const v = new Float64Array(size + 1);
  const p = new Int32Array(size + 1);
  const way = new Int32Array(size + 1);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(size + 1).fill(Infinity);
    const used = new Uint8Array(size + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= size; j++) {
    const i = p[j] - 1;
    if (i < n && j - 1 < m) total += w[i][j - 1];
  }
  return total;
}

function ceafe(g: Clusters, p: Clusters): PRF {
  const pIdx = clusterIndex(p);
  const w: number[][] = g.map(() => new Array(p.length).fill(0));
  g.forEach((k, i) => {
    const overlap = new Map<number, number>();
    for (const id of k) { const r = pIdx.get(id)!; overlap.set(r, (overlap.get(r) ?? 0) + 1); }
    for (const [r, c] of overlap) w[i][r] = (2 * c) / (k.length + p[r].length);
  });
  const best = maxAssignment(w);
  return prf(p.length ? best / p.length : 0, g.length ? best / g.length : 0);
}

/** Scores a predicted clustering against the gold one. */
export function scoreClustering(gold: Map<string, string>, pred: Map<string, string>): ClusterScores {
  const { g, p } = toClusters(gold, pred);
  const gIdx = clusterIndex(g);
  const pIdx = clusterIndex(p);
  const muc = prf(mucSide(p, gIdx), mucSide(g, pIdx));
  const b3 = prf(b3Side(p, gIdx), b3Side(g, pIdx));
  const ce = ceafe(g, p);
  return { muc, b3, ceafe: ce, conll_f1: (muc.f1 + b3.f1 + ce.f1) / 3 };
}
