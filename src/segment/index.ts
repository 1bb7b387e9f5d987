/**
 * @module segment
 * The first stage: builds a Doc's sentence and token layers over the original text.
 */
import type { ArticleMeta, Doc, Sentence, Token } from '../document/types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export { splitSentences } from './sentences.js';
export { tokenize } from './tokens.js';

/** Creates a Doc with its sentences and tokens. The text is kept exactly as given. */
export function segment(text: string, meta: ArticleMeta = {}): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const s of splitSentences(text)) {
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (const t of tokenize(text, s.start, s.end)) {
      tokens.push({ start: t.start, end: t.end, kind: t.kind, text: text.slice(t.start, t.end), sentence: index });
    }
    sentences.push({ start: s.start, end: s.end, tokenStart, tokenEnd: tokens.length, ...(s.headline ? { headline: true } : {}) });
  }
  return { text, meta, sentences, tokens };
}
