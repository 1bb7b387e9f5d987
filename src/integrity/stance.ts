/**
 * @module integrity/stance
 * The body's FNC-1 stance toward its headline. Two linear models over the features of
 * stance-features.ts: related-vs-unrelated first, then agree/discuss/disagree among related pairs
 * (the split mirrors the FNC-1 score, which weighs the two decisions differently). Weights come
 * from scripts/integrity-train-stance.ts and ship in models/integrity/stance.json.
 */
import { readFileSync } from 'node:fs';
import { splitSentences } from '../segment/index.js';
import type { HeadlineCheck } from '../document/types.js';
import { pairFeatures, recordedIdf, stanceHashes, type Idf } from './stance-features.js';
import { predictProba, type LinearModel } from './linear.js';
import { prepareWords, textWordIds, type SentenceWords } from './prepare.js';
import { lex, W_CONTENT, WORD_STRIDE } from './lexicon.js';

export const IDF_BITS = 16;
export const IDF_SCALE = 16;
export const SPARSE_BITS = 12;
export const STAGE2_CLASSES = ['agree', 'disagree', 'discuss'] as const;

export interface StanceModelFile {
  format: 'sitrep/stance@1';
  features: string[];
  idf: { bits: number; scale: number; table: string };
  related: LinearModel;
  stance: LinearModel;
  cv: { score: number; macroF1: number };
}

interface Loaded {
  idf: Idf;
  related: LinearModel;
  stance: LinearModel;
}

let cached: Loaded | null = null;

/** Loads the shipped model once; shared read-only afterwards. */
export function loadStanceModel(): Loaded {
  if (cached) return cached;
  const url = new URL('../../models/integrity/stance.json', import.meta.url);
  const file = JSON.parse(readFileSync(url, 'utf8')) as StanceModelFile;
  const table = new Uint8Array(Buffer.from(file.idf.table, 'base64'));
  cached = { idf: recordedIdf(table, file.idf.bits, file.idf.scale), related: file.related, stance: file.stance };
  return cached;
}

/** The body's sentences as strings, split the way the pipeline splits them. */
export function bodySentences(body: string): string[] {
  return splitSentences(body).map((s) => body.slice(s.start, s.end));
}

export interface StanceDecision {
  verdict: HeadlineCheck['verdict'];
  /** Probability of the verdict under the two-stage model. */
  score: number;
}

/** Combines the two stages: unrelated when P(related) < 0.5, else the likeliest related stance. */
export function combine(related: LinearModel, stance: LinearModel, x: number[], h: number[]): StanceDecision {
  const pRel = predictProba(related, x)[1];
  if (pRel < 0.5) return { verdict: 'unrelated', score: 1 - pRel };
  const p = predictProba(stance, x, h);
  let k = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[k]) k = i;
  return { verdict: STAGE2_CLASSES[k], score: pRel * p[k] };
}

/** Below this many content words a body cannot support or refute anything with confidence. */
const MIN_BODY_WORDS = 15;

/**
 * Stance of body sentences toward a headline. Missing headline, a one-sentence body or a body of
 * a few words gives `unrelated` with score 0 and a note, never a confident guess.
 */
export function headlineStance(headline: string | undefined, sentences: string[], pre: SentenceWords = prepareWords(sentences)): HeadlineCheck {
  // The headline's words once, as lexicon ids (the same words contentStems would split).
  const headIds = headline ? textWordIds(headline) : [];
  let headWords = 0;
  for (const g of headIds) headWords += lex.rec[g * WORD_STRIDE + W_CONTENT] ? 1 : 0;
  if (!headline || headWords === 0) return { verdict: 'unrelated', score: 0, evidence: [], note: 'no headline' };
  const bodyWords = pre.stem.length;
  if (sentences.length < 2 || bodyWords < MIN_BODY_WORDS) {
    return { verdict: 'unrelated', score: 0, evidence: [], note: 'not enough text' };
  }
  const m = loadStanceModel();
  const a = pairFeatures(headline, sentences, m.idf, pre, headIds);
  const d = combine(m.related, m.stance, a.features, stanceHashes(headline, pre, a.ranked, m.stance.sparseBits, headIds));
  // Evidence: the sentences that repeat the headline's content (cosine ≥ 0.1), best three, in order.
  const evidence = d.verdict === 'unrelated' ? [] : a.ranked.filter((r) => r.sim >= 0.1).slice(0, 3).map((r) => r.index).sort((x, y) => x - y);
  return { verdict: d.verdict, score: +d.score.toFixed(3), evidence };
}
