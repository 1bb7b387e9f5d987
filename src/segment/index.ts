/**
 * @module segment
 * The first stage: builds a Doc's sentence and token layers over the original text.
 */
import type { ArticleMeta, Doc, Sentence, Token } from '../document/types.js';
import { splitSentences } from './sentences.js';
import { appendTokens } from './tokens.js';

export { splitSentences } from './sentences.js';
export { tokenize } from './tokens.js';

/** Creates a Doc with its sentences and tokens. The text is kept exactly as given. */
export function segment(text: string, meta: ArticleMeta = {}): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const s of splitSentences(text)) {
    const index = sentences.length;
    const tokenStart = tokens.length;
    appendTokens(text, s.start, s.end, index, tokens);
    const sentence: Sentence = { start: s.start, end: s.end, tokenStart, tokenEnd: tokens.length };
    if (s.headline) sentence.headline = true;
    sentences.push(sentence);
  }
  return { text, meta, sentences, tokens };
}
