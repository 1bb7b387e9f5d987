/**
 * @module bench/ab
 * `node --import tsx bench/ab.ts STAGE DIST_A DIST_B [rounds] [--cpu]`: one stage (or the whole `analyze`)
 * of two compiled builds timed side by side on the same frozen inputs, and whether their outputs
 * are identical. For speed work: build the baseline and the change into two folders at the repo
 * root (`npx tsc -p tsconfig.build.json --outDir .dist-base`, then `--outDir .dist-new` after the
 * change) and compare. The two run back to back on each article, in one process, so load from
 * other jobs on the machine hits both alike: the median of per-round ratios is the figure to use,
 * not either build's absolute rate (the integrity and NER helpers' harness, session 4).
 *
 * STAGE is one of segment, ner, actors, time, places, events, integrity, analyze. The layers a
 * stage reads are computed once with build A and handed to both, on Docs segmented afresh for each
 * pass. Caches that stages keep across articles by word (NER word pairs, place candidates, the
 * integrity word table) are hit by the repeated rounds, for both builds alike; so are their orders:
 * an identical copy read 1.09 for places in one order, so run a comparison both ways round.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Doc } from '../src/document/types.js';
import type { ArticleInput } from '../src/input/article.js';
import { loadBenchCorpus } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAGES = ['segment', 'ner', 'actors', 'time', 'places', 'events', 'integrity', 'analyze'] as const;
type Stage = (typeof STAGES)[number];

const [stageArg, distA, distB, roundsArg] = process.argv.slice(2).filter((x) => !x.startsWith('--'));
if (!STAGES.includes(stageArg as Stage) || !distA || !distB) {
  console.error(`usage: node --import tsx bench/ab.ts ${STAGES.join('|')} DIST_A DIST_B [rounds] [--cpu]`);
  process.exit(2);
}
const stage = stageArg as Stage;
const rounds = Number(roundsArg ?? 15);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fn = (...a: any[]) => any;
interface Build { name: string; fns: Record<Stage, Fn>; analyzeDoc: Fn }

async function load(dist: string): Promise<Build> {
  const dir = join(ROOT, dist);
  if (!existsSync(join(dir, 'analyze.js'))) throw new Error(`bench/ab: ${dir}/analyze.js is missing; build it with npx tsc -p tsconfig.build.json --outDir ${dist}`);
  const m = async (rel: string): Promise<Record<string, Fn>> => (await import(join(dir, `${rel}.js`))) as Record<string, Fn>;
  const [seg, ner, act, time, places, events, integ, an] = await Promise.all(
    ['segment/index', 'entities/index', 'actors/index', 'time/index', 'places/index', 'events/index', 'integrity/index', 'analyze'].map(m),
  );
  return {
    name: dist,
    analyzeDoc: an.analyzeDoc,
    fns: {
      segment: (a: ArticleInput) => seg.segment(a.text, { title: a.title, published: a.published }),
      ner: (d: Doc) => ner.recognizeEntities(d),
      actors: (d: Doc & { raw: unknown }) => act.canonicalizeEntities(d, d.raw as never),
      time: (d: Doc) => time.findTimes(d),
      places: (d: Doc) => places.findPlaces(d),
      events: (d: Doc) => events.extractEvents(d),
      integrity: (d: Doc) => integ.checkIntegrity(d),
      analyze: (a: ArticleInput) => an.analyze(a),
    },
  };
}

const corpus = loadBenchCorpus();
const A = await load(distA);
const B = await load(distB);

// The stage's inputs, built once with A: articles for segment and analyze, else the layers before
// the stage (actors also gets the recogniser's raw entities).
const layers: Partial<Doc & { raw: unknown }>[] = corpus.articles.map((a) => {
  if (stage === 'segment' || stage === 'analyze') return {};
  const full = A.analyzeDoc(a) as Doc;
  const before: Record<Stage, Partial<Doc & { raw: unknown }>> = {
    segment: {}, analyze: {},
    ner: {},
    actors: { raw: A.fns.ner(A.fns.segment(a)) },
    time: { entities: full.entities },
    places: { entities: full.entities, times: full.times },
    events: { entities: full.entities, times: full.times, places: full.places },
    integrity: { entities: full.entities, times: full.times, places: full.places, events: full.events },
  };
  return before[stage];
});
const inputCount = corpus.articles.length;

/**
 * The inputs of one pass. A stage's Docs are segmented afresh for every pass (untimed): stages
 * cache per token list (actors' scan keeps its hits in a WeakMap keyed on doc.tokens), and Docs
 * reused across rounds would time those caches' hits instead of the work a new article costs.
 */
function passInputs(): unknown[] {
  if (stage === 'segment' || stage === 'analyze') return corpus.articles;
  return corpus.articles.map((a, i) => ({ ...(A.fns.segment(a) as Doc), ...layers[i] }));
}

function pass(b: Build): { ms: number; out: unknown[] } {
  const f = b.fns[stage];
  const inputs = passInputs();
  const out: unknown[] = new Array(inputs.length);
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) out[i] = f(inputs[i]);
  return { ms: performance.now() - t0, out };
}

// Warm both (three passes each: the optimising compiler needs a few hundred calls), and compare.
let outA: unknown[] = [];
let outB: unknown[] = [];
for (let r = 0; r < 3; r++) { outA = pass(A).out; outB = pass(B).out; }
let differ = 0;
let firstDiff = -1;
for (let i = 0; i < inputCount; i++) {
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(outA[i])), JSON.parse(JSON.stringify(outB[i])))) {
    differ++;
    if (firstDiff < 0) firstDiff = i;
  }
}

// Article by article, A and B back to back, the order flipped per article and per round, so
// that a swing in the machine's load hits both alike (per-round passes read 0.4-2.7 for two
// identical builds at load 10; back to back per article, 0.82-1.2). Each build gets its own
// freshly segmented Docs, so neither finds the other's per-token-list caches. `--cpu` counts the
// process's CPU time instead of wall time: time descheduled by other jobs is not counted.
const cpu = process.argv.includes('--cpu');
const now = cpu ? (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : (): number => performance.now();
const fA = A.fns[stage];
const fB = B.fns[stage];
const msA: number[] = [];
const msB: number[] = [];
const ratios: number[] = [];
for (let r = 0; r < rounds; r++) {
  const inA = passInputs();
  const inB = passInputs();
  let a = 0;
  let b = 0;
  for (let i = 0; i < inputCount; i++) {
    const bFirst = ((i + r) & 1) === 1;
    const t0 = now();
    if (bFirst) fB(inB[i]); else fA(inA[i]);
    const t1 = now();
    if (bFirst) fA(inA[i]); else fB(inB[i]);
    const t2 = now();
    if (bFirst) { b += t1 - t0; a += t2 - t1; } else { a += t1 - t0; b += t2 - t1; }
  }
  msA.push(a / inputCount);
  msB.push(b / inputCount);
  ratios.push(b / a);
}
const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
console.log(`${stage} on ${corpus.name} (${inputCount} articles), ${rounds} rounds, A and B back to back per article (${cpu ? 'process CPU' : 'wall'} time)`);
console.log(`  A ${A.name}: median ${median(msA).toFixed(3)} ms/article`);
console.log(`  B ${B.name}: median ${median(msB).toFixed(3)} ms/article`);
console.log(`  B/A time ratio: median ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)}); B is ${(1 / median(ratios)).toFixed(2)}x A's speed`);
console.log(differ === 0
  ? '  outputs identical on every article'
  : `  OUTPUTS DIFFER on ${differ} of ${inputCount} articles (first: article ${firstDiff}, id ${corpus.articles[firstDiff].id ?? '?'})`);
