/**
 * @module integrity/prepare
 * A document's words, found once and shared by the stance, coherence and spin-free checks: every
 * token as a global word id (lexicon.ts) and as a document-local id, and the content stems per
 * sentence as local stem ids, all in flat typed arrays (no per-sentence arrays, no strings).
 */
import { beginDocument, gen, IdMarks, internHashed, internWord, lex, Marks, W_CONTENT, W_STEM, WORD_STRIDE } from './lexicon.js';
import { charClass, hasAstral, LETTER, OTHER, words } from './text.js';

/** The words and content stems of a list of sentences (see prepareWords). */
export interface SentenceWords {
  /** Sentence i's tokens are [wordStart[i], wordStart[i + 1]). */
  wordStart: Int32Array;
  /** Global word id of every token. */
  word: Int32Array;
  /** Document-local word id of every token, numbered in order of first appearance. */
  local: Int32Array;
  /** Global word id of each local word. */
  vocab: Int32Array;
  /** Sentence i's content stems are [stemStart[i], stemStart[i + 1]) of `stem`. */
  stemStart: Int32Array;
  /** Document-local stem id of every content word, numbered in order of first appearance. */
  stem: Int32Array;
  /** Global stem id of each local stem. */
  stemVocab: Int32Array;
  /** The lexicon generation the global ids belong to, and that generation's words (by global id). */
  gen: number;
  wordText: readonly string[];
}

/**
 * Scratch buffers, reused: tokens' global, local and stem ids and the local vocabularies (all five
 * the same length, grown together: a vocabulary is never longer than the tokens), scanned ids.
 */
let tokW: Int32Array = new Int32Array(4096);
let tokL: Int32Array = new Int32Array(4096);
let tokS: Int32Array = new Int32Array(4096);
let vocabBuf: Int32Array = new Int32Array(4096);
let stemVocabBuf: Int32Array = new Int32Array(4096);
let scan: Int32Array = new Int32Array(1024);
const wordLocal = new IdMarks();
const stemLocal = new IdMarks();

function grown(a: Int32Array, n: number): Int32Array {
  if (n <= a.length) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Scans a text's words (the same words as words(text), in order) into `scan` as global word ids
 * and returns their number: the text is lower-cased once and read in place.
 */
function scanWords(text: string): number {
  const t = text.toLowerCase();
  if (hasAstral(t)) {
    const ws = words(text);
    scan = grown(scan, ws.length);
    let m = 0;
    for (const w of ws) scan[m++] = internWord(w);
    return m;
  }
  return scanRange(t, 0, t.length);
}

/** scanWords over t[from, to) of a lower-cased text without astral characters. */
function scanRange(t: string, from: number, n: number): number {
  let m = 0;
  // A word takes at least one code unit and one separator.
  scan = grown(scan, ((n - from) >> 1) + 1);
  let i = from;
  // Each word's fnv1a hash is computed while it is scanned (an apostrophe hashed as "'").
  while (i < n) {
    let c = t.charCodeAt(i);
    if (charClass(c) === OTHER) { i++; continue; }
    const start = i;
    let h = 0x811c9dc5;
    do { h = Math.imul(h ^ c, 0x01000193); c = ++i < n ? t.charCodeAt(i) : 0; } while (i < n && charClass(c) !== OTHER);
    if ((c === 0x27 || c === 0x2019) && i + 1 < n && charClass(t.charCodeAt(i + 1)) === LETTER) {
      const apos = c === 0x2019 ? i : -1;
      h = Math.imul(h ^ 0x27, 0x01000193);
      for (i++; i < n && charClass((c = t.charCodeAt(i))) === LETTER; i++) h = Math.imul(h ^ c, 0x01000193);
      scan[m++] = internHashed(t, start, i, apos, h >>> 0);
    } else {
      scan[m++] = internHashed(t, start, i, -1, h >>> 0);
    }
  }
  return m;
}

/** The global word ids of the words of a short text (a headline). */
export function textWordIds(text: string): number[] {
  const m = scanWords(text);
  const out: number[] = new Array(m);
  for (let i = 0; i < m; i++) out[i] = scan[i];
  return out;
}

export function prepareWords(sentences: readonly string[]): SentenceWords {
  return collect(sentences.length, (si) => scanWords(sentences[si]));
}

/**
 * prepareWords over the sentences text[start, end) of one text, lower-casing the text once
 * (`lower`, when the caller has it) instead of each sentence: the same result whenever lower case
 * is per code unit (no "İ", no "Σ", no astral letters), and prepareWords itself otherwise.
 * For one document's checks at a time: the token arrays of the result are views of buffers the
 * next prepareSpans or prepareWords call overwrites (copying them cost more than most of the
 * checks that read them). A caller that keeps prepared texts uses prepareWords.
 */
export function prepareSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>, lower = text.toLowerCase()): SentenceWords {
  if (lower.length !== text.length || text.includes('\u03a3') || hasAstral(text)) return prepareWords(spans.map((s) => text.slice(s.start, s.end)));
  return collect(spans.length, (si) => scanRange(lower, spans[si].start, spans[si].end), false);
}

/**
 * The words of n sentences, `scanSentence(i)` leaving sentence i's global word ids in `scan`; the
 * token arrays copied out of the scratch buffers when `copy`, else views of them.
 */
function collect(nSentences: number, scanSentence: (i: number) => number, copy = true): SentenceWords {
  beginDocument();
  wordLocal.clear();
  stemLocal.clear();
  const wordStart = new Int32Array(nSentences + 1);
  const stemStart = new Int32Array(nSentences + 1);
  let nTok = 0;
  let nStem = 0;
  let nVocab = 0;
  let nStemVocab = 0;
  for (let si = 0; si < nSentences; si++) {
    wordStart[si] = nTok;
    stemStart[si] = nStem;
    const m = scanSentence(si);
    if (nTok + m > tokW.length) {
      tokW = grown(tokW, nTok + m);
      tokL = grown(tokL, nTok + m);
      tokS = grown(tokS, nTok + m);
      vocabBuf = grown(vocabBuf, nTok + m);
      stemVocabBuf = grown(stemVocabBuf, nTok + m);
    }
    const rec = lex.rec;
    for (let j = 0; j < m; j++) {
      const g = scan[j];
      const l = wordLocal.intern(g, nVocab);
      if (l === nVocab) vocabBuf[nVocab++] = g;
      tokW[nTok] = g;
      tokL[nTok++] = l;
      if (rec[g * WORD_STRIDE + W_CONTENT]) {
        const sg = rec[g * WORD_STRIDE + W_STEM];
        const ls = stemLocal.intern(sg, nStemVocab);
        if (ls === nStemVocab) stemVocabBuf[nStemVocab++] = sg;
        tokS[nStem++] = ls;
      }
    }
  }
  wordStart[nSentences] = nTok;
  stemStart[nSentences] = nStem;
  const part = (a: Int32Array, n: number): Int32Array => (copy ? a.slice(0, n) : a.subarray(0, n));
  return {
    wordStart,
    word: part(tokW, nTok),
    local: part(tokL, nTok),
    vocab: part(vocabBuf, nVocab),
    stemStart,
    stem: part(tokS, nStem),
    stemVocab: part(stemVocabBuf, nStemVocab),
    gen: gen(),
    wordText: lex.word,
  };
}

/**
 * Renews the global ids of words prepared in an earlier lexicon generation (a trainer keeps many
 * prepared bodies while the lexicon fills): local ids and stem order stay as they were.
 */
export function freshen(pre: SentenceWords): SentenceWords {
  if (pre.gen === gen()) return pre;
  const vocab = new Int32Array(pre.vocab.length);
  for (let k = 0; k < vocab.length; k++) vocab[k] = internWord(pre.wordText[pre.vocab[k]]);
  const seen = new Marks();
  const stemVocab: number[] = [];
  for (const g of vocab) {
    const sg = lex.rec[g * WORD_STRIDE + W_STEM];
    if (lex.rec[g * WORD_STRIDE + W_CONTENT] && seen.add(sg)) stemVocab.push(sg);
  }
  const word = new Int32Array(pre.local.length);
  for (let i = 0; i < word.length; i++) word[i] = vocab[pre.local[i]];
  return { ...pre, word, vocab, stemVocab: new Int32Array(stemVocab), gen: gen(), wordText: lex.word };
}
