/**
 * @module integrity/stance-features
 * Hand-built features of a (headline, body) pair for the FNC-1 stance model: how much of the
 * headline the body repeats (TF-IDF cosine, BM25, token and bigram overlap, the most similar
 * sentences), and how the body talks about it (refuting, hedging and confirming words, negation
 * near the overlapping words, numbers and names in common). No feature depends on the identity of
 * a headline, so the model cannot memorise claims (the FNC-1 test set has unseen headlines).
 */
import { concatLists, contentStems, fnv1a, fnv1aFrom, memoIdf, prepareWords, stem, words, type SentenceWords } from './text.js';
import { indexStemIds, Windows } from './topic.js';

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

/** Counts of refuting, hedging, confirming and negating words in a word list. */
interface LexCounts { refute: number; hedge: number; confirm: number; neg: number }

function lexCounts(ws: readonly string[], into: LexCounts = { refute: 0, hedge: 0, confirm: 0, neg: 0 }): LexCounts {
  for (let i = 0; i < ws.length; i++) {
    const b = LEX_BITS.get(ws[i]);
    if (b === undefined) continue;
    if (b & REF) into.refute++;
    if (b & HED) into.hedge++;
    if (b & CON) into.confirm++;
    if (b & NEG) into.neg++;
  }
  return into;
}

export type Idf = (stem: string) => number;

/** Hashed IDF lookup over 2^bits buckets of stems (see models/integrity/README.md). */
export function hashedIdf(table: Uint8Array, bits: number, scale: number): Idf {
  const mask = (1 << bits) - 1;
  return (s: string) => table[fnv1a(s) & mask] / scale;
}

/** Positions of words whose stem occurs in the headline (`inHead` per vocabulary word). */
function overlapHits(ids: readonly number[], inHead: Uint8Array): number[] {
  const hits: number[] = [];
  for (let i = 0; i < ids.length; i++) if (inHead[ids[i]]) hits.push(i);
  return hits;
}

/** Lexicon hits (words carrying `bit`) within `win` words of a headline-overlap position (`hits` ascending). */
function nearOverlap(ids: readonly number[], bits: Uint8Array, hits: number[], bit: number, win: number): number {
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

/** lexCounts over word ids, with the lexicon bits of each vocabulary word. */
function lexCountsOf(ids: readonly number[], bits: Uint8Array, into: LexCounts): LexCounts {
  for (let i = 0; i < ids.length; i++) {
    const b = bits[ids[i]];
    if (b === 0) continue;
    if (b & REF) into.refute++;
    if (b & HED) into.hedge++;
    if (b & CON) into.confirm++;
    if (b & NEG) into.neg++;
  }
  return into;
}

function bigrams(stems: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < stems.length; i++) out.add(stems[i - 1] + ' ' + stems[i]);
  return out;
}

/** Share of the headline's stem bigrams that occur in the body (strings built only where the first stem matches). */
function bigramFrac(head: string[], headSet: Set<string>, body: string[]): number {
  const hb = bigrams(head);
  if (!hb.size) return 0;
  const found = new Set<string>();
  for (let i = 1; i < body.length; i++) {
    if (!headSet.has(body[i - 1])) continue;
    const k = body[i - 1] + ' ' + body[i];
    if (hb.has(k)) found.add(k);
  }
  return found.size / hb.size;
}

function numbers(text: string): Set<string> {
  return new Set(text.match(/\d+(?:[.,]\d+)?/g) ?? []);
}

function names(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s)(?<!^)\b\p{Lu}[\p{L}'’-]+/gu)) out.add(m[0].toLowerCase());
  return out;
}

function fracIn<T>(a: Set<T>, b: { has(x: T): boolean }): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
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

/** Computes the features of a headline against a body given as sentences. */
export function pairFeatures(headline: string, sentences: string[], rawIdf: Idf, pre: SentenceWords = prepareWords(sentences)): PairAnalysis {
  const idf = memoIdf(rawIdf);
  const headStems = contentStems(headline);
  const headSet = new Set(headStems);
  const sentWords = pre.words;
  const sentStems = pre.stems;
  // Headline as "sentence" 0, body sentences 1..n: one index, cosines by typed-array windows.
  // Headline stems by the body's stem ids; stems only the headline has get ids past the body's.
  const terms = pre.stemVocab.slice();
  const headOnly = new Map<string, number>();
  const headIds = headStems.map((s) => {
    let g = pre.stemIndex.get(s) ?? headOnly.get(s);
    if (g === undefined) {
      g = terms.length;
      headOnly.set(s, g);
      terms.push(s);
    }
    return g;
  });
  const win = new Windows(indexStemIds({ ids: [headIds, ...pre.stemIds], terms }, idf));
  const bodyStems = concatLists(sentStems);
  // Distinct body stems with their counts (the keys serve as the body's stem set).
  const tfBody = new Map<string, number>();
  for (const st of bodyStems) tfBody.set(st, (tfBody.get(st) ?? 0) + 1);
  const leadStems = concatLists(sentStems, 0, 2);

  const ranked = sentStems
    .map((_, index) => ({ index, sim: win.cosine(0, 1, index + 1, index + 2) }))
    .sort((a, b) => b.sim - a.sim || a.index - b.index);
  const top = ranked.slice(0, 3);
  const topWords = concatLists(top.map((r) => sentWords[r.index]));
  const maxSim = top.length ? top[0].sim : 0;
  const cosTop3 = top.length ? top.reduce((a, r) => a + r.sim, 0) / top.length : 0;

  const headPrefixes = new Set(headStems.map((s) => s.slice(0, 4)));
  const bodyPrefixes = new Set<string>();
  for (const st of tfBody.keys()) bodyPrefixes.add(st.slice(0, 4));

  // BM25 (k1 1.2, b 0.75) of the headline's stems against the body, average body length 350 stems
  // (the mean over FNC-1's training bodies); log-scaled so long bodies do not dominate.
  let bm25 = 0;
  const lenNorm = 1.2 * (0.25 + (0.75 * bodyStems.length) / 350);
  for (const s of headSet) {
    const f = tfBody.get(s) ?? 0;
    if (f) bm25 += (idf(s) * f * 2.2) / (f + lenNorm);
  }

  const headWords = words(headline);
  // Per distinct body word once: lexicon bits and whether its stem is in the headline.
  const vocabBits = new Uint8Array(pre.vocab.length);
  const inHead = new Uint8Array(pre.vocab.length);
  pre.vocab.forEach((w, k) => {
    vocabBits[k] = LEX_BITS.get(w) ?? 0;
    inHead[k] = headSet.has(stem(w)) ? 1 : 0;
  });
  const allIds = concatLists(pre.ids);
  const hits = overlapHits(allIds, inHead);
  const all = lexCountsOf(allIds, vocabBits, { refute: 0, hedge: 0, confirm: 0, neg: 0 });
  const topLex = lexCounts(topWords);
  const headLex = lexCounts(headWords);
  const lead = { refute: 0, hedge: 0, confirm: 0, neg: 0 };
  for (let i = 0; i < Math.min(3, pre.ids.length); i++) lexCountsOf(pre.ids[i], vocabBits, lead);
  const bodyText = sentences.join(' ');
  const bodyLen = Math.max(1, allIds.length);
  const per100 = (n: number): number => Math.log1p((100 * n) / bodyLen);
  const topLen = Math.max(1, topWords.length);
  const refuteTop = topLex.refute / topLen;
  const hedgeTop = topLex.hedge / topLen;
  const negHead = headLex.neg % 2;
  const negTop = top.length ? lexCounts(sentWords[top[0].index]).neg % 2 : 0;
  const tokFrac = fracIn(headSet, tfBody);

  const f: number[] = [
    1,
    win.cosine(0, 1, 1, sentStems.length + 1),
    maxSim,
    cosTop3,
    win.cosine(0, 1, 1, Math.min(3, sentStems.length + 1)),
    tokFrac,
    fracIn(headSet, new Set(leadStems)),
    fracIn(headPrefixes, bodyPrefixes),
    bigramFrac(headStems, headSet, bodyStems),
    fracIn(numbers(headline), numbers(bodyText)),
    fracIn(names(headline), names(bodyText)),
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
    maxSimWith(ranked, sentWords, REF),
  ];
  return { features: f, ranked };
}

/** Highest headline similarity among sentences holding a word of the lexicon `bit`. */
function maxSimWith(ranked: Array<{ index: number; sim: number }>, sentWords: string[][], bit: number): number {
  for (const r of ranked) if (sentWords[r.index].some((w) => ((LEX_BITS.get(w) ?? 0) & bit) !== 0)) return r.sim;
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

export function stanceHashes(headline: string, pre: SentenceWords, ranked: Array<{ index: number }>, bits: number): number[] {
  const sentWords = pre.words;
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  const add = (key: string): void => { out.add(fnv1a(key) & mask); };
  const topWords = concatLists(ranked.slice(0, 3).map((r) => sentWords[r.index]));
  for (const w of topWords) add(w);
  // fnv1a('L:' + w) continued from the prefix's state: the same hashes without building the keys.
  for (let i = 0; i < Math.min(3, sentWords.length); i++) for (const w of sentWords[i]) out.add(fnv1aFrom(SEED_L, w) & mask);
  // Every body word: the vocabulary is the body's words in order of first appearance, so the set
  // receives the same keys in the same order as a pass over all words would give it.
  for (const w of pre.vocab) out.add(fnv1aFrom(SEED_B, w) & mask);
  const lex = (w: string): boolean => ((LEX_BITS.get(w) ?? 0) & (REF | HED | CON)) !== 0;
  const headLex = words(headline).filter(lex);
  const bodyLex = new Set(topWords.filter(lex));
  for (const h of headLex) {
    add('H:' + h);
    if (!bodyLex.size) add('X:' + h + '|none');
    for (const b of bodyLex) add('X:' + h + '|' + b);
  }
  if (!headLex.length) for (const b of bodyLex) add('X:none|' + b);
  return [...out];
}
