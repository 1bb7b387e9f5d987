/**
 * @module actors/merge
 * NER people and organisations merged into the scanner's hits: a person keeps a title before the
 * name as the role and takes the full name for a lone surname; a hit that cuts into a named
 * entity ("Michael Jordan") gives way to it.
 */
import type { Doc, Entity } from '../document/types.js';
import { tokenOffsets } from '../segment/index.js';
import { tokenKey } from './dictionary.js';
import { cleanName, surnameIndex, titleAt, titleBefore, type TitleSpan } from './persons.js';
import type { Hit } from './scan.js';
import { firstAt, isPossessive, tokenIndex } from './token-index.js';
import type { CanonicalActor } from './types.js';

/** The first token that ends after offset `start` (binary search over the token ends: entities can be many). */
export function firstTokenEndingAfter(ends: Int32Array, start: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** From token `lo`, the first token that starts at or after offset `end`. */
export function tokensBefore(starts: Int32Array, lo: number, end: number): number {
  let b = lo;
  while (b < starts.length && starts[b] < end) b++;
  return b;
}

/** The country of a demonym, country name or "Country's" ending right before token `at`. */
function countryBefore(doc: Doc, at: number, sentenceStart: number): string | undefined {
  let k = at - 1;
  if (k > sentenceStart && isPossessive(doc.tokens[k].text)) k--;
  if (k < sentenceStart) return undefined;
  const index = tokenIndex(doc);
  const hit = firstAt(index, k).names?.values?.find((x) => (x.target.type === 'demonym' || x.target.type === 'country') && index.upper[k] === 1);
  return hit && 'iso2' in hit.target ? hit.target.iso2 : undefined;
}

/** Does a country word or common noun cut into a named person or organisation (nameAt: entity per token)? */
function cutsName(h: Hit, nameAt: Int32Array, from: Int32Array, to: Int32Array): boolean {
  if (h.source === 'named') return false;
  for (let t = h.start; t < h.end; t++) {
    const k = nameAt[t];
    if (k >= 0 && !(h.start <= from[k] && to[k] <= h.end)) return true;
  }
  return false;
}

function isFree(covered: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (covered[t] !== 0) return false;
  return true;
}

/**
 * Scratch arrays of mergeEntities, reused from call to call (nothing keeps them): a typed array of
 * a document's size is an allocation outside the heap, which the garbage collector must then free.
 */
const scratch = { from: new Int32Array(256), to: new Int32Array(256), nameAt: new Int32Array(4096), covered: new Uint8Array(4096) };

/** People and organisations from NER that the dictionary did not find. Linear in tokens + entities. */
export function mergeEntities(doc: Doc, hits: Hit[], entities: readonly Entity[]): Hit[] {
  // Each entity's token range [from, to), empty (from === to) when it covers no token.
  const n = entities.length;
  const tokenCount = doc.tokens.length;
  if (scratch.from.length < n) {
    scratch.from = new Int32Array(2 * n);
    scratch.to = new Int32Array(2 * n);
  }
  if (scratch.nameAt.length < tokenCount) {
    scratch.nameAt = new Int32Array(2 * tokenCount);
    scratch.covered = new Uint8Array(2 * tokenCount);
  }
  const { from, to, nameAt, covered } = scratch;
  nameAt.fill(-1, 0, tokenCount);
  covered.fill(0, 0, tokenCount);
  // Token offsets from the typed arrays: the binary searches would read a token object per step.
  const { starts, ends } = tokenOffsets(doc.tokens);
  for (let k = 0; k < n; k++) {
    const e = entities[k];
    const lo = firstTokenEndingAfter(ends, e.start);
    const b = tokensBefore(starts, lo, e.end);
    from[k] = lo;
    to[k] = b > lo ? b : lo;
    if (b > lo && (e.label === 'PER' || e.label === 'ORG')) for (let t = lo; t < b; t++) nameAt[t] = k;
  }
  // A country word or common noun that cuts into a named person or organisation ("Michael Jordan",
  // "the Niger Patriotic Front") is part of that name: the entity wins unless the hit covers it.
  const out: Hit[] = [];
  for (const h of hits) if (!cutsName(h, nameAt, from, to)) out.push(h);
  for (const h of out) covered.fill(1, h.start, h.end);
  const people: Array<{ k: number; nameStart: number; title: TitleSpan | null; name: string }> = [];
  for (let k = 0; k < n; k++) {
    const e = entities[k];
    if (e.label !== 'PER' || to[k] === from[k]) continue;
    const title = titleAt(doc, from[k], to[k]);
    const nameStart = title ? title.end : from[k];
    people.push({ k, nameStart, title, name: cleanName(doc.text.slice(doc.tokens[nameStart].start, e.end)) });
  }
  const surnames = surnameIndex(people.map((p) => p.name));
  for (const p of people) {
    const r0 = from[p.k];
    const r1 = to[p.k];
    if (!isFree(covered, p.nameStart, r1)) continue;
    const sentenceStart = doc.sentences[doc.tokens[r0].sentence].tokenStart;
    const title = p.title ?? titleBefore(doc, r0, sentenceStart);
    const canonical = p.name.includes(' ') ? p.name : surnames.get(tokenKey(p.name)) ?? p.name;
    // "Iranian Foreign Minister Javad Zarif": the country word before the title is the person's state.
    const iso2 = title ? countryBefore(doc, title.start, sentenceStart) : undefined;
    const actor: CanonicalActor = { canonical, kind: 'person' };
    if (iso2) actor.country = iso2;
    const hit: Hit = { start: p.nameStart, end: r1, actor, source: 'entity' };
    if (title) hit.role = title.role;
    out.push(hit);
    covered.fill(1, hit.start, hit.end);
  }
  for (let k = 0; k < n; k++) {
    const e = entities[k];
    if (e.label !== 'ORG' || to[k] === from[k] || !isFree(covered, from[k], to[k])) continue;
    out.push({ start: from[k], end: to[k], actor: { canonical: cleanName(e.text.replace(/^the\s+/i, '')), kind: 'other' }, source: 'entity' });
    covered.fill(1, from[k], to[k]);
  }
  return out.sort(byStart);
}

function byStart(a: Hit, b: Hit): number {
  return a.start - b.start;
}
