/**
 * Trains the FNC-1 stance model shipped in models/integrity/stance.json.
 *
 *   node --import tsx scripts/integrity-train-stance.ts [--data ../shared/datasets/fnc1] [--cv-only]
 *
 * 1. IDF from unlabelled_train_bodies.jsonl (bodies never paired here), hashed into 2^16 buckets.
 * 2. Features of every labelled pair (src/integrity/stance-features.ts).
 * 3. Five-fold cross-validation split by body, printing the FNC-1 weighted score, macro-F1,
 *    per-class F1 and the confusion matrix (env L2, L2S, EPOCHS, W_DISAGREE, W_AGREE to explore).
 * 4. Unless --cv-only, refits on every pair and writes the model.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, datasetsRoot } from '../src/eval/data.js';
import { hashedIdf, FEATURE_NAMES } from '../src/integrity/stance-features.js';
import { IDF_BITS, IDF_SCALE, type StanceModelFile } from '../src/integrity/stance.js';
import { buildIdfTable, crossValidate, DEFAULT_PARAMS, featurize, fit, type Body, type Pair } from '../src/integrity/stance-train.js';
import type { LinearModel } from '../src/integrity/linear.js';

const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : join(datasetsRoot(), 'fnc1');
const env = (k: string, d: number): number => (process.env[k] ? Number(process.env[k]) : d);
const params = {
  l2: env('L2', DEFAULT_PARAMS.l2),
  l2Sparse: env('L2S', DEFAULT_PARAMS.l2Sparse),
  epochs: env('EPOCHS', DEFAULT_PARAMS.epochs),
  wDisagree: env('W_DISAGREE', DEFAULT_PARAMS.wDisagree),
  wAgree: env('W_AGREE', DEFAULT_PARAMS.wAgree),
};

const t0 = Date.now();
const idfTable = buildIdfTable(readJsonl<Body>(join(dataDir, 'unlabelled_train_bodies.jsonl')).map((b) => b.body));
const rows = featurize(readJsonl<Pair>(join(dataDir, 'pairs.jsonl')), readJsonl<Body>(join(dataDir, 'bodies.jsonl')),
  hashedIdf(idfTable, IDF_BITS, IDF_SCALE));
console.error(`features for ${rows.length} pairs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const s = crossValidate(rows, params);
const r4 = (v: number): number => +v.toFixed(4);
console.log(JSON.stringify({ cv: 'five folds by body', pairs: s.pairs, score: +s.score.toFixed(2), macroF1: r4(s.macroF1),
  perClassF1: Object.fromEntries(Object.entries(s.perClassF1).map(([k, v]) => [k, r4(v)])), confusion: s.confusion, params }));

if (!args.includes('--cv-only')) {
  const m = fit(rows, params);
  const round = (v: number): number => +v.toPrecision(4);
  const compact = (l: LinearModel): LinearModel => ({ ...l, mean: l.mean.map(round), std: l.std.map(round),
    dense: l.dense.map((w) => w.map(round)), sparse: l.sparse.map((w) => w.map(round)) });
  const file: StanceModelFile = {
    format: 'sitrep/stance@1',
    features: [...FEATURE_NAMES],
    idf: { bits: IDF_BITS, scale: IDF_SCALE, table: Buffer.from(idfTable).toString('base64') },
    related: compact(m.related),
    stance: compact(m.stance),
    cv: { score: +s.score.toFixed(2), macroF1: r4(s.macroF1) },
  };
  const out = new URL('../models/integrity/stance.json', import.meta.url);
  writeFileSync(out, JSON.stringify(file));
  console.error(`wrote ${out.pathname}`);
}
