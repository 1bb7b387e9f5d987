/**
 * @module entities/infer
 * Emission scores at inference, equal to scoring every feature of features.ts (training's path,
 * tagger.emissions) but with most of the work done once per word or once per model:
 * - one-word features: summed per distinct word and role (the role arena, keyed on word-table ids);
 * - features with few values (capitalisation pattern, document casing, gazetteer codes, history):
 *   summed once per model into small tables indexed by those values;
 * - the five word-pair features: summed once per distinct pair of adjacent words (PairCache),
 *   together with the one-word features each word of the pair gives the other's token.
 * Weights are int16 and a token has at most MAX_FEATS features, so every sum is an integer below
 * 2^24: exact in Float32, whatever the order of addition.
 */
import {
  BOUNDARY_ATTRS, BOUNDARY_CAP, CAP_CLASSES, GAZ_CODES, MAX_FEATS, MAX_GAZ_CODES, ROLES, ROLE_OFFSET,
  ATTRS, PAIR_HALVES, capPatternFeature, capClass, docCaseFeature, gazFeatures, historyFeatures, leftHalfFeatures,
  ownVariantFeatures, pairHalves, rightHalfFeatures, roleFeatures, shapeHash, shapePairFeatures,
} from './features.js';
import type { WordTable } from './word-table.js';
import type { DocHistory } from './history.js';
import type { PreparedSentence, TaggerSpec } from './tagger.js';

// inferEmissions() reads the neighbour roles from fixed slots; a change of window must change it too.
if (ROLE_OFFSET.join() !== '0,-1,1,-2,2') throw new Error('infer: inferEmissions() assumes ROLE_OFFSET [0, -1, 1, -2, 2]');

// Imported functions used per token or per pair, bound once here: when these modules run as
// CommonJS (tsx transpiles them so under a CommonJS entry point such as /work/briefs/prof.ts),
// every use of an imported name is a getter call on the exporting module.
const capOf = capClass;
const leftPairs = leftHalfFeatures;
const rightPairs = rightHalfFeatures;
const halvesOf = pairHalves;
const shapePairs = shapePairFeatures;
const ownVariant = ownVariantFeatures;
const shapeOf = shapeHash;

/** History codes are 1 + a type index (0 O .. 4 MISC); 0 means no history. */
const HISTORY_CODES = 6;

interface Tables {
  /** Row (cap * 9 + prevCap) * 9 + nextCap: the capitalisation-pattern feature. */
  capPattern: Float32Array;
  /** Row code * 4 + upper * 2 + first: the document-casing feature. */
  docCase: Float32Array;
  /** Row code * 9 + cap: both features of one gazetteer code. */
  gaz: Float32Array;
  /** Row (h * 9 + cap) * 2 + first: both history features. */
  history: Float32Array;
  /**
   * Row variant * 9 + cap, variant = upper * 2 + first (1..3): what the two capitalisation
   * features of ownVariantFeatures add to a word's own role score (variant 0) in that variant.
   */
  variant: Float32Array;
  /** Scratch row for the sentence-initial shape feature's difference. */
  row: Float32Array;
}

const scratch = new Uint32Array(MAX_FEATS);

/** Adds the weights of the feature hashes scratch[0 .. k) to out[off .. off + T). */
function scoreHashes(spec: TaggerSpec, k: number, out: Float32Array, off: number): void {
  const shift = 32 - spec.bits;
  for (let q = 0; q < k; q++) scratch[q] = scratch[q] >>> shift;
  spec.score(scratch, 0, k, out, off);
}

/**
 * A word's summed weights for each role it can play, ROLES × T scores written at out[at..]: slot 0
 * its own role as scored in a sentence's body (not a headline, not sentence-initial; inference adds
 * the difference for the other cases, see inferEmissions), slots 1..4 its roles 1..4 (the
 * neighbour at -1, +1, -2, +2). Scoring the own role once instead of in all four variants cut
 * a new word's model lookups from 88 to 28 (most words occur in only one variant).
 */
function roleScores(spec: TaggerSpec, attrs: Uint32Array, from: number, out: Float32Array, at: number): void {
  const T = spec.tags.length;
  // Scoring adds to out, and a new arena generation reuses slots.
  out.fill(0, at, at + ROLES * T);
  for (let role = 0; role < ROLES; role++) scoreHashes(spec, roleFeatures(attrs, from, role, scratch, 0, 0, 0), out, at + role * T);
}

/**
 * All words' role scores in one array (no per-word typed arrays for the garbage collector to
 * track, one base pointer in the hot loop). The boundary pseudo-word sits at offset 0. When the
 * arena reaches ARENA_WORDS it starts a new generation from empty, and words of older
 * generations recompute their scores when next seen.
 */
interface RoleArena {
  data: Float32Array;
  used: number;
  gen: number;
  /** Floats per word: ROLES × T. */
  size: number;
  /** Per word (its offset / size): its pairHalves, PAIR_HALVES hashes. */
  halves: Uint32Array;
  /** Per word-table id: the offset of its scores, valid when genOf[id] is the current gen. */
  slotOf: Int32Array;
  genOf: Int32Array;
  /** The word table and its epoch the ids belong to (a new epoch reuses ids). */
  table: WordTable | null;
  epoch: number;
}

/** About the word table's bound (word-table.ts): 24,576 words × 340 bytes = 8.4 MB. */
const ARENA_WORDS = 24_576;
const arenas = new WeakMap<TaggerSpec, RoleArena>();

function arena(spec: TaggerSpec): RoleArena {
  let ar = arenas.get(spec);
  if (!ar) {
    const size = ROLES * spec.tags.length;
    // Generation 0 marks ids without scores (genOf starts zeroed).
    ar = {
      data: new Float32Array(size * 1024), used: size, gen: 1, size, halves: new Uint32Array(1024 * PAIR_HALVES),
      slotOf: new Int32Array(1024), genOf: new Int32Array(1024), table: null, epoch: 0,
    };
    roleScores(spec, BOUNDARY_ATTRS, 0, ar.data, 0);
    halvesOf(BOUNDARY_ATTRS, 0, ar.halves, 0);
    arenas.set(spec, ar);
  }
  return ar;
}

/** Gives every word of a sentence its role scores in the current generation; offsets into `at`. */
function placeRoles(spec: TaggerSpec, ar: RoleArena, s: PreparedSentence, at: Int32Array): void {
  const n = s.n;
  const table = s.table;
  const ids = s.ids;
  if (!table || !ids) throw new Error('inferEmissions: the sentence was prepared without a word table');
  // Room for the whole sentence first, so no word of it loses its slot to a new generation; a new
  // table epoch reuses ids, so it starts a generation too.
  if (ar.used + n * ar.size > ARENA_WORDS * ar.size || ar.table !== table || ar.epoch !== table.epoch) {
    ar.gen++;
    ar.used = ar.size;
    ar.table = table;
    ar.epoch = table.epoch;
  }
  if (ar.used + n * ar.size > ar.data.length) {
    const data = new Float32Array(Math.max(ar.used + n * ar.size, Math.min(ARENA_WORDS * ar.size, Math.ceil(ar.data.length * 1.5))));
    data.set(ar.data.subarray(0, ar.used));
    ar.data = data;
  }
  const words = Math.ceil(ar.data.length / ar.size);
  if (ar.halves.length < words * PAIR_HALVES) {
    const halves = new Uint32Array(words * PAIR_HALVES);
    halves.set(ar.halves.subarray(0, (ar.used / ar.size) * PAIR_HALVES));
    ar.halves = halves;
  }
  if (ar.genOf.length < table.count) {
    const len = Math.max(table.count, ar.genOf.length * 2);
    const slotOf = new Int32Array(len);
    const genOf = new Int32Array(len);
    slotOf.set(ar.slotOf);
    genOf.set(ar.genOf);
    ar.slotOf = slotOf;
    ar.genOf = genOf;
  }
  const slotOf = ar.slotOf;
  const genOf = ar.genOf;
  const gen = ar.gen;
  for (let j = 0; j < n; j++) {
    const id = ids[j];
    if (genOf[id] !== gen) {
      slotOf[id] = ar.used;
      genOf[id] = gen;
      ar.used += ar.size;
      roleScores(spec, table.attrs, id * ATTRS, ar.data, slotOf[id]);
      halvesOf(table.attrs, id * ATTRS, ar.halves, (slotOf[id] / ar.size) * PAIR_HALVES);
    }
    at[j] = slotOf[id];
  }
}

const tablesBySpec = new WeakMap<TaggerSpec, Tables>();

/** The model's small tables, built on first use (about 1,500 rows; well under a millisecond). */
function tables(spec: TaggerSpec): Tables {
  let tb = tablesBySpec.get(spec);
  if (tb) return tb;
  const T = spec.tags.length;
  const C = CAP_CLASSES;
  const capPattern = new Float32Array(C * C * C * T);
  for (let r = 0; r < C * C * C; r++) {
    scratch[0] = capPatternFeature(Math.floor(r / (C * C)), Math.floor(r / C) % C, r % C);
    scoreHashes(spec, 1, capPattern, r * T);
  }
  const docCase = new Float32Array(4 * 4 * T);
  for (let r = 4; r < 16; r++) {
    scratch[0] = docCaseFeature(r >> 2, (r >> 1) & 1, r & 1);
    scoreHashes(spec, 1, docCase, r * T);
  }
  const gaz = new Float32Array(GAZ_CODES * C * T);
  for (let r = 0; r < GAZ_CODES * C; r++) scoreHashes(spec, gazFeatures(Math.floor(r / C), r % C, scratch, 0), gaz, r * T);
  const history = new Float32Array(HISTORY_CODES * C * 2 * T);
  for (let r = 2 * C; r < HISTORY_CODES * C * 2; r++) {
    scoreHashes(spec, historyFeatures(Math.floor(r / (2 * C)), Math.floor(r / 2) % C, (r & 1) === 1, scratch, 0), history, r * T);
  }
  const variant = new Float32Array(4 * C * T);
  const row = new Float32Array(T);
  for (let r = C; r < 4 * C; r++) {
    const v = Math.floor(r / C);
    const cap = r % C;
    // Features 1 and 2 of ownVariantFeatures (the shape feature, 0, is added per token).
    ownVariant(0, cap, v >> 1, v & 1, scratch, 0);
    scratch[0] = scratch[2];
    scoreHashes(spec, 2, variant, r * T);
    ownVariant(0, cap, 0, 0, scratch, 0);
    scratch[0] = scratch[2];
    row.fill(0);
    scoreHashes(spec, 2, row, 0);
    for (let t = 0; t < T; t++) variant[r * T + t] -= row[t];
  }
  tb = { capPattern, docCase, gaz, history, variant, row };
  tablesBySpec.set(spec, tb);
  return tb;
}

/**
 * Word-pair scores, memoised per pair of adjacent words: news repeats its bigrams (61% of FA-KES's
 * token bigrams were seen earlier in the corpus, measured on a cold start), and a pair's five
 * features otherwise cost ten hash rounds and five scattered model lookups per token. A pair
 * (u, v) holds 2T scores: what token v reads from it (leftHalfFeatures and more, see pairScores)
 * and what token u reads (rightHalfFeatures and more). Pairs are keyed by the words' slots in the role arena, so the table starts
 * afresh with each arena generation. When it holds PAIRS pairs it keeps those looked up again since
 * they were stored (keepRepeatedPairs), up to half of it: frequent bigrams ("of the", "said that")
 * then survive, where starting afresh dropped them with the rest.
 */
interface PairCache {
  gen: number;
  /**
   * Open addressing, two ints per slot: 1 + key (0 = empty) and the pair's index in data (2T
   * scores from index × 2T), side by side so that a lookup touches one cache line.
   */
  slots: Int32Array;
  data: Float32Array;
  /** Per pair index: its key, and whether a lookup found it since it was stored or last kept. */
  keyOf: Int32Array;
  hit: Uint8Array;
  /** Pairs stored in this generation. */
  used: number;
}

/**
 * 32,768 pairs × 2 × 17 scores × 4 bytes = 4.5 MB at most, in a 64K-slot table (load ≤ 0.5).
 * Simulated on FA-KES as bench/stages.ts runs it (three passes over the first half, then the
 * unseen second half), 54% of the second half's pair lookups hit; 66% at 65,536 pairs, but that
 * showed no gain beyond the measurement's noise under cachegrind (2026-11-25) for twice the memory.
 * Keeping the repeated pairs when the table is full raised the 54% to 60%, and FA-KES read again
 * and again (49k distinct pairs, bench/ab.ts) from 57-58% to 68% (simulated, 2026-11-26).
 */
const PAIRS = 32_768;
const PAIR_SLOT_BITS = 16;
const PAIR_SLOTS = 1 << PAIR_SLOT_BITS;
/** Word slot indices below 2^15 (ARENA_WORDS is 24,576) make a pair key a small integer. */
const WORD_BITS = 15;
const pairCaches = new WeakMap<TaggerSpec, PairCache>();

function pairCache(spec: TaggerSpec): PairCache {
  let pc = pairCaches.get(spec);
  if (!pc) {
    pc = {
      gen: -1, slots: new Int32Array(2 * PAIR_SLOTS), data: new Float32Array(1024 * 2 * spec.tags.length),
      keyOf: new Int32Array(PAIRS), hit: new Uint8Array(PAIRS), used: 0,
    };
    pairCaches.set(spec, pc);
  }
  return pc;
}

/** First slot to probe for a pair key. */
function pairSlot(key: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_SLOT_BITS)) << 1;
}

/**
 * Keeps the pairs found again since they were stored (up to PAIRS / 2, in the order they were
 * stored), moved to the front of data, and forgets the rest. Linear in PAIRS, once per PAIRS / 2
 * new pairs at most.
 */
function keepRepeatedPairs(pc: PairCache, T2: number): void {
  const { keyOf, hit, data, slots } = pc;
  let kept = 0;
  for (let idx = 0; idx < pc.used && kept < PAIRS / 2; idx++) {
    if (hit[idx] === 0) continue;
    if (kept !== idx) {
      // kept < idx: moving down in index order never overwrites a pair still to be moved.
      for (let q = 0; q < T2; q++) data[kept * T2 + q] = data[idx * T2 + q];
      keyOf[kept] = keyOf[idx];
    }
    kept++;
  }
  slots.fill(0);
  hit.fill(0, 0, pc.used);
  for (let idx = 0; idx < kept; idx++) {
    let h = pairSlot(keyOf[idx]);
    while (slots[h] !== 0) h = (h + 2) & (2 * PAIR_SLOTS - 1);
    slots[h] = keyOf[idx];
    slots[h + 1] = idx;
  }
  pc.used = kept;
}

/**
 * Scores of the pair (u, with its pairHalves at h[ho..], and v, attributes at b[vo..]) into
 * data[at .. at + 2T). Each half also holds the neighbour's one-word features its token reads (u's
 * role 1 for v, v's role 2 for u, from the role arena D at the words' offsets ru and rv), the first
 * half also v's own role (role 0), so a token adds three rows fewer: they are summed once per pair
 * instead of once per token, where each is a read from megabytes of arena. Both halves hold the
 * pair's shape-pair features (S at so, shapePair()), so a new pair costs three model lookups
 * instead of five.
 */
function pairScores(
  spec: TaggerSpec, h: Uint32Array, ho: number, b: Uint32Array, vo: number, D: Float32Array, ru: number, rv: number,
  S: Float32Array, so: number, data: Float32Array, at: number,
): void {
  const T = spec.tags.length;
  for (let t = 0; t < T; t++) {
    data[at + t] = D[ru + T + t] + D[rv + t] + S[so + t];
    data[at + T + t] = D[rv + 2 * T + t] + S[so + T + t];
  }
  scoreHashes(spec, leftPairs(h, ho, b, vo, scratch, 0), data, at);
  scoreHashes(spec, rightPairs(h, ho, b, vo, scratch, 0), data, at + T);
}

/**
 * The shape-pair features' scores (shapePairFeatures) per pair of word shapes, 2T each: what token
 * v reads, then what token u reads. Keyed on u's template-19 half (pairHalves: a bijection of u's
 * shape hash, since mix is one in its second argument) and v's shape hash, so equal keys mean equal
 * features. FA-KES's 49k distinct word pairs have few shape pairs, so nearly every new word pair
 * finds its shapes here. Offsets are used at once (pairScores copies the sums), so the table may
 * start afresh whenever it is full.
 */
interface ShapePairCache {
  /** Open addressing, four ints per slot: 1 + the pair's index in data (0 = empty), key u, key v. */
  slots: Int32Array;
  data: Float32Array;
  used: number;
}

/** 4,096 shape pairs × 2 × 17 scores × 4 bytes = 557 KB at most, in an 8K-slot table. */
const SHAPE_PAIRS = 4096;
const SHAPE_SLOT_BITS = 13;
const shapePairCaches = new WeakMap<TaggerSpec, ShapePairCache>();

function shapePairCache(spec: TaggerSpec): ShapePairCache {
  let sc = shapePairCaches.get(spec);
  if (!sc) {
    sc = { slots: new Int32Array(4 << SHAPE_SLOT_BITS), data: new Float32Array(256 * 2 * spec.tags.length), used: 0 };
    shapePairCaches.set(spec, sc);
  }
  return sc;
}

/** Offset in sc.data of the shape-pair scores of (u, v): u's pairHalves at h[ho..], v's attributes at b[vo..] with shape hash shv. */
function shapePair(spec: TaggerSpec, sc: ShapePairCache, h: Uint32Array, ho: number, b: Uint32Array, vo: number, shv: number): number {
  const T = spec.tags.length;
  const ku = h[ho] | 0;
  const kv = shv | 0;
  const slots = sc.slots;
  const mask = (4 << SHAPE_SLOT_BITS) - 1;
  let p = (Math.imul(ku ^ Math.imul(kv, 0x9e3779b1), 0x85ebca6b) >>> (32 - SHAPE_SLOT_BITS)) << 2;
  for (;;) {
    const e = slots[p];
    if (e === 0) break;
    if (slots[p + 1] === ku && slots[p + 2] === kv) return (e - 1) * 2 * T;
    p = (p + 4) & mask;
  }
  if (sc.used === SHAPE_PAIRS) {
    slots.fill(0);
    sc.used = 0;
    return shapePair(spec, sc, h, ho, b, vo, shv);
  }
  if (sc.data.length < (sc.used + 1) * 2 * T) {
    const data = new Float32Array(Math.min(SHAPE_PAIRS, 2 * (sc.used + 1)) * 2 * T);
    data.set(sc.data);
    sc.data = data;
  }
  const at = sc.used * 2 * T;
  slots[p] = ++sc.used;
  slots[p + 1] = ku;
  slots[p + 2] = kv;
  sc.data.fill(0, at, at + 2 * T);
  shapePairs(h, ho, b, vo, scratch, 0);
  const right = scratch[1];
  scoreHashes(spec, 1, sc.data, at);
  scratch[0] = right;
  scoreHashes(spec, 1, sc.data, at + T);
  return at;
}

let pairAt = new Int32Array(257);

/**
 * Offsets (into the pair cache's data, returned) of the sentence's n + 1 word pairs, pair j being
 * (word j - 1, word j) with the boundary pseudo-word beyond either end. `ro` holds the words' role
 * offsets in the current arena generation (placeRoles).
 */
function placePairs(spec: TaggerSpec, ar: RoleArena, s: PreparedSentence, ro: Int32Array): Float32Array {
  const n = s.n;
  const T2 = 2 * spec.tags.length;
  const pc = pairCache(spec);
  if (pairAt.length < n + 1) pairAt = new Int32Array(Math.max(n + 1, pairAt.length * 2));
  const at = pairAt;
  const a = s.attrs;
  const cacheable = ar.used <= (1 << WORD_BITS) * ar.size && n + 1 <= PAIRS;
  if (cacheable && pc.gen === ar.gen && pc.used + n + 1 > PAIRS) keepRepeatedPairs(pc, T2);
  if (!cacheable || pc.gen !== ar.gen || pc.used + n + 1 > PAIRS) {
    pc.slots.fill(0);
    pc.hit.fill(0, 0, Math.min(pc.used, PAIRS));
    pc.used = 0;
    pc.gen = cacheable ? ar.gen : -1;
  }
  if (pc.data.length < (pc.used + n + 1) * T2) {
    const data = new Float32Array(Math.max((pc.used + n + 1) * T2, Math.min(PAIRS * T2, pc.data.length * 2)));
    data.set(pc.data.subarray(0, pc.used * T2));
    pc.data = data;
  }
  const slots = pc.slots;
  const hit = pc.hit;
  const keyOf = pc.keyOf;
  const size = ar.size;
  const D = ar.data;
  const H = ar.halves;
  const bound = BOUNDARY_ATTRS;
  const boundShape = shapeOf(bound, 0);
  const stride = ATTRS;
  const sc = shapePairCache(spec);
  for (let j = 0; j <= n; j++) {
    const va = j < n ? a : bound;
    const vo = j < n ? j * stride : 0;
    // Role offsets are multiples of size; the boundary pseudo-word is at offset 0.
    const ru = j > 0 ? ro[j - 1] : 0;
    const rv = j < n ? ro[j] : 0;
    const wu = ru / size;
    if (!cacheable) {
      at[j] = pc.used++ * T2;
      const so = shapePair(spec, sc, H, wu * PAIR_HALVES, va, vo, j < n ? shapeOf(a, j) : boundShape);
      pairScores(spec, H, wu * PAIR_HALVES, va, vo, D, ru, rv, sc.data, so, pc.data, at[j]);
      continue;
    }
    const key = 1 + (wu << WORD_BITS) + rv / size;
    let h = pairSlot(key);
    for (;;) {
      const k = slots[h];
      if (k === key) {
        const idx = slots[h + 1];
        at[j] = idx * T2;
        hit[idx] = 1;
        break;
      }
      if (k === 0) {
        const idx = pc.used++;
        slots[h] = key;
        slots[h + 1] = idx;
        keyOf[idx] = key;
        at[j] = idx * T2;
        const so = shapePair(spec, sc, H, wu * PAIR_HALVES, va, vo, j < n ? shapeOf(a, j) : boundShape);
        pairScores(spec, H, wu * PAIR_HALVES, va, vo, D, ru, rv, sc.data, so, pc.data, at[j]);
        break;
      }
      h = (h + 2) & (2 * PAIR_SLOTS - 1);
    }
  }
  return pc.data;
}

let roleAt = new Int32Array(256);

/**
 * Emission scores (n × T) of an inference sentence (prepared with a word cache), given what the
 * document's earlier sentences said (history), into the first n × T entries of `into` when it is
 * large enough.
 */
export function inferEmissions(spec: TaggerSpec, s: PreparedSentence, history: DocHistory, into?: Float32Array): Float32Array {
  const T = spec.tags.length;
  const n = s.n;
  const out = into && into.length >= n * T ? into : new Float32Array(n * T);
  const tb = tables(spec);
  const ar = arena(spec);
  if (roleAt.length < n) roleAt = new Int32Array(Math.max(n, roleAt.length * 2));
  const ro = roleAt;
  placeRoles(spec, ar, s, ro);
  const P = placePairs(spec, ar, s, ro);
  const pa = pairAt;
  const D = ar.data;
  const a = s.attrs;
  const gaz = spec.gazetteer ? spec.gazetteer.match(a, n, s.upperSentence) : null;
  const upper = s.upperSentence ? 1 : 0;
  const C = CAP_CLASSES;
  const BCAP = BOUNDARY_CAP;
  const MAXG = MAX_GAZ_CODES;
  const cp = tb.capPattern;
  // Role-score slots (see roleScores): 3 and 4 are the neighbour roles at -2 and +2 (the word's
  // own role and those at -1 and +1 come with the word pairs, see pairScores); the boundary
  // pseudo-word is at offset 0.
  const f3 = 3 * T, f4 = 4 * T;
  for (let i = 0; i < n; i++) {
    const first = i === 0 ? 1 : 0;
    const cap = capOf(a, i);
    const s3 = (i >= 2 ? ro[i - 2] : 0) + f3;
    const s4 = (i + 2 < n ? ro[i + 2] : 0) + f4;
    const fc = ((cap * C + (i > 0 ? capOf(a, i - 1) : BCAP)) * C + (i + 1 < n ? capOf(a, i + 1) : BCAP)) * T;
    // What the token reads from its pair with the previous word (first half, its own role score
    // included) and the next (second), the neighbours' one-word features included.
    const pl = pa[i];
    const pr = pa[i + 1] + T;
    const o = i * T;
    for (let t = 0; t < T; t++) out[o + t] = D[s3 + t] + D[s4 + t] + cp[fc + t] + P[pl + t] + P[pr + t];
    const dc = s.docCase[i];
    if (dc !== 0) addRow(out, o, tb.docCase, (dc * 4 + upper * 2 + first) * T, T);
    const g = gaz?.[i];
    if (g) for (let q = 0; q < g.length && q < MAXG; q++) addRow(out, o, tb.gaz, (g[q] * C + cap) * T, T);
    const h = history.code(s, i);
    if (h !== 0) addRow(out, o, tb.history, ((h * C + cap) * 2 + first) * T, T);
  }
  // The own-role features that read the sentence facts (ownVariantFeatures): a word's role score
  // holds them as read in a sentence's body, so the first token, and every token of a headline,
  // add the difference (outside the loop above, which then stays small).
  if (n > 0) addFirstShape(spec, tb.row, shapeOf(a, 0), out, 0);
  const variantEnd = upper === 1 ? n : Math.min(n, 1);
  for (let i = 0; i < variantEnd; i++) addRow(out, i * T, tb.variant, ((upper * 2 + (i === 0 ? 1 : 0)) * C + capOf(a, i)) * T, T);
  return out;
}

/**
 * Adds to a sentence-initial token's scores the difference its shape feature makes there (the
 * word's own role score holds the feature as read away from the sentence start).
 */
function addFirstShape(spec: TaggerSpec, row: Float32Array, shape: number, out: Float32Array, o: number): void {
  const T = spec.tags.length;
  row.fill(0);
  ownVariant(shape, 0, 0, 0, scratch, 0);
  scoreHashes(spec, 1, row, 0);
  ownVariant(shape, 0, 0, 1, scratch, 0);
  scoreHashes(spec, 1, out, o);
  for (let t = 0; t < T; t++) out[o + t] -= row[t];
}

function addRow(out: Float32Array, o: number, table: Float32Array, from: number, T: number): void {
  for (let t = 0; t < T; t++) out[o + t] += table[from + t];
}
