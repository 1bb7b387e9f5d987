/**
 * @module integrity/stance-features
 * Hand-built features of a (headline, body) pair for the FNC-1 stance model: how much of the
 * headline the body repeats (TF-IDF cosine, BM25, token and bigram overlap, the most similar
 * sentences), and how the body talks about it (refuting, hedging and confirming words, negation
 * near the overlapping words, numbers and names in common). No feature depends on the identity of
 * a headline, so the model cannot memorise claims (the FNC-1 test set has unseen headlines).
 */
import { contentStems, fnv1a, memoIdf, prepareWords, stem, words, type SentenceWords } from './text.js';
import { indexStems, Windows } from './topic.js';

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

export type Idf = (stem: string) => number;

/** Hashed IDF lookup over 2^bits buckets of stems (see models/integrity/README.md). */
export function hashedIdf(table: Uint8Array, bits: number, scale: number): Idf {
  const mask = (1 << bits) - 1;
  return (s: string) => table[fnv1a(s) & mask] / scale;
}

/** Counts lexicon words in a word list. */
function lexCount(ws: string[], lex: Set<string>): number {
  let n = 0;
  for (const w of ws) if (lex.has(w)) n++;
  return n;
}

/** Positions of words whose stem occurs in the headline (lexicon words are never content: skip stemming them). */
function overlapHits(ws: string[], head: Set<string>): number[] {
  const hits: number[] = [];
  const memo = new Map<string, boolean>();
  for (let i = 0; i < ws.length; i++) {
    let h = memo.get(ws[i]);
    if (h === undefined) memo.set(ws[i], (h = head.has(stem(ws[i]))));
    if (h) hits.push(i);
  }
  return hits;
}

/** Lexicon hits within `win` words of a headline-overlap position. */
function nearOverlap(ws: string[], hits: number[], lex: Set<string>, win: number): number {
  if (!hits.length) return 0;
  let n = 0;
  for (let i = 0; i < ws.length; i++) {
    if (!lex.has(ws[i])) continue;
    if (hits.some((h) => Math.abs(h - i) <= win)) n++;
  }
  return n;
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

function fracIn<T>(a: Set<T>, b: Set<T>): number {
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
  const win = new Windows(indexStems([headStems, ...sentStems], idf));
  const bodyStems = sentStems.flat();
  const bodySet = new Set(bodyStems);
  const tfBody = new Map<string, number>();
  for (const st of bodyStems) tfBody.set(st, (tfBody.get(st) ?? 0) + 1);
  const leadStems = sentStems.slice(0, 2).flat();

  const ranked = sentStems
    .map((_, index) => ({ index, sim: win.cosine(0, 1, index + 1, index + 2) }))
    .sort((a, b) => b.sim - a.sim || a.index - b.index);
  const top = ranked.slice(0, 3);
  const topWords = top.flatMap((r) => sentWords[r.index]);
  const maxSim = top.length ? top[0].sim : 0;
  const cosTop3 = top.length ? top.reduce((a, r) => a + r.sim, 0) / top.length : 0;

  const headPrefixes = new Set(headStems.map((s) => s.slice(0, 4)));
  const bodyPrefixes = new Set(bodyStems.map((s) => s.slice(0, 4)));

  // BM25 (k1 1.2, b 0.75) of the headline's stems against the body, average body length 350 stems
  // (the mean over FNC-1's training bodies); log-scaled so long bodies do not dominate.
  let bm25 = 0;
  const lenNorm = 1.2 * (0.25 + (0.75 * bodyStems.length) / 350);
  for (const s of headSet) {
    const f = tfBody.get(s) ?? 0;
    if (f) bm25 += (idf(s) * f * 2.2) / (f + lenNorm);
  }

  const allWords = sentWords.flat();
  const hits = overlapHits(allWords, headSet);
  const bodyText = sentences.join(' ');
  const headWords = words(headline);
  const bodyLen = Math.max(1, allWords.length);
  const per100 = (n: number): number => Math.log1p((100 * n) / bodyLen);
  const topLen = Math.max(1, topWords.length);
  const refuteTop = lexCount(topWords, REFUTE) / topLen;
  const hedgeTop = lexCount(topWords, HEDGE) / topLen;
  const negHead = lexCount(headWords, NEGATION) % 2;
  const negTop = top.length ? lexCount(sentWords[top[0].index], NEGATION) % 2 : 0;
  const tokFrac = fracIn(headSet, bodySet);

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
    Math.log1p(allWords.length) / 8,
    Math.log1p(headWords.length) / 4,
    per100(lexCount(allWords, REFUTE)),
    Math.sqrt(refuteTop),
    Math.log1p(nearOverlap(allWords, hits, REFUTE, 4)),
    Math.min(1, lexCount(headWords, REFUTE)),
    per100(lexCount(allWords, HEDGE)),
    Math.sqrt(hedgeTop),
    Math.log1p(nearOverlap(allWords, hits, HEDGE, 4)),
    Math.min(1, lexCount(headWords, HEDGE)),
    per100(lexCount(allWords, CONFIRM)),
    Math.sqrt(lexCount(topWords, CONFIRM) / topLen),
    negTop,
    negHead === negTop ? 0 : 1,
    headline.includes('?') ? 1 : 0,
    Math.sqrt(refuteTop) * maxSim,
    Math.sqrt(hedgeTop) * maxSim,
    ...bins(maxSim, [0.05, 0.12, 0.2, 0.35]),
    ...bins(tokFrac, [0.2, 0.4, 0.6]),
    top.length ? countQuotes(top, sentences) : 0,
    Math.log1p(lexCount(sentWords.slice(0, 3).flat(), REFUTE)),
    Math.log1p(lexCount(sentWords.slice(0, 3).flat(), HEDGE)),
    Math.min(1, lexCount(headWords, REFUTE)) * Math.sqrt(refuteTop),
    Math.min(1, lexCount(headWords, HEDGE)) * Math.sqrt(hedgeTop),
    maxSimWith(ranked, sentWords, REFUTE),
  ];
  return { features: f, ranked };
}

/** Highest headline similarity among sentences holding a lexicon word. */
function maxSimWith(ranked: Array<{ index: number; sim: number }>, sentWords: string[][], lex: Set<string>): number {
  for (const r of ranked) if (lexCount(sentWords[r.index], lex)) return r.sim;
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
export function stanceHashes(headline: string, sentWords: string[][], ranked: Array<{ index: number }>, bits: number): number[] {
  const mask = (1 << bits) - 1;
  const out = new Set<number>();
  const add = (key: string): void => { out.add(fnv1a(key) & mask); };
  const topWords = ranked.slice(0, 3).flatMap((r) => sentWords[r.index]);
  for (const w of topWords) add(w);
  for (const ws of sentWords.slice(0, 3)) for (const w of ws) add('L:' + w);
  for (const ws of sentWords) for (const w of ws) add('B:' + w);
  const lex = (w: string): boolean => REFUTE.has(w) || HEDGE.has(w) || CONFIRM.has(w);
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
