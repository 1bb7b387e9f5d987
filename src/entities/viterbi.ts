/**
 * @module entities/viterbi
 * Viterbi decoding over the tag scheme's legal transitions (tags.transitionMask), shared by
 * training and inference.
 */
import { transitionMask } from './tags.js';
import type { TaggerSpec } from './tagger.js';

function grow<A extends Float64Array | Uint8Array>(a: A, size: number, make: (n: number) => A): A {
  return a.length >= size ? a : make(Math.max(size, a.length * 2));
}

/**
 * The scheme's legal transitions, with tags grouped by their predecessor list: in BILOU, O, B-X and
 * U-X all follow exactly {O, L-*, U-*}, and I-X, L-X follow {B-X, I-X}. Viterbi gathers a group's
 * predecessor scores once per token instead of once per (tag, predecessor) pair.
 */
interface Lattice {
  /** Group g's predecessors (ascending): preds[predStart[g] .. predStart[g + 1]). */
  preds: Uint8Array;
  predStart: Uint16Array;
  /** Group g's member tags: members[memberStart[g] .. memberStart[g + 1]). */
  members: Uint8Array;
  memberStart: Uint16Array;
  /** Offset of member m's transition row (one score per predecessor of its group) in predTrans. */
  transStart: Uint16Array;
  transCount: number;
  /** May the sentence start on tag t? */
  first: Uint8Array;
  final: Uint8Array;
}

const lattices = new WeakMap<TaggerSpec, Lattice>();

function lattice(spec: TaggerSpec): Lattice {
  let l = lattices.get(spec);
  if (l) return l;
  const T = spec.tags.length;
  const { allowed, final } = transitionMask(spec.tags);
  const byList = new Map<string, { preds: number[]; members: number[] }>();
  for (let t = 0; t < T; t++) {
    const preds: number[] = [];
    for (let p = 0; p < T; p++) if (allowed[p * T + t]) preds.push(p);
    const key = preds.join(',');
    const g = byList.get(key);
    if (g) g.members.push(t);
    else byList.set(key, { preds, members: [t] });
  }
  const groups = [...byList.values()];
  const predStart = new Uint16Array(groups.length + 1);
  const memberStart = new Uint16Array(groups.length + 1);
  const transStart = new Uint16Array(T);
  const preds: number[] = [];
  const members: number[] = [];
  let at = 0;
  groups.forEach((g, k) => {
    predStart[k] = preds.length;
    memberStart[k] = members.length;
    preds.push(...g.preds);
    for (const t of g.members) { transStart[members.length] = at; at += g.preds.length; members.push(t); }
  });
  predStart[groups.length] = preds.length;
  memberStart[groups.length] = members.length;
  const first = allowed.slice(T * T, T * T + T);
  l = { preds: Uint8Array.from(preds), predStart, members: Uint8Array.from(members), memberStart, transStart, transCount: at, first, final };
  lattices.set(spec, l);
  return l;
}

/** Viterbi's scratch buffers, reused across calls (tagging is synchronous). */
const vit = { predTrans: new Float64Array(0), transMax: new Float64Array(0), prev: new Float64Array(0), cur: new Float64Array(0), gather: new Float64Array(0), back: new Uint8Array(0) };

/** The best tag path under emission + transition scores, respecting the scheme's constraints. */
export function viterbi(spec: TaggerSpec, em: Float32Array, n: number): Uint8Array {
  const T = spec.tags.length;
  const { preds, predStart, members, memberStart, transStart, transCount, first, final } = lattice(spec);
  const G = predStart.length - 1;
  const trans = spec.trans;
  const path = new Uint8Array(n);
  if (n === 0) return path;
  if (vit.prev.length < T) { vit.prev = new Float64Array(T); vit.cur = new Float64Array(T); vit.gather = new Float64Array(T); }
  vit.predTrans = grow(vit.predTrans, transCount, (k) => new Float64Array(k));
  // Transition scores of each member tag in its group's predecessor order, read sequentially in the
  // inner loop (rebuilt per call: training changes them between sentences).
  const predTrans = vit.predTrans;
  if (vit.transMax.length < T) vit.transMax = new Float64Array(T);
  const transMax = vit.transMax;
  for (let g = 0; g < G; g++) {
    for (let m = memberStart[g]; m < memberStart[g + 1]; m++) {
      const t = members[m];
      let max = -Infinity;
      for (let q = predStart[g]; q < predStart[g + 1]; q++) {
        const v = trans[preds[q] * T + t];
        predTrans[transStart[m] + q - predStart[g]] = v;
        if (v > max) max = v;
      }
      transMax[m] = max;
    }
  }
  vit.back = grow(vit.back, n * T, (k) => new Uint8Array(k));
  const back = vit.back;
  const gather = vit.gather;
  let prev = vit.prev;
  let cur = vit.cur;
  for (let t = 0; t < T; t++) prev[t] = first[t] ? trans[T * T + t] + em[t] : -Infinity;
  for (let i = 1; i < n; i++) {
    const o = i * T;
    for (let g = 0; g < G; g++) {
      const p0 = predStart[g];
      const np = predStart[g + 1] - p0;
      const m0 = memberStart[g];
      const m1 = memberStart[g + 1];
      if (np === 2) {
        // BILOU's inside groups (I-X and L-X follow B-X or I-X): two sums, no gathering.
        const a = preds[p0];
        const b = preds[p0 + 1];
        const xa = prev[a];
        const xb = prev[b];
        for (let m = m0; m < m1; m++) {
          const t = members[m];
          const r = transStart[m];
          const va = xa + predTrans[r];
          const vb = xb + predTrans[r + 1];
          // Strictly greater: ties go to the lower predecessor index, as in the general scan.
          if (vb > va) { cur[t] = vb + em[o + t]; back[o + t] = b; } else { cur[t] = va + em[o + t]; back[o + t] = a; }
        }
        continue;
      }
      // Gather the predecessors' scores with the best (top, at kTop) and the best of the others.
      let top = prev[preds[p0]], kTop = 0, second = -Infinity;
      gather[0] = top;
      for (let k = 1; k < np; k++) {
        const x = prev[preds[p0 + k]];
        gather[k] = x;
        if (x > top) { second = top; top = x; kTop = k; } else if (x > second) second = x;
      }
      const pTop = preds[p0 + kTop];
      for (let m = m0; m < m1; m++) {
        const t = members[m];
        const r = transStart[m];
        const best = top + predTrans[r + kTop];
        // Exact shortcut: no other predecessor k can reach `best` when even the best other score
        // plus the largest transition into t falls short (float addition is monotonic, so
        // gather[k] + predTrans[r + k] <= second + transMax[m] < best). Usually O leads by far.
        if (second + transMax[m] < best) {
          cur[t] = best + em[o + t];
          back[o + t] = pTop;
          continue;
        }
        // Strictly greater, in ascending predecessor order: ties go to the lowest tag index.
        let b = gather[0] + predTrans[r];
        let arg = 0;
        for (let k = 1; k < np; k++) {
          const v = gather[k] + predTrans[r + k];
          if (v > b) { b = v; arg = k; }
        }
        cur[t] = b + em[o + t];
        back[o + t] = preds[p0 + arg];
      }
    }
    const tmp = prev; prev = cur; cur = tmp;
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (final[t] && prev[t] > best) { best = prev[t]; arg = t; }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}
