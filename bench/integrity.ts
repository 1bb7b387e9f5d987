/**
 * @module bench/integrity
 * The integrity stage's own cost: wall milliseconds per article through `checkIntegrity` (headline
 * stance, coherence, spin), models loaded beforehand, two ways: alone, over already segmented
 * documents (median of at least five passes over the texts), and inside the pipeline, where each
 * article first runs the earlier stages (entities, actors, times, places, events) and integrity is
 * timed right after them, as in `analyze` (median of three rounds): the earlier stages' heap and
 * cache traffic make the same code slower there, and that is the figure the budget is about.
 * Each text's first sentence serves as its headline so the stance model always runs. Called by
 * `npm run bench`; runnable alone after `npm run build`: `node --import tsx bench/integrity.ts FILE.txt…` (one article
 * per file; without files, the held-out FA-KES and FNC-1 bodies from ../shared/datasets).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../src/document/types.js';
import type { segment as Segment } from '../src/segment/index.js';
import type { recognizeEntities as Recognize } from '../src/entities/index.js';
import type { canonicalizeEntities as Canonicalize } from '../src/actors/index.js';
import type { findTimes as FindTimes } from '../src/time/index.js';
import type { findPlaces as FindPlaces } from '../src/places/index.js';
import type { extractEvents as ExtractEvents } from '../src/events/index.js';
import type { checkIntegrity as CheckIntegrity } from '../src/integrity/index.js';
import { compiledModule } from './engine.js';
import { loadNews } from '../src/integrity/corpus.js';

// The compiled stages, as `npx sitrep` runs them (see bench/engine.ts for why not the sources).
const { segment } = await compiledModule<{ segment: typeof Segment }>('segment/index');
const { recognizeEntities } = await compiledModule<{ recognizeEntities: typeof Recognize }>('entities/index');
const { canonicalizeEntities } = await compiledModule<{ canonicalizeEntities: typeof Canonicalize }>('actors/index');
const { findTimes } = await compiledModule<{ findTimes: typeof FindTimes }>('time/index');
const { findPlaces } = await compiledModule<{ findPlaces: typeof FindPlaces }>('places/index');
const { extractEvents } = await compiledModule<{ extractEvents: typeof ExtractEvents }>('events/index');
const { checkIntegrity } = await compiledModule<{ checkIntegrity: typeof CheckIntegrity }>('integrity/index');

export interface IntegrityBench {
  /** Alone, over segmented documents. */
  msPerArticle: number;
  /** Right after the earlier stages, article by article. */
  msInPipeline: number;
  /** Mean article length in characters, to say what "typical" meant. */
  charsPerArticle: number;
  /** What the layer adds to the whole analysis of a typical article (see `added`). */
  msAdded: number;
  /** How many texts `msAdded` ran on, and their mean length. */
  addedArticles: number;
  addedChars: number;
}

/** The earlier stages, then (when `integ`) integrity, as the pipeline runs them. */
function analyzeDoc(t: string, integ: boolean): Doc {
  let doc = headed(t);
  doc = { ...doc, entities: canonicalizeEntities(doc, recognizeEntities(doc)) };
  doc = { ...doc, times: findTimes(doc) };
  doc = { ...doc, places: findPlaces(doc) };
  doc = { ...doc, events: extractEvents(doc) };
  return integ ? { ...doc, integrity: checkIntegrity(doc) } : doc;
}

/**
 * What the budget is about, "adds under 1 ms per typical article": the whole analysis with
 * and without the integrity layer, alternating passes over the same texts, the median of the
 * per-round differences. This charges the layer with the garbage it leaves for later collections,
 * which a timer around checkIntegrity alone attributes to whichever stage a collection lands in.
 * Typical is the 1,600 characters: texts of 1,400-1,800 characters when there are 20 such,
 * else all. Single rounds vary widely on a shared machine (from 0 to 2 ms here); the median is the figure.
 */
function added(texts: string[], rounds: number): { ms: number; n: number; chars: number } {
  const typical = texts.filter((t) => t.length >= 1400 && t.length <= 1800);
  const use = typical.length >= 20 ? typical : texts;
  for (let w = 0; w < 2; w++) for (const t of use) { analyzeDoc(t, false); analyzeDoc(t, true); }
  const pass = (integ: boolean): number => {
    const c0 = nowMs();
    for (const t of use) analyzeDoc(t, integ);
    return (nowMs() - c0) / Math.max(1, use.length);
  };
  const diffs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) { const w = pass(true); diffs.push(w - pass(false)); } else { const wo = pass(false); diffs.push(pass(true) - wo); }
  }
  diffs.sort((a, b) => a - b);
  return { ms: diffs[Math.floor(diffs.length / 2)], n: use.length, chars: use.reduce((n, t) => n + t.length, 0) / Math.max(1, use.length) };
}

/** A text segmented, its first sentence as headline. */
function headed(t: string): Doc {
  const d = segment(t);
  const first = d.sentences[0];
  return { ...d, meta: { title: first ? t.slice(first.start, first.end) : '' } };
}

// Wall clock, not process.cpuUsage(): the latter counts every thread of the process, and V8's
// background threads (concurrent garbage collection and compilation) doubled it here, although
// with those threads off (node --single-threaded) the stage's CPU equals its wall time and the wall
// time does not grow (2026-11-25). The figure is the stage's own cost on its thread.
const nowMs = (): number => performance.now();

/** Median over rounds of the wall time per article of checkIntegrity run right after the earlier stages. */
function inPipeline(texts: string[], rounds: number): number {
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ms = 0;
    for (const t of texts) {
      const doc = analyzeDoc(t, false);
      const c0 = nowMs();
      checkIntegrity(doc);
      ms += nowMs() - c0;
    }
    perRound.push(ms / Math.max(1, texts.length));
  }
  perRound.sort((a, b) => a - b);
  return perRound[Math.floor(perRound.length / 2)];
}

export async function benchIntegrity(texts: string[]): Promise<IntegrityBench> {
  const docs = texts.map(headed);
  for (const d of docs) checkIntegrity(d);
  // Wall time per pass over the texts, for at least ~1 s and 5 passes; the median
  // pass is reported, so one pass slowed by other processes on a shared machine does not decide.
  const passes: number[] = [];
  const t0 = performance.now();
  while (passes.length < 5 || performance.now() - t0 < 1000) {
    const c0 = nowMs();
    for (const d of docs) checkIntegrity(d);
    passes.push((nowMs() - c0) / Math.max(1, docs.length));
  }
  passes.sort((a, b) => a - b);
  const add = added(texts, 10);
  return {
    msPerArticle: passes[Math.floor(passes.length / 2)],
    msInPipeline: inPipeline(texts, 3),
    charsPerArticle: texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length),
    msAdded: add.ms,
    addedArticles: add.n,
    addedChars: add.chars,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const texts = files.length
    ? files.map((f) => readFileSync(f, 'utf8'))
    : loadNews().filter((a) => a.heldOut && (a.source === 'fa-kes' || a.source === 'fnc1-test')).map((a) => a.text);
  if (!texts.length) {
    console.error('bench/integrity: no texts (pass article files, or provide ../shared/datasets)');
    process.exit(2);
  }
  const r = await benchIntegrity(texts);
  console.log(`integrity: ${texts.length} articles of ${r.charsPerArticle.toFixed(0)} chars, ${r.msPerArticle.toFixed(3)} ms/article alone, ${r.msInPipeline.toFixed(3)} ms/article in the pipeline (wall, median); adds ${r.msAdded.toFixed(3)} ms to the whole analysis of ${r.addedArticles} articles of ${r.addedChars.toFixed(0)} chars (median of 10 alternating rounds)`);
}
