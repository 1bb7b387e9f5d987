/**
 * Trains the stitched-body detector shipped in models/integrity/coherence.json.
 *
 *   node --import tsx scripts/integrity-train-coherence.ts
 *
 * Data: the fit split of src/integrity/corpus.ts only (the benchmark uses the held-out fifth).
 * Negatives: real articles, whole and cut to their first 5-12 sentences; positives: as many
 * stitched bodies (src/integrity/synth.ts, seed 11), whose block joins label the boundaries.
 * 1. Boundary model: every boundary of every text, positive where a new block starts.
 * 2. Document model: over the boundary probabilities (out-of-fold, five folds by text) and the
 *    time anchors. The threshold is the lowest that calls at most 4% of whole real articles
 *    stitched in out-of-fold predictions.
 */
import { writeFileSync } from 'node:fs';
import { loadNews } from '../src/integrity/corpus.js';
import { segment } from '../src/segment/index.js';
import { coherenceFeatures, BOUNDARY_FEATURES, DOC_FEATURES, type CohSentence } from '../src/integrity/coherence-features.js';
import { docSentences, docVector, expandBoundary, type CoherenceModelFile } from '../src/integrity/coherence.js';
import { loadStanceModel } from '../src/integrity/stance.js';
import { makeStitched } from '../src/integrity/synth.js';
import { predictProba, train, type Example, type LinearModel } from '../src/integrity/linear.js';
import { mulberry32 } from '../src/util/random.js';

const MAX_FALSE_ALARMS = 0.04;
const idf = loadStanceModel().idf;
const fit = loadNews().filter((a) => a.natural && !a.heldOut);
const rand = mulberry32(5);

interface Item { sents: CohSentence[]; joins: Set<number>; y: number; whole: boolean; a: ReturnType<typeof coherenceFeatures> }
const items: Item[] = [];
const add = (sents: CohSentence[], joins: number[], whole: boolean): void => {
  items.push({ sents, joins: new Set(joins), y: joins.length ? 1 : 0, whole, a: coherenceFeatures(sents, idf) });
};
for (const a of fit) {
  const sents = docSentences(segment(a.text));
  if (sents.length < 3) continue;
  add(sents, [], true);
  const cut = 5 + Math.floor(rand() * 8);
  if (sents.length > cut) add(sents.slice(0, cut), [], false);
}
const negatives = items.length;
for (const s of makeStitched(fit, negatives, 11)) {
  let pos = 0;
  add(s.sentences.map((text) => { const c = { text, start: pos }; pos += text.length + 1; return c; }), s.joins, false);
}
console.error(`${negatives} real, ${items.length - negatives} stitched`);

const bOpts = { l2: 1, epochs: 10, seed: 3 };
const dOpts = { l2: 1, epochs: 30, seed: 4 };
const boundaryExamples = (its: Item[]): Example[] =>
  its.flatMap((it) => it.a.boundaries.map((x, i) => ({ x: expandBoundary(x), y: it.joins.has(i + 1) ? 1 : 0 })));
const docX = (m: LinearModel, it: Item): number[] => docVector(it.a.boundaries.map((x) => predictProba(m, expandBoundary(x))[1]), it.a, it.sents.length);

// Out-of-fold boundary probabilities feed the document model, as they will at run time.
const oofDocX = new Array<number[]>(items.length);
for (let f = 0; f < 5; f++) {
  const m = train(boundaryExamples(items.filter((_, i) => i % 5 !== f)), ['inside', 'join'], bOpts);
  items.forEach((it, i) => { if (i % 5 === f) oofDocX[i] = docX(m, it); });
}
const oofP = new Array<number>(items.length);
for (let f = 0; f < 5; f++) {
  const m = train(items.map((it, i) => ({ x: oofDocX[i], y: it.y })).filter((_, i) => i % 5 !== f), ['coherent', 'stitched'], dOpts);
  items.forEach((_, i) => { if (i % 5 === f) oofP[i] = predictProba(m, oofDocX[i])[1]; });
}
const realWhole = items.map((it, i) => ({ it, p: oofP[i] })).filter((r) => r.it.whole).map((r) => r.p).sort((a, b) => b - a);
const threshold = realWhole[Math.floor(realWhole.length * MAX_FALSE_ALARMS)] + 1e-6;
let tp = 0, fp = 0, fn = 0;
items.forEach((it, i) => {
  const pred = oofP[i] >= threshold;
  if (pred && it.y) tp++; else if (pred && !it.y) fp++; else if (!pred && it.y) fn++;
});
console.log(JSON.stringify({ threshold: +threshold.toFixed(4), oofStitchedF1: +((2 * tp) / (2 * tp + fp + fn)).toFixed(4),
  oofRecall: +(tp / (tp + fn)).toFixed(4), falseAlarmsWhole: +(realWhole.filter((p) => p >= threshold).length / realWhole.length).toFixed(4) }));

const boundary = train(boundaryExamples(items), ['inside', 'join'], bOpts);
const doc = train(items.map((it, i) => ({ x: oofDocX[i], y: it.y })), ['coherent', 'stitched'], dOpts);
const round = (v: number): number => +v.toPrecision(5);
const compact = (m: LinearModel): LinearModel => ({ ...m, mean: m.mean.map(round), std: m.std.map(round), dense: m.dense.map((w) => w.map(round)) });
const file: CoherenceModelFile = {
  format: 'sitrep/coherence@2',
  boundaryFeatures: [...BOUNDARY_FEATURES],
  docFeatures: ['bias', 'max_boundary', 'second_boundary', 'third_boundary', 'strong_boundary_rate', 'strong_boundaries',
    'very_strong_boundaries', 'mean_boundary', 'n_sent', ...DOC_FEATURES],
  boundary: compact(boundary),
  doc: compact(doc),
  threshold: round(threshold),
};
writeFileSync(new URL('../models/integrity/coherence.json', import.meta.url), JSON.stringify(file, null, 1));
console.error('wrote models/integrity/coherence.json');
