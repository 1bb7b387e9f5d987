/**
 * Trains the NER model shipped in models/ner/model.bin: an averaged structured perceptron
 * (Collins 2002) over BILOU tags with Viterbi decoding, hashed features (src/entities/features.ts),
 * gazetteer features and document history. Trained on CoNLL-2003 train; the epoch count is chosen
 * on CoNLL-2003 dev. Deterministic: fixed seed, fixed data order.
 *
 *   npm run train:ner [-- --epochs 20 --bits 21 --no-wikiann --no-gazetteer --out PATH]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildNameLists } from '../src/entities/build-gazetteer.js';
import { Gazetteer } from '../src/entities/gazetteer.js';
import { encodeModel, decodeModel } from '../src/entities/model.js';
import { MAX_FEATS } from '../src/entities/features.js';
import { featurize, prepareDoc, tagDoc, type PreparedSentence, type Scorer, type TaggerSpec } from '../src/entities/tagger.js';
import { spansFromTags, tagSet, tagsFromSpans, toBIO, type Scheme } from '../src/entities/tags.js';
import { conlleval } from '../src/eval/metrics/conlleval.js';
import { datasetsRoot } from '../src/eval/data.js';
import { mulberry32 } from '../src/util/random.js';

interface Options { epochs: number; bits: number; scheme: Scheme; wikiann: boolean; gazetteer: boolean; out: string; seed: number }

function options(argv: string[]): Options {
  const o: Options = { epochs: 20, bits: 21, scheme: 'BILOU', wikiann: true, gazetteer: true, out: 'models/ner/model.bin', seed: 20030601 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--epochs') o.epochs = Number(argv[++i]);
    else if (a === '--bits') o.bits = Number(argv[++i]);
    else if (a === '--scheme') o.scheme = argv[++i] === 'BIO' ? 'BIO' : 'BILOU';
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--no-wikiann') o.wikiann = false;
    else if (a === '--no-gazetteer') o.gazetteer = false;
    else throw new Error(`train-ner: unknown option ${a}`);
  }
  return o;
}

interface ConllRecord { doc_index: number; tokens: string[]; ner_tags: string[] }
interface Doc { words: string[][]; gold: string[][] }

/** CoNLL-2003 JSONL grouped into documents (doc_index), in file order. */
function readConll(path: string): Doc[] {
  const docs = new Map<number, Doc>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as ConllRecord;
    let d = docs.get(r.doc_index);
    if (!d) docs.set(r.doc_index, (d = { words: [], gold: [] }));
    d.words.push(r.tokens);
    d.gold.push(toBIO(r.ner_tags));
  }
  return [...docs.values()];
}


function denseScorer(w: Float64Array, T: number): Scorer {
  return (buckets, from, count, out, off) => {
    for (let q = from; q < from + count; q++) {
      const base = buckets[q] * T;
      for (let t = 0; t < T; t++) out[off + t] += w[base + t];
    }
  };
}

function evaluate(spec: TaggerSpec, docs: PreparedSentence[][], gold: string[][][]): ReturnType<typeof conlleval> {
  const g: string[][] = [];
  const p: string[][] = [];
  docs.forEach((d, k) => {
    const paths = tagDoc(spec, d, undefined, true);
    paths.forEach((path, s) => {
      g.push(gold[k][s]);
      p.push(toBIO(Array.from(path, (t) => spec.tags[t])));
    });
  });
  return conlleval(g, p);
}

function main(): void {
  const o = options(process.argv.slice(2));
  const root = datasetsRoot();
  const t0 = Date.now();
  const train = readConll(join(root, 'conll2003', 'train.jsonl'));
  const dev = readConll(join(root, 'conll2003', 'dev.jsonl'));
  const lists = o.gazetteer ? buildNameLists(o.wikiann ? join(root, 'wikiann_en', 'train.jsonl') : null) : null;
  const gazetteer = lists ? new Gazetteer(lists.hashes, lists.lists) : null;
  console.log(`data: ${train.length} train docs, ${dev.length} dev docs; gazetteer ${JSON.stringify(lists?.sizes ?? {})} (${Date.now() - t0} ms)`);

  const tags = tagSet(o.scheme);
  const T = tags.length;
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const prep = (docs: Doc[]): PreparedSentence[][] => docs.map((d) => prepareDoc(d.words));
  const trainPrep = prep(train);
  const devPrep = prep(dev);
  for (const d of [...trainPrep, ...devPrep]) for (const s of d) featurize(s, o.bits, gazetteer);
  const trainGold = train.map((d) => d.gold.map((g) => Uint8Array.from(tagsFromSpans(g.length, spansFromTags(g), o.scheme), (t) => tagId.get(t)!)));
  console.log(`features prepared (${Date.now() - t0} ms)`);

  const size = 2 ** o.bits * T;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // sum of c * update, for averaging (Daumé's trick)
  const trans = new Float64Array((T + 1) * T);
  const utrans = new Float64Array((T + 1) * T);
  let c = 1;
  const spec: TaggerSpec = { tags, bits: o.bits, trans, gazetteer, score: denseScorer(w, T) };
  const avg = new Float64Array(size);
  const avgTrans = new Float64Array((T + 1) * T);
  const avgSpec: TaggerSpec = { tags, bits: o.bits, trans: avgTrans, gazetteer, score: denseScorer(avg, T) };
  const best = { f1: -1, epoch: 0, w: new Float64Array(0), trans: new Float64Array(0) };
  const random = mulberry32(o.seed);
  const order = train.map((_, i) => i);

  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const d of order) {
      tagDoc(spec, trainPrep[d], (k, s, counts, path) => {
        const gold = trainGold[d][k];
        for (let i = 0; i < s.n; i++) {
          const g = gold[i];
          const p = path[i];
          const gp = i === 0 ? T : gold[i - 1];
          const pp = i === 0 ? T : path[i - 1];
          if (g !== p) {
            errors++;
            for (let q = i * MAX_FEATS; q < i * MAX_FEATS + counts[i]; q++) {
              const b = s.buckets![q] * T;
              w[b + g] += 1; u[b + g] += c;
              w[b + p] -= 1; u[b + p] -= c;
            }
          }
          if (g !== p || gp !== pp) {
            trans[gp * T + g] += 1; utrans[gp * T + g] += c;
            trans[pp * T + p] -= 1; utrans[pp * T + p] -= c;
          }
        }
        c++;
      }, true);
    }
    for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
    for (let i = 0; i < trans.length; i++) avgTrans[i] = trans[i] - utrans[i] / c;
    const score = evaluate(avgSpec, devPrep, dev.map((d) => d.gold));
    console.log(`epoch ${epoch}: ${errors} train token errors; dev F1 ${score.overall.f1.toFixed(2)} (${Date.now() - t0} ms)`);
    if (score.overall.f1 > best.f1) {
      best.f1 = score.overall.f1;
      best.epoch = epoch;
      best.w = avg.slice();
      best.trans = avgTrans.slice();
    }
  }
  console.log(`best dev F1 ${best.f1.toFixed(2)} at epoch ${best.epoch}`);

  const file = encodeModel({
    tags, bits: o.bits, weights: best.w, trans: best.trans,
    gazHashes: lists?.hashes ?? new Uint32Array(0), gazLists: lists?.lists ?? new Uint16Array(0),
    trainedOn: `CoNLL-2003 English train (14,041 sentences), ${best.epoch} epochs chosen on dev; gazetteer: ${o.gazetteer ? 'world-countries, GeoNames cities500' + (o.wikiann ? ', WikiANN en train names' : '') : 'none'}`,
  });
  writeFileSync(resolve(o.out), file);
  // Check the shipped (quantised) form scores as the float model did.
  const shipped = decodeModel(file);
  const q = evaluate(shipped, devPrep, dev.map((d) => d.gold));
  console.log(`wrote ${o.out}: ${(file.length / 1e6).toFixed(2)} MB; quantised dev F1 ${q.overall.f1.toFixed(2)} (${Date.now() - t0} ms)`);
}

main();
