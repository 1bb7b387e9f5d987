/**
 * @module integrity/linear
 * A multinomial logistic regression (softmax) over standardised dense features plus optional
 * hashed sparse indicator features, trained with L2-regularised AdaGrad. Used by the stance model;
 * the trainer lives here so the training script and the tests share one implementation.
 */
import { mulberry32 } from '../util/random.js';


export interface LinearModel {
  classes: string[];
  mean: number[];
  std: number[];
  /** dense[k][j]: weight of standardised feature j for class k. */
  dense: number[][];
  /** Hashed sparse weights, sparse[k][h], or empty when unused. */
  sparse: number[][];
  sparseBits: number;
}

export interface Example {
  x: number[];
  /** Active hashed indicator features (value 1). */
  h?: number[];
  y: number;
  weight?: number;
}

export interface TrainOptions {
  l2: number;
  /** L2 on the sparse weights (usually stronger: they are many and noisy). */
  l2Sparse?: number;
  epochs: number;
  rate?: number;
  sparseBits?: number;
  seed?: number;
}

export function softmax(z: number[]): number[] {
  // Plain loops, the same operations in the same order as max/map/reduce/map.
  let m = -Infinity;
  for (const v of z) m = Math.max(m, v);
  const e = new Array<number>(z.length);
  let s = 0;
  for (let k = 0; k < z.length; k++) { e[k] = Math.exp(z[k] - m); s += e[k]; }
  for (let k = 0; k < z.length; k++) e[k] /= s;
  return e;
}

/**
 * Weights with the standardisation folded in (w/std, and the mean's share moved into a constant),
 * computed once per model: prediction is then one dot product per class.
 */
const folded = new WeakMap<LinearModel, Folded>();

interface Folded {
  w: Float64Array[];
  c: number[];
  /** Sparse weights interleaved by hash (s[h * K + k]): one cache line per active hash, not K. */
  s: Float64Array | null;
}

export function foldedWeights(model: LinearModel): Folded {
  let f = folded.get(model);
  if (!f) {
    const w = model.dense.map((wk) => Float64Array.from(wk, (v, j) => (model.std[j] ? v / model.std[j] : v)));
    const c = model.dense.map((wk) => wk.reduce((a, v, j) => a - (model.std[j] ? (v * model.mean[j]) / model.std[j] : 0), 0));
    const K = model.sparse.length;
    let s: Float64Array | null = null;
    if (K && model.sparse.every((sw) => sw.length === model.sparse[0].length)) {
      s = new Float64Array(K * model.sparse[0].length);
      model.sparse.forEach((sw, k) => { for (let i = 0; i < sw.length; i++) s![i * K + k] = sw[i]; });
    }
    f = { w, c, s };
    folded.set(model, f);
  }
  return f;
}

/** Class probabilities for one example. */
export function predictProba(model: LinearModel, x: number[], h: number[] = []): number[] {
  const f = foldedWeights(model);
  // A model file older than its feature code is a build bug, not bad input: say so loudly.
  if (f.w.length && x.length !== f.w[0].length) throw new Error(`linear model expects ${f.w[0].length} features, got ${x.length}: retrain it`);
  const z = new Array<number>(f.w.length);
  for (let k = 0; k < z.length; k++) {
    const w = f.w[k];
    let s = f.c[k];
    for (let j = 0; j < x.length; j++) s += w[j] * x[j];
    z[k] = s;
  }
  // Each class's sparse weights are added in the order of h, as one class at a time would.
  const K = z.length;
  if (f.s && K === model.sparse.length) {
    const sp = f.s;
    for (const i of h) for (let k = 0; k < K; k++) z[k] += sp[i * K + k];
  } else {
    for (let k = 0; k < K; k++) { const sw = model.sparse[k]; if (sw) for (const i of h) z[k] += sw[i]; }
  }
  return softmax(z);
}

/** predictProba during training, where the weights change after every example. */
function trainingProba(model: LinearModel, xs: number[], h: number[] = []): number[] {
  const z = model.dense.map((w, k) => {
    let s = 0;
    for (let j = 0; j < xs.length; j++) s += w[j] * xs[j];
    const sw = model.sparse[k];
    if (sw) for (const i of h) s += sw[i];
    return s;
  });
  return softmax(z);
}

function standard(model: LinearModel, x: number[], j: number): number {
  return model.std[j] ? (x[j] - model.mean[j]) / model.std[j] : x[j];
}

/** Trains a softmax model; the bias feature (constant 1) is left unstandardised (std 0). */
export function train(examples: Example[], classes: string[], opts: TrainOptions): LinearModel {
  const d = examples[0]?.x.length ?? 0;
  const K = classes.length;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const e of examples) for (let j = 0; j < d; j++) mean[j] += e.x[j] / examples.length;
  for (const e of examples) for (let j = 0; j < d; j++) std[j] += (e.x[j] - mean[j]) ** 2 / examples.length;
  for (let j = 0; j < d; j++) {
    std[j] = Math.sqrt(std[j]);
    if (std[j] < 1e-9) {
      std[j] = 0;
      mean[j] = 0;
    }
  }
  const bits = opts.sparseBits ?? 0;
  const model: LinearModel = {
    classes,
    mean,
    std,
    dense: Array.from({ length: K }, () => new Array<number>(d).fill(0)),
    sparse: bits ? Array.from({ length: K }, () => new Array<number>(1 << bits).fill(0)) : [],
    sparseBits: bits,
  };
  const gDense = Array.from({ length: K }, () => new Array<number>(d).fill(1e-8));
  const gSparse = bits ? Array.from({ length: K }, () => new Array<number>(1 << bits).fill(1e-8)) : [];
  const rate = opts.rate ?? 0.1;
  const l2s = opts.l2Sparse ?? opts.l2;
  const rand = mulberry32(opts.seed ?? 1);
  const order = examples.map((_, i) => i);
  const n = examples.length;
  // Averaged weights over the second half of the epochs (Polyak averaging): steadier than the
  // last iterate, which AdaGrad leaves at the mercy of the final examples' order.
  const avgDense = model.dense.map((w) => w.map(() => 0));
  const avgSparse = model.sparse.map((w) => w.map(() => 0));
  let averaged = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const e = examples[idx];
      const xs = e.x.map((_, j) => standard(model, e.x, j));
      const p = trainingProba(model, xs, e.h);
      const w = e.weight ?? 1;
      for (let k = 0; k < K; k++) {
        const err = w * (p[k] - (k === e.y ? 1 : 0));
        const wk = model.dense[k];
        for (let j = 0; j < d; j++) {
          const g = err * xs[j] + (opts.l2 * wk[j]) / n;
          gDense[k][j] += g * g;
          wk[j] -= (rate * g) / Math.sqrt(gDense[k][j]);
        }
        if (bits && e.h) {
          const sk = model.sparse[k];
          for (const hi of e.h) {
            const g = err + (l2s * sk[hi]) / n;
            gSparse[k][hi] += g * g;
            sk[hi] -= (rate * g) / Math.sqrt(gSparse[k][hi]);
          }
        }
      }
    }
    if (epoch >= Math.floor(opts.epochs / 2)) {
      averaged++;
      model.dense.forEach((w, k) => w.forEach((v, j) => { avgDense[k][j] += v; }));
      model.sparse.forEach((w, k) => w.forEach((v, j) => { if (v) avgSparse[k][j] += v; }));
    }
  }
  if (averaged) {
    model.dense = avgDense.map((w) => w.map((v) => v / averaged));
    model.sparse = avgSparse.map((w) => w.map((v) => v / averaged));
  }
  return model;
}
