/**
 * @module actors/persons
 * People: a title before a name ("President", "Foreign Minister", "Col.") is kept as the role and
 * left out of the name; a surname alone ("Zarif") takes the full name the article gave earlier.
 */
import type { Doc } from '../document/types.js';
import { tokenKey, walkInto, type WalkBuffer } from './dictionary.js';
import { firstAt, tokenIndex } from './token-index.js';

export interface TitleSpan {
  /** First token of the title. */
  start: number;
  role: string;
}

// walkInto's buffer for the title tries (no tuples per person entity).
const TITLE_WALK: WalkBuffer<string> = { ends: [], values: [] };

/** Did the walk find `n` entries, one of them ending exactly at `end`? */
function endsAt(n: number, end: number): boolean {
  for (let k = 0; k < n; k++) if (TITLE_WALK.ends[k] === end) return true;
  return false;
}

/** The longest title that ends exactly at token `end` (exclusive), within the sentence. */
export function titleBefore(doc: Doc, end: number, sentenceStart: number): TitleSpan | null {
  const index = tokenIndex(doc);
  const { words, upper } = index;
  for (let len = 4; len >= 1; len--) {
    const start = end - len;
    const titles = start < sentenceStart ? undefined : firstAt(index, start).titles;
    if (!titles) continue;
    if (upper[start] === 1 && endsAt(walkInto(titles, words, start, end, TITLE_WALK), end)) {
      return { start, role: doc.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end) };
    }
  }
  return null;
}

/** The longest title that starts at token `start` and leaves at least one token before `end`. */
export function titleAt(doc: Doc, start: number, end: number): TitleSpan & { end: number } | null {
  const index = tokenIndex(doc);
  const to = Math.min(end - 1, start + 4);
  const found = start < to ? walkInto(firstAt(index, start).titles, index.words, start, to, TITLE_WALK) : 0;
  if (found === 0) return null;
  // The longest title: the last entry walkInto found.
  const titleEnd = TITLE_WALK.ends[found - 1];
  return { start, end: titleEnd, role: doc.text.slice(doc.tokens[start].start, doc.tokens[titleEnd - 1].end) };
}

/**
 * Maps a surname to the one full name in the article that ends with it ("Zarif" → "Javad Zarif").
 * A surname shared by two full names maps to neither.
 */
export function surnameIndex(fullNames: readonly string[]): Map<string, string> {
  const index = new Map<string, string | null>();
  for (const name of fullNames) {
    const parts = name.split(/\s+/);
    if (parts.length < 2) continue;
    const key = tokenKey(parts[parts.length - 1]);
    const prev = index.get(key);
    index.set(key, prev === undefined || prev === name ? name : null);
  }
  const out = new Map<string, string>();
  for (const [k, v] of index) if (v) out.set(k, v);
  return out;
}

/** A person's name without a trailing possessive and with single spaces. */
export function cleanName(text: string): string {
  return text.replace(/['’]s$/u, '').replace(/\s+/g, ' ').trim();
}
