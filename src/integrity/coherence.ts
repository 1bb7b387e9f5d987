/**
 * @module integrity/coherence
 * Coherent or stitched. Two logistic models over coherence-features.ts: one scores each sentence
 * boundary (is a new source's block starting here?), the other decides on the document from its
 * strongest boundaries and its time anchors. Trained by scripts/integrity-train-coherence.ts on
 * stitched bodies and real articles of the fit split (models/integrity/coherence.json); the
 * threshold keeps real articles from being called stitched (rates in models/integrity/README.md).
 */
import { readFileSync } from 'node:fs';
import type { CoherenceCheck, Doc } from '../document/types.js';
import { foldedWeights, predictProba, type LinearModel } from './linear.js';
import { coherenceFeatures, type CohSentence, type CoherenceAnalysis, type CoherenceLayers } from './coherence-features.js';
import { loadStanceModel } from './stance.js';
import type { SentenceWords } from './prepare.js';

export interface CoherenceModelFile {
  format: 'sitrep/coherence@2';
  boundaryFeatures: string[];
  docFeatures: string[];
  boundary: LinearModel;
  doc: LinearModel;
  threshold: number;
}

let cached: CoherenceModelFile | null = null;

function loadCoherenceModel(): CoherenceModelFile {
  cached ??= JSON.parse(readFileSync(new URL('../../models/integrity/coherence.json', import.meta.url), 'utf8')) as CoherenceModelFile;
  return cached;
}

/** Below three sentences there is no "before and after" to compare: no verdict. */
export const MIN_SENTENCES = 3;

/** The sentences of a Doc as coherence input (headline-like lines excluded). */
export function docSentences(doc: Doc): CohSentence[] {
  return doc.sentences.filter((s) => !s.headline).map((s) => ({ text: doc.text.slice(s.start, s.end), start: s.start }));
}

/**
 * The boundary model sees every feature and every pairwise product of features (a quadratic
 * expansion: a low similarity matters most together with new names and no continuing names).
 */
export function expandBoundary(x: number[]): number[] {
  const out = [...x];
  for (let i = 1; i < x.length; i++) for (let j = i; j < x.length; j++) out.push(x[i] * x[j]);
  return out;
}

/** Class-1 minus class-0 folded weights of a two-class model, per model (cached). */
const margins = new WeakMap<LinearModel, { w: Float64Array; c: number }>();
/** Indexes of a boundary's non-zero features (reused: one boundary at a time). */
let nonZero = new Int32Array(64);

/**
 * P(join) for one boundary without materialising the quadratic expansion: the same sum as
 * predictProba(model, expandBoundary(x)) (a test checks it), in one pass and no allocation.
 */
export function boundaryProbability(model: LinearModel, x: number[]): number {
  let m = margins.get(model);
  if (!m) {
    const f = foldedWeights(model);
    m = { w: f.w[1].map((v, j) => v - f.w[0][j]), c: f.c[1] - f.c[0] };
    margins.set(model, m);
  }
  const d = x.length;
  const w = m.w;
  if (w.length !== d + (d * (d - 1)) / 2) throw new Error(`boundary model expects ${w.length} expanded features, got ${d + (d * (d - 1)) / 2}: retrain it`);
  // Most features are indicators or zero in a given boundary. A zero feature adds only zeros to z
  // (weights and features are finite, and z + ±0 is z up to the sign of a zero z, which exp
  // ignores), so the terms are summed over the non-zero features only, in the same order as the
  // full expansion: the same z to the last bit.
  if (nonZero.length < d) nonZero = new Int32Array(d);
  const nz = nonZero;
  let n = 0;
  let z = m.c;
  for (let j = 0; j < d; j++) {
    const xj = x[j];
    if (xj === 0) continue;
    z += w[j] * xj;
    nz[n++] = j;
  }
  // Row i of the expansion (the products x[i] x[j], j ≥ i ≥ 1) starts at d + (i - 1) d - (i - 1) i / 2.
  for (let a = 0; a < n; a++) {
    const i = nz[a];
    if (i === 0) continue;
    const xi = x[i];
    const row = d + (i - 1) * d - ((i - 1) * i) / 2 - i;
    for (let b = a; b < n; b++) { const j = nz[b]; z += w[row + j] * xi * x[j]; }
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * Document features from boundary probabilities: the strongest three (a body stitched from k
 * reports has k − 1 joins, a real article rarely more than one abrupt turn), how many are strong,
 * their mean, and the length.
 */
export function docVector(boundaryP: number[], a: CoherenceAnalysis, nSent: number): number[] {
  // The three largest (what a descending sort would put first), the counts above 0.5 and 0.8 and
  // the sum (left to right, as reduce adds), in one pass without copying.
  let p0 = -Infinity, p1 = -Infinity, p2 = -Infinity;
  let strong5 = 0;
  let strong8 = 0;
  let sum = 0;
  for (const p of boundaryP) {
    if (p > p0) { p2 = p1; p1 = p0; p0 = p; } else if (p > p1) { p2 = p1; p1 = p; } else if (p > p2) p2 = p;
    if (p > 0.5) strong5++;
    if (p > 0.8) strong8++;
    sum += p;
  }
  const n = boundaryP.length;
  const mean = n ? sum / n : 0;
  return [1, n > 0 ? p0 : 0, n > 1 ? p1 : 0, n > 2 ? p2 : 0, strong5 / Math.max(1, nSent), Math.min(4, strong5),
    Math.min(4, strong8), mean, Math.log1p(nSent), ...a.doc];
}

export interface StitchScore {
  p: number;
  boundaryP: number[];
  analysis: CoherenceAnalysis;
}

/** Probability that the sentences were stitched from several reports, with the analysis behind it. */
export function stitchScore(sents: CohSentence[], layers: CoherenceLayers = {}, model: CoherenceModelFile = loadCoherenceModel(), pre?: SentenceWords, pick?: readonly number[]): StitchScore {
  const analysis = coherenceFeatures(sents, loadStanceModel().idf, layers, pre, pick);
  const boundaryP = analysis.boundaries.map((x) => boundaryProbability(model.boundary, x));
  return { p: predictProba(model.doc, docVector(boundaryP, analysis, sents.length))[1], boundaryP, analysis };
}

/** `pre`, when given, holds the words and stems of every doc.sentences entry (shared with the stance check). */
export function checkCoherence(doc: Doc, pre?: SentenceWords): CoherenceCheck | null {
  const sents = docSentences(doc);
  if (sents.length < MIN_SENTENCES) return null;
  const model = loadCoherenceModel();
  const pick: number[] = [];
  doc.sentences.forEach((s, i) => { if (!s.headline) pick.push(i); });
  const { p, boundaryP, analysis } = stitchScore(sents, { times: doc.times ?? [], entities: doc.entities ?? [] }, model, pre, pick);
  const stitched = p >= model.threshold;
  const evidence = [...analysis.evidence];
  if (stitched) {
    // Name the boundaries the model found most abrupt (as indexes into doc.sentences).
    const strong = boundaryP.map((q, i) => ({ q, at: i + 1 })).filter((b) => b.q > 0.5).sort((x, y) => y.q - x.q).slice(0, 3);
    for (const b of strong) {
      const index = doc.sentences.findIndex((x) => x.start === sents[b.at].start);
      evidence.push(`break before sentence ${index} (p ${b.q.toFixed(2)})`);
    }
  }
  return { verdict: stitched ? 'stitched' : 'coherent', dates: analysis.dates, orphans: analysis.orphans, evidence };
}
