/**
 * @module segment
 * The first stage: builds a Doc's sentence and token layers over the original text.
 */
import type { ArticleMeta, Doc, Sentence, Token } from '../document/types.js';
import { splitSentences } from './sentences.js';
import { appendTokens, type OffsetBuffer } from './tokens.js';

export { splitSentences } from './sentences.js';
export { tokenize } from './tokens.js';

/** The offsets appendTokens collects for the document being segmented (reused: copied out at the end). */
const collected: OffsetBuffer = { starts: new Int32Array(1024), ends: new Int32Array(1024), count: 0 };

/** Creates a Doc with its sentences and tokens. The text is kept exactly as given. */
export function segment(text: string, meta: ArticleMeta = {}): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  collected.count = 0;
  for (const s of splitSentences(text)) {
    const index = sentences.length;
    const tokenStart = tokens.length;
    appendTokens(text, s.start, s.end, index, tokens, collected);
    const sentence: Sentence = { start: s.start, end: s.end, tokenStart, tokenEnd: tokens.length };
    if (s.headline) sentence.headline = true;
    sentences.push(sentence);
  }
  // The offsets again as typed arrays (see tokenOffsets).
  const n = collected.count;
  offsets.set(tokens, { starts: collected.starts.slice(0, n), ends: collected.ends.slice(0, n) });
  return { text, meta, sentences, tokens };
}

/** Token offsets in two typed arrays: token i is text[starts[i], ends[i]). */
export interface TokenOffsets {
  starts: Int32Array;
  ends: Int32Array;
}

const offsets = new WeakMap<readonly Token[], TokenOffsets>();

/**
 * The offsets of a document's tokens as compact arrays, for stages that scan every token: reading
 * them and `doc.text` touches two arrays and one string instead of an object and a string per
 * token (profiling the actors stage inside the pipeline showed those per-token objects as its main
 * cost). Kept by segment() for its token list; computed once for a token list built elsewhere.
 */
export function tokenOffsets(tokens: readonly Token[]): TokenOffsets {
  let o = offsets.get(tokens);
  if (!o) {
    o = { starts: Int32Array.from(tokens, (t) => t.start), ends: Int32Array.from(tokens, (t) => t.end) };
    offsets.set(tokens, o);
  }
  return o;
}
