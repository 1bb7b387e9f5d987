/**
 * @module entities/tags
 * Tag schemes for the sequence model and conversions between tags and entity spans.
 * The model decodes in BILOU (Ratinov & Roth 2009 found it better than BIO on CoNLL-2003);
 * benchmarks score BIO, and CoNLL-2003's files may be IOB1, so both conversions live here.
 */
import type { EntityLabel } from '../document/types.js';

export const TYPES: readonly EntityLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** A token-index span [start, end) with its type. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

export type Scheme = 'BIO' | 'BILOU';

/** The tag inventory of a scheme: "O" first, then per type its prefixes. */
export function tagSet(scheme: Scheme, types: readonly string[] = TYPES): string[] {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const out = ['O'];
  for (const t of types) for (const p of prefixes) out.push(`${p}-${t}`);
  return out;
}

/**
 * Spans from BIO or IOB1 tags, read the way conlleval reads them: a chunk starts at B-X, or at
 * I-X when the previous tag is not of type X; L-/U- tags (BILOU) are read as I-/B- ends.
 */
export function spansFromTags(tags: readonly string[]): TagSpan[] {
  const out: TagSpan[] = [];
  let cur: TagSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const p = tag[0];
    const type = tag.length > 2 ? tag.slice(2) : '';
    const continues = cur !== null && (p === 'I' || p === 'L') && cur.type === type;
    if (continues) {
      cur!.end = i + 1;
    } else {
      if (cur) out.push(cur);
      cur = p === 'O' || type === '' ? null : { start: i, end: i + 1, type };
    }
    if (cur && (p === 'L' || p === 'U')) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Tags for n tokens from spans, in the given scheme. */
export function tagsFromSpans(n: number, spans: readonly TagSpan[], scheme: Scheme): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const s of spans) {
    for (let i = s.start; i < s.end; i++) {
      let p = i === s.start ? 'B' : 'I';
      if (scheme === 'BILOU') {
        if (s.end - s.start === 1) p = 'U';
        else if (i === s.end - 1) p = 'L';
      }
      tags[i] = `${p}-${s.type}`;
    }
  }
  return tags;
}

/** IOB1 (or BIO) to BIO: the form conlleval-style span scoring expects. */
export function toBIO(tags: readonly string[]): string[] {
  return tagsFromSpans(tags.length, spansFromTags(tags), 'BIO');
}

/**
 * Which tag may follow which in a scheme: allowed[prev * n + cur], with prev = n for the start of a
 * sentence; final[t] says whether a sentence may end on tag t.
 */
export function transitionMask(tags: readonly string[]): { allowed: Uint8Array; final: Uint8Array } {
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n);
  const final = new Uint8Array(n);
  const open = (t: string): boolean => t[0] === 'B' || (t[0] === 'I' && tags.some((x) => x[0] === 'L'));
  const bilou = tags.some((x) => x[0] === 'L');
  for (let prev = 0; prev <= n; prev++) {
    for (let cur = 0; cur < n; cur++) {
      const pt = prev === n ? 'O' : tags[prev];
      const ct = tags[cur];
      let ok: boolean;
      if (bilou) {
        const pOpen = pt[0] === 'B' || pt[0] === 'I';
        const inside = ct[0] === 'I' || ct[0] === 'L';
        ok = pOpen ? inside && pt.slice(2) === ct.slice(2) : !inside;
      } else {
        ok = ct[0] !== 'I' || ((pt[0] === 'B' || pt[0] === 'I') && pt.slice(2) === ct.slice(2));
      }
      allowed[prev * n + cur] = ok ? 1 : 0;
    }
  }
  for (let t = 0; t < n; t++) final[t] = bilou && open(tags[t]) ? 0 : 1;
  return { allowed, final };
}
