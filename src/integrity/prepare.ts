/**
 * @module integrity/prepare
 * A document's words, found once and shared by the stance, coherence and spin-free checks: every
 * token as a global word id (lexicon.ts) and as a document-local id, and the content stems per
 * sentence as local stem ids, all in flat typed arrays (no per-sentence arrays, no strings).
 */
import { beginDocument, gen, internRange, internWord, lex, Marks } from './lexicon.js';
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
  /** The local words as text, to renew the global ids if the lexicon started afresh since. */
  vocabText: string[];
  /** Sentence i's content stems are [stemStart[i], stemStart[i + 1]) of `stem`. */
  stemStart: Int32Array;
  /** Document-local stem id of every content word, numbered in order of first appearance. */
  stem: Int32Array;
  /** Global stem id of each local stem. */
  stemVocab: Int32Array;
  /** The lexicon generation the global ids belong to. */
  gen: number;
}

let tokW: Int32Array = new Int32Array(4096);
let tokL: Int32Array = new Int32Array(4096);
let tokS: Int32Array = new Int32Array(4096);
const wordLocal = new Marks();
const stemLocal = new Marks();

function room(n: number): void {
  if (n < tokW.length) return;
  const grow = (a: Int32Array): Int32Array => { const b = new Int32Array(a.length * 2 + n); b.set(a); return b; };
  tokW = grow(tokW);
  tokL = grow(tokL);
  tokS = grow(tokS);
}

/**
 * Global word ids of the words of a text: the same words as words(text), in order.
 * `into` receives them (the scan lower-cases the text once and reads it in place).
 */
export function wordIds(text: string, into: (g: number) => void): void {
  const t = text.toLowerCase();
  if (hasAstral(t)) {
    for (const w of words(text)) into(internWord(w));
    return;
  }
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (charClass(t.charCodeAt(i)) === OTHER) { i++; continue; }
    const start = i;
    while (i < n && charClass(t.charCodeAt(i)) !== OTHER) i++;
    const a = i < n ? t.charCodeAt(i) : 0;
    if ((a === 0x27 || a === 0x2019) && i + 1 < n && charClass(t.charCodeAt(i + 1)) === LETTER) {
      const apos = i;
      i += 2;
      while (i < n && charClass(t.charCodeAt(i)) === LETTER) i++;
      into(internRange(t, start, i, a === 0x2019 ? apos : -1));
    } else {
      into(internRange(t, start, i, -1));
    }
  }
}

/** The global word ids of a short text (a headline) as an array. */
export function textWordIds(text: string): number[] {
  const out: number[] = [];
  wordIds(text, (g) => { out.push(g); });
  return out;
}

export function prepareWords(sentences: readonly string[]): SentenceWords {
  beginDocument();
  wordLocal.clear();
  stemLocal.clear();
  const vocab: number[] = [];
  const vocabText: string[] = [];
  const stemVocab: number[] = [];
  const wordStart = new Int32Array(sentences.length + 1);
  const stemStart = new Int32Array(sentences.length + 1);
  let nTok = 0;
  let nStem = 0;
  const add = (g: number): void => {
    room(nTok + 1);
    if (wordLocal.add(g, vocab.length)) { vocab.push(g); vocabText.push(lex.word[g]); }
    tokW[nTok] = g;
    tokL[nTok++] = wordLocal.value[g];
    if (lex.content[g]) {
      const sg = lex.stem[g];
      if (stemLocal.add(sg, stemVocab.length)) stemVocab.push(sg);
      tokS[nStem++] = stemLocal.value[sg];
    }
  };
  for (let i = 0; i < sentences.length; i++) {
    wordStart[i] = nTok;
    stemStart[i] = nStem;
    wordIds(sentences[i], add);
  }
  wordStart[sentences.length] = nTok;
  stemStart[sentences.length] = nStem;
  return {
    wordStart,
    word: tokW.slice(0, nTok),
    local: tokL.slice(0, nTok),
    vocab: Int32Array.from(vocab),
    vocabText,
    stemStart,
    stem: tokS.slice(0, nStem),
    stemVocab: Int32Array.from(stemVocab),
    gen: gen(),
  };
}

/**
 * Renews the global ids of words prepared in an earlier lexicon generation (a trainer keeps many
 * prepared bodies while the lexicon fills): local ids and stem order stay as they were.
 */
export function freshen(pre: SentenceWords): SentenceWords {
  if (pre.gen === gen()) return pre;
  const vocab = Int32Array.from(pre.vocabText, (w) => internWord(w));
  const seen = new Marks();
  const stemVocab: number[] = [];
  for (const g of vocab) if (lex.content[g] && seen.add(lex.stem[g])) stemVocab.push(lex.stem[g]);
  const byLocal = Int32Array.from(pre.local, (k) => vocab[k]);
  return { ...pre, word: byLocal, vocab, stemVocab: Int32Array.from(stemVocab), gen: gen() };
}
