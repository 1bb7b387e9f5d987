/**
 * @module integrity/stance-features
 * Hand-built features of a (headline, body) pair for the FNC-1 stance model: how much of the
 * headline the body repeats (TF-IDF cosine, BM25, token and bigram overlap, the most similar
 * sentences), and how the body talks about it (refuting, hedging and confirming words, negation
 * near the overlapping words, numbers and names in common). No feature depends on the identity of
 * a headline, so the model cannot memorise claims (the FNC-1 test set has unseen headlines).
 */
import { capitalisedShare, capitalisedWords, fnv1a, fnv1aFrom, numberShare, numberTokens } from './text.js';
import { IdMarks, keyId, lex, Marks, S_HASH, ScratchFloats, ScratchInts, STEM_STRIDE, stemColumn, W_CONTENT, W_HASH, W_STEM, WORD_STRIDE, wordColumn } from './lexicon.js';
import { freshen, prepareWords, textWordIds, type SentenceWords } from './prepare.js';
import { finishIndex, Windows } from './topic.js';

/**
 * Refuting words: the FNC-1 baseline's list (fnc-1-baselines, feature_engineering.py) plus
 * inflections seen in Emergent's debunking articles.
 */
const REFUTE = new Set(
  ('fake fakes fraud hoax hoaxes false deny denies denied denial not despite nope doubt doubts doubtful bogus debunk ' +
    'debunked debunks prank pranks retract retracted retraction untrue myth fabricated fabrication satire satirical ' +
    'never no nothing refute refuted refutes dismissed dismiss rejects rejected incorrect wrong baseless misleading ' +
    'photoshopped parody spoof').split(' '),
);

/** Hedging words: Emergent's "reporting without committing" vocabulary (Ferreira & Vlachos 2016). */
const HEDGE = new Set(
  ('alleged allegedly apparently appear appears claim claims claimed claiming could evidently likely may maybe might ' +
    'perhaps presumably probably purported purportedly reported reportedly reports rumor rumour rumors rumours ' +
    'rumored rumoured supposedly unconfirmed unverified suggest suggests suggested speculation speculate possibly ' +
    'believed according report').split(' '),
);

/** Words news prose uses when a claim is established ("confirmed", "revealed", "has been"). */
const CONFIRM = new Set(
  ('confirmed confirms confirm revealed reveals official officially announced announces indeed actually proved ' +
    'proves shows showed footage video evidence verified true').split(' '),
);

const NEGATION = new Set(['not', "n't", 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without']);

/** Lexicon membership as bits, one map lookup per word instead of one set lookup per lexicon. */
const REF = 1, HED = 2, CON = 4, NEG = 8;
const LEX_BITS = new Map<string, number>();
for (const [lex, bit] of [[REFUTE, REF], [HEDGE, HED], [CONFIRM, CON], [NEGATION, NEG]] as const) {
  for (const w of lex) LEX_BITS.set(w, (LEX_BITS.get(w) ?? 0) | bit);
}

/** Counts of refuting, hedging, confirming and negating words. */
interface LexCounts { refute: number; hedge: number; confirm: number; neg: number }

/** IDF of a stem; the hashed table also answers by the stem's fnv1a hash (no string needed). */
export type Idf = ((stem: string) => number) & {
  byHash?: (h: number) => number;
  /** The lexicon stem field holding each stem's table byte, and the scale it is divided by. */
  stemField?: number;
  scale?: number;
};

/** Hashed IDF lookup over 2^bits buckets of stems (see models/integrity/README.md). */
export function hashedIdf(table: Uint8Array, bits: number, scale: number): Idf {
  const mask = (1 << bits) - 1;
  const byHash = (h: number): number => table[h & mask] / scale;
  return Object.assign((s: string) => byHash(fnv1a(s)), { byHash });
}

/**
 * hashedIdf with each stem's byte also kept in its lexicon record (the stem's record is read
 * anyway, the table would be one more cache miss per stem). For the shipped model only: the
 * lexicon has room for one such column.
 */
export function recordedIdf(table: Uint8Array, bits: number, scale: number): Idf {
  const mask = (1 << bits) - 1;
  const col = stemColumn((s) => table[fnv1a(s) & mask]);
  return Object.assign(hashedIdf(table, bits, scale), { stemField: col.field, scale });
}

/** Positions of words whose stem occurs in the headline (`inHead` per vocabulary word). */
function overlapHits(ids: ArrayLike<number>, inHead: Int32Array): number[] {
  const hits: number[] = [];
  for (let i = 0; i < ids.length; i++) if (inHead[ids[i]]) hits.push(i);
  return hits;
}

/** Lexicon hits (words carrying `bit`) within `win` words of a headline-overlap position (`hits` ascending). */
function nearOverlap(ids: ArrayLike<number>, bits: Int32Array, hits: number[], bit: number, win: number): number {
  if (!hits.length) return 0;
  let n = 0;
  let j = 0;
  for (let i = 0; i < ids.length; i++) {
    if (!(bits[ids[i]] & bit)) continue;
    while (j < hits.length && hits[j] < i - win) j++;
    if (j < hits.length && hits[j] <= i + win) n++;
  }
  return n;
}

/** lexCounts over local word ids [from, to), with the lexicon bits of each vocabulary word. */
function lexCountsOf(ids: ArrayLike<number>, from: number, to: number, bits: Int32Array, into: LexCounts): LexCounts {
  for (let i = from; i < to; i++) addLex(bits[ids[i]], into);
  return into;
}

function addLex(b: number, into: LexCounts): void {
  if (b === 0) return;
  if (b & REF) into.refute++;
  if (b & HED) into.hedge++;
  if (b & CON) into.confirm++;
  if (b & NEG) into.neg++;
}

/**
 * Share of the headline's distinct stem bigrams that occur in the body (stems as local ids, the
 * body's sentences run together as before: a bigram may span two sentences).
 */
function bigramFrac(head: readonly number[], body: Int32Array, nLocal: number): number {
  const first: number[] = [];
  const second: number[] = [];
  for (let i = 1; i < head.length; i++) {
    let j = 0;
    while (j < first.length && (first[j] !== head[i - 1] || second[j] !== head[i])) j++;
    if (j === first.length) { first.push(head[i - 1]); second.push(head[i]); }
  }
  if (!first.length) return 0;
  const starts = new Uint8Array(nLocal);
  for (const k of first) if (k < nLocal) starts[k] = 1;
  const found = new Uint8Array(first.length);
  for (let i = 1; i < body.length; i++) {
    if (!starts[body[i - 1]]) continue;
    for (let j = 0; j < first.length; j++) if (first[j] === body[i - 1] && second[j] === body[i]) found[j] = 1;
  }
  let n = 0;
  for (const x of found) n += x;
  return n / first.length;
}

function numbers(text: string): Set<string> {
  return new Set(numberTokens(text));
}

/** Capitalised words (lower-cased) not at the text's or a sentence's start: names, roughly. */
function names(text: string): Set<string> {
  return new Set(capitalisedWords(text));
}


export interface PairAnalysis {
  features: number[];
  /** Sentence indexes ranked by similarity to the headline, best first, with their scores. */
  ranked: Array<{ index: number; sim: number }>;
}

/** Names of the dense features, in order (for the model file and its README). */
export const FEATURE_NAMES = [
  'bias', 'cos_body', 'cos_max_sent', 'cos_top3', 'cos_lead', 'tok_frac', 'tok_frac_lead', 'prefix_frac',
  'bigram_frac', 'num_frac', 'name_frac', 'bm25', 'body_len', 'head_len',
  'refute_body', 'refute_top', 'refute_near', 'refute_head', 'hedge_body', 'hedge_top', 'hedge_near', 'hedge_head',
  'confirm_body', 'confirm_top', 'neg_top', 'neg_parity', 'head_question', 'refute_top_x_sim', 'hedge_top_x_sim',
  'sim_bin_0', 'sim_bin_1', 'sim_bin_2', 'sim_bin_3', 'sim_bin_4', 'tok_bin_0', 'tok_bin_1', 'tok_bin_2', 'tok_bin_3',
  'quote_top', 'refute_lead', 'hedge_lead', 'refute_head_x_top', 'hedge_head_x_top', 'refute_max_sent_sim',
] as const;

/** Per word: its lexicon bits; per stem: its 4-letter prefix as a key (prefix_frac). */
const LEX = wordColumn((w) => LEX_BITS.get(w) ?? 0);
const PREFIX4 = stemColumn((s) => keyId('4:' + s.slice(0, 4)));

const headStemMarks = new IdMarks();
const bodyStemMarks = new IdMarks();
const prefixMarks = new IdMarks();

/**
 * Counters and flags of pairFeatures (slots: term frequencies, lead stems, lexicon bits, overlap,
 * the index's ids) and the index's weights.
 */
const scratch = new ScratchInts();
const weights = new ScratchFloats();

/** IDF of a global stem id: by its stored hash when the IDF is the hashed table. */
export function idfOfStem(idf: Idf, g: number): number {
  if (idf.stemField !== undefined && idf.scale) return lex.stemRec[g * STEM_STRIDE + idf.stemField] / idf.scale;
  return idf.byHash ? idf.byHash(lex.stemRec[g * STEM_STRIDE + S_HASH] >>> 0) : idf(lex.stemText[g]);
}

/** Computes the features of a headline against a body given as sentences. */
/** `headWordIds`, when given, are textWordIds(headline) in the lexicon generation of `prepared`. */
export function pairFeatures(headline: string, sentences: string[], idf: Idf, prepared: SentenceWords = prepareWords(sentences), headWordIds?: readonly number[]): PairAnalysis {
  const pre = freshen(prepared);
  const headWords = headWordIds && pre === prepared ? headWordIds : textWordIds(headline);
  // Read the lexicon's tables after interning (they grow).
  const { rec, stemRec } = lex;
  const LEXF = LEX.field;
  const n = pre.wordStart.length - 1;
  const nLocal = pre.stemVocab.length;
  // Body stems by local id (their global ids marked), headline stems by the same ids; stems only
  // the headline has get ids past the body's.
  bodyStemMarks.clear();
  for (let k = 0; k < nLocal; k++) bodyStemMarks.add(pre.stemVocab[k], k);
  headStemMarks.clear();
  const headIds: number[] = [];
  /** Distinct headline stems in order of first appearance, as local ids. */
  const headSet: number[] = [];
  const terms: number[] = [];
  for (let k = 0; k < nLocal; k++) terms.push(pre.stemVocab[k]);
  for (const g of headWords) {
    if (!rec[g * WORD_STRIDE + W_CONTENT]) continue;
    const sg = rec[g * WORD_STRIDE + W_STEM];
    let k: number;
    if (bodyStemMarks.has(sg)) k = bodyStemMarks.get(sg);
    else { if (bodyStemMarks.add(sg, terms.length)) terms.push(sg); k = bodyStemMarks.get(sg); }
    headIds.push(k);
    if (headStemMarks.add(sg, k)) headSet.push(k);
  }
  const w = weights.buffer(0, terms.length);
  for (let k = 0; k < terms.length; k++) w[k] = idfOfStem(idf, terms[k]);
  const bodyStems = pre.stem;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = headIds.length + pre.stemStart[i];
  const ids = scratch.buffer(4, headIds.length + bodyStems.length);
  for (let i = 0; i < headIds.length; i++) ids[i] = headIds[i];
  ids.set(bodyStems, headIds.length);
  // Headline as "sentence" 0, body sentences 1..n: cosines by typed-array windows.
  const win = new Windows(finishIndex(ids, off, w, terms.length));
  const tf = scratch.get(0, nLocal);
  for (let i = 0; i < bodyStems.length; i++) tf[bodyStems[i]]++;
  const inLead = scratch.get(1, nLocal);
  for (let i = 0; i < pre.stemStart[Math.min(2, n)]; i++) inLead[bodyStems[i]] = 1;

  const ranked: Array<{ index: number; sim: number }> = new Array(n);
  for (let index = 0; index < n; index++) ranked[index] = { index, sim: win.cosine(0, 1, index + 1, index + 2) };
  ranked.sort((a, b) => b.sim - a.sim || a.index - b.index);
  const top = ranked.slice(0, 3);
  const maxSim = top.length ? top[0].sim : 0;
  const cosTop3 = top.length ? top.reduce((a, r) => a + r.sim, 0) / top.length : 0;

  // Shares of the headline's stems (and their 4-letter prefixes) that the body and its lead hold.
  let inBody = 0;
  let inLeadN = 0;
  for (const k of headSet) { if (k < nLocal) { inBody++; inLeadN += inLead[k]; } }
  const tokFrac = headSet.length ? inBody / headSet.length : 0;
  prefixMarks.clear();
  const P4 = PREFIX4.field;
  for (let k = 0; k < nLocal; k++) prefixMarks.add(stemRec[terms[k] * STEM_STRIDE + P4], 1);
  const headPrefixes = new Set<number>();
  for (const k of headSet) headPrefixes.add(stemRec[terms[k] * STEM_STRIDE + P4]);
  let prefixHits = 0;
  for (const p of headPrefixes) if (prefixMarks.has(p)) prefixHits++;

  // BM25 (k1 1.2, b 0.75) of the headline's stems against the body, average body length 350 stems
  // (the mean over FNC-1's training bodies); log-scaled so long bodies do not dominate.
  let bm25 = 0;
  const lenNorm = 1.2 * (0.25 + (0.75 * bodyStems.length) / 350);
  for (const k of headSet) {
    const f = k < nLocal ? tf[k] : 0;
    if (f) bm25 += (w[k] * f * 2.2) / (f + lenNorm);
  }

  // Per distinct body word once: lexicon bits and whether its stem is in the headline.
  const nVocab = pre.vocab.length;
  const vocabBits = scratch.get(2, nVocab);
  const inHead = scratch.get(3, nVocab);
  for (let k = 0; k < nVocab; k++) {
    const g = pre.vocab[k];
    vocabBits[k] = rec[g * WORD_STRIDE + LEXF];
    inHead[k] = headStemMarks.has(rec[g * WORD_STRIDE + W_STEM]) ? 1 : 0;
  }
  const allIds = pre.local;
  const hits = overlapHits(allIds, inHead);
  const all = lexCountsOf(allIds, 0, allIds.length, vocabBits, { refute: 0, hedge: 0, confirm: 0, neg: 0 });
  const topLex = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  let topLen = 0;
  for (const r of top) {
    lexCountsOf(allIds, pre.wordStart[r.index], pre.wordStart[r.index + 1], vocabBits, topLex);
    topLen += pre.wordStart[r.index + 1] - pre.wordStart[r.index];
  }
  const headLex = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  for (const g of headWords) addLex(rec[g * WORD_STRIDE + LEXF], headLex);
  const lead = lexCountsOf(allIds, 0, pre.wordStart[Math.min(3, n)], vocabBits, { refute: 0, hedge: 0, confirm: 0, neg: 0 });
  const bodyLen = Math.max(1, allIds.length);
  const per100 = (x: number): number => Math.log1p((100 * x) / bodyLen);
  topLen = Math.max(1, topLen);
  const refuteTop = topLex.refute / topLen;
  const hedgeTop = topLex.hedge / topLen;
  const negHead = headLex.neg % 2;
  const negTop = top.length ? lexCountsOf(allIds, pre.wordStart[top[0].index], pre.wordStart[top[0].index + 1], vocabBits, { refute: 0, hedge: 0, confirm: 0, neg: 0 }).neg % 2 : 0;
  // Numbers and names in common: the body is scanned only when the headline has some.
  const headNumbers = numbers(headline);
  const headNames = names(headline);
  const bodyText = headNumbers.size || headNames.size ? sentences.join(' ') : '';

  const f: number[] = [
    1,
    win.cosine(0, 1, 1, n + 1),
    maxSim,
    cosTop3,
    win.cosine(0, 1, 1, Math.min(3, n + 1)),
    tokFrac,
    headSet.length ? inLeadN / headSet.length : 0,
    headPrefixes.size ? prefixHits / headPrefixes.size : 0,
    bigramFrac(headIds, bodyStems, nLocal),
    numberShare(bodyText, headNumbers),
    capitalisedShare(bodyText, headNames),
    Math.log1p(bm25),
    Math.log1p(allIds.length) / 8,
    Math.log1p(headWords.length) / 4,
    per100(all.refute),
    Math.sqrt(refuteTop),
    Math.log1p(nearOverlap(allIds, vocabBits, hits, REF, 4)),
    Math.min(1, headLex.refute),
    per100(all.hedge),
    Math.sqrt(hedgeTop),
    Math.log1p(nearOverlap(allIds, vocabBits, hits, HED, 4)),
    Math.min(1, headLex.hedge),
    per100(all.confirm),
    Math.sqrt(topLex.confirm / topLen),
    negTop,
    negHead === negTop ? 0 : 1,
    headline.includes('?') ? 1 : 0,
    Math.sqrt(refuteTop) * maxSim,
    Math.sqrt(hedgeTop) * maxSim,
    ...bins(maxSim, [0.05, 0.12, 0.2, 0.35]),
    ...bins(tokFrac, [0.2, 0.4, 0.6]),
    top.length ? countQuotes(top, sentences) : 0,
    Math.log1p(lead.refute),
    Math.log1p(lead.hedge),
    Math.min(1, headLex.refute) * Math.sqrt(refuteTop),
    Math.min(1, headLex.hedge) * Math.sqrt(hedgeTop),
    maxSimWith(ranked, pre, vocabBits, REF),
  ];
  return { features: f, ranked };
}

/** Highest headline similarity among sentences holding a word of the lexicon `bit`. */
function maxSimWith(ranked: Array<{ index: number; sim: number }>, pre: SentenceWords, bits: Int32Array, bit: number): number {
  for (const r of ranked) {
    for (let i = pre.wordStart[r.index]; i < pre.wordStart[r.index + 1]; i++) if (bits[pre.local[i]] & bit) return r.sim;
  }
  return 0;
}

function countQuotes(top: Array<{ index: number }>, sentences: string[]): number {
  let n = 0;
  for (const r of top) if (/["“”]/.test(sentences[r.index])) n++;
  return n / top.length;
}

/** One-hot bin of a value: bins(x, [a, b]) → [x<a, a≤x<b, x≥b]. */
function bins(x: number, edges: number[]): number[] {
  const out = new Array<number>(edges.length + 1).fill(0);
  let i = 0;
  while (i < edges.length && x >= edges[i]) i++;
  out[i] = 1;
  return out;
}

/**
 * Hashed sparse features for the stance stage: words of the three sentences most similar to the
 * headline, words of the lead, and crosses of the headline's own refuting/hedging/confirming words
 * with those found in the body (a hoax headline over a body that states the claim is `disagree`).
 * Only lexicon words of the headline enter, so no feature names a particular headline.
 */
const SEED_L = fnv1aFrom(fnv1a(''), 'L:');
const SEED_B = fnv1aFrom(fnv1a(''), 'B:');

/** Per word, fnv1a of the word behind the prefixes "L:" (lead words) and "B:" (body words). */
const HASH_L = wordColumn((w) => fnv1aFrom(SEED_L, w));
const HASH_B = wordColumn((w) => fnv1aFrom(SEED_B, w));
const seenHash = new Marks();
const seenWord = new IdMarks();

export function stanceHashes(headline: string, prepared: SentenceWords, ranked: Array<{ index: number }>, bits: number, headWordIds?: readonly number[]): number[] {
  const pre = freshen(prepared);
  const headWords = headWordIds && pre === prepared ? headWordIds : textWordIds(headline);
  const { word, wordStart } = pre;
  const mask = (1 << bits) - 1;
  // The distinct hashes in order of first addition (the order the model's sparse weights are summed in).
  const out: number[] = [];
  seenHash.clear();
  const addHash = (h: number): void => { if (seenHash.add(h & mask)) out.push(h & mask); };
  const add = (key: string): void => { addHash(fnv1a(key)); };
  const { rec, word: text } = lex;
  const LEXF = LEX.field;
  const top = ranked.slice(0, 3);
  for (const r of top) for (let i = wordStart[r.index]; i < wordStart[r.index + 1]; i++) addHash(rec[word[i] * WORD_STRIDE + W_HASH]);
  // fnv1a('L:' + w) continued from the prefix's state: the same hashes without building the keys.
  const HL = HASH_L.field;
  for (let i = 0; i < wordStart[Math.min(3, wordStart.length - 1)]; i++) addHash(rec[word[i] * WORD_STRIDE + HL]);
  // Every body word: the vocabulary is the body's words in order of first appearance, so the set
  // receives the same keys in the same order as a pass over all words would give it.
  const HB = HASH_B.field;
  for (const g of pre.vocab) addHash(rec[g * WORD_STRIDE + HB]);
  const isLex = (g: number): boolean => (rec[g * WORD_STRIDE + LEXF] & (REF | HED | CON)) !== 0;
  const headLex = headWords.filter(isLex);
  const bodyLex: number[] = [];
  seenWord.clear();
  for (const r of top) {
    for (let i = wordStart[r.index]; i < wordStart[r.index + 1]; i++) if (isLex(word[i]) && seenWord.add(word[i])) bodyLex.push(word[i]);
  }
  for (const h of headLex) {
    add('H:' + text[h]);
    if (!bodyLex.length) add('X:' + text[h] + '|none');
    for (const b of bodyLex) add('X:' + text[h] + '|' + text[b]);
  }
  if (!headLex.length) for (const b of bodyLex) add('X:none|' + text[b]);
  return out;
}
