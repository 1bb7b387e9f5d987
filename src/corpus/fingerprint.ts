/**
 * @module corpus/fingerprint
 * Article identity and sentence keys. Identity is the SHA-256 of the normalised text (whitespace
 * collapsed, so re-wrapped copies of one file are one article) and the URL when known: the same
 * text at two URLs is two articles (and a duplicate group), the same file ingested twice is one.
 * Sentence keys find copied sentences: "x:" keys match the same words in the same order, "b:"
 * keys the same set of content words (a light rewrite: reordered clauses, changed function words).
 */
import { createHash } from 'node:crypto';
import type { Span } from '../document/types.js';
import type { SentenceKey } from '../store/types.js';
import { STOPWORDS } from './stopwords.js';
import { words } from './minhash.js';

/** Sentences shorter than this many words ("He said.", datelines) are too common to show copying. */
export const MIN_KEY_WORDS = 8;

function sha(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export function contentHash(text: string, title?: string): string {
  return sha((title ?? '').trim().replace(/\s+/g, ' ') + '\n' + text.trim().replace(/\s+/g, ' '));
}

/** The corpus identity of an article: 32 hex digits. */
export function articleId(hash: string, url?: string | null): string {
  return sha(hash + '\n' + (url ?? '')).slice(0, 32);
}

export function sentenceKeys(text: string, sentences: readonly Span[]): SentenceKey[] {
  const out: SentenceKey[] = [];
  for (const s of sentences) {
    const w = words(text.slice(s.start, s.end));
    if (w.length < MIN_KEY_WORDS) continue;
    out.push({ key: 'x:' + sha(w.join(' ')).slice(0, 20), start: s.start, end: s.end });
    const content = [...new Set(w.filter((x) => !STOPWORDS.has(x)))].sort();
    if (content.length >= MIN_KEY_WORDS / 2) out.push({ key: 'b:' + sha(content.join(' ')).slice(0, 20), start: s.start, end: s.end });
  }
  return out;
}
