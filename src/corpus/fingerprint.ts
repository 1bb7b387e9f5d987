/**
 * @module corpus/fingerprint
 * Article identity and sentence keys. Identity is the SHA-256 of the normalised text (whitespace
 * collapsed, so re-wrapped copies of one file are one article) and the URL when known: the same
 * text at two URLs is two articles (and a duplicate group), the same file ingested twice is one.
 * Sentence keys find copied sentences: "x:" keys match the same words in the same order (a
 * leading dateline aside); "b:", "h:" and "t:" keys catch light rewrites (see sentenceKeys).
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

/** A wire dateline ("TARROW (Reuters) — ") that copies often drop or change. */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\p{M} .,'’/-]{1,40}(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s*/u;

/** Content words a rewrite key spans: long enough that two different sentences rarely share them. */
const SPAN_WORDS = 8;

export function sentenceKeys(text: string, sentences: readonly Span[]): SentenceKey[] {
  const out: SentenceKey[] = [];
  const key = (kind: string, parts: string[]) => kind + sha(parts.join(' ')).slice(0, 20);
  for (const s of sentences) {
    const w = words(text.slice(s.start, s.end).replace(DATELINE, ''));
    if (w.length < MIN_KEY_WORDS) continue;
    const at = { start: s.start, end: s.end };
    out.push({ key: key('x:', w), ...at });
    const content = w.filter((x) => !STOPWORDS.has(x));
    if (content.length < MIN_KEY_WORDS / 2) continue;
    // Light rewrites: the same content words in another order, or the same opening or closing
    // run of content words with the other end changed ("…, witnesses added").
    out.push({ key: key('b:', [...new Set(content)].sort()), ...at });
    if (content.length > SPAN_WORDS) {
      out.push({ key: key('h:', content.slice(0, SPAN_WORDS)), ...at });
      out.push({ key: key('t:', content.slice(-SPAN_WORDS)), ...at });
    }
  }
  return out;
}
