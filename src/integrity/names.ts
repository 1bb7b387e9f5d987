/**
 * @module integrity/names
 * Capitalised words inside sentences, a cheap stand-in for names when doc.entities is empty (the
 * coherence check counts names that continue across a boundary), and their numbering per document
 * without building a string per occurrence.
 */
import { hasAstral, U_L, U_LL, U_LU, U_SPACE, unitClass } from './text.js';

const NAME = /(?<=[\p{L},;]\s)\p{Lu}[\p{Ll}'’-]{2,}/gu;

/**
 * Calls visit(i, j) for each match text[i, j) of NAME, by a code-unit scan (not for astral text,
 * where code units are not characters).
 */
function eachName(text: string, visit: (i: number, j: number) => void): void {
  const n = text.length;
  for (let i = 2; i < n; i++) {
    const u = text.charCodeAt(i);
    // Below U+00C0 only A-Z are upper-case letters: most code units stop here, without the table.
    if (u < 0x41 || (u > 0x5a && u < 0xc0)) continue;
    if (!(unitClass(u) & U_LU) || !(unitClass(text.charCodeAt(i - 1)) & U_SPACE)) continue;
    const p = text.charCodeAt(i - 2);
    if (!(p === 0x2c || p === 0x3b || unitClass(p) & U_L)) continue;
    let j = i + 1;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c >= 0x61 && c <= 0x7a) continue;
      if (!(c === 0x27 || c === 0x2019 || c === 0x2d || unitClass(c) & U_LL)) break;
    }
    if (j - i < 3) continue;
    visit(i, j);
    i = j - 1;
  }
}

/** The matches of NAME (lower-cased), in order. */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  if (hasAstral(text)) {
    for (const m of text.matchAll(NAME)) out.push(m[0].toLowerCase());
    return out;
  }
  eachName(text, (i, j) => { out.push(text.slice(i, j).toLowerCase()); });
  return out;
}

/** Lower case of a code unit, when it is one code unit (every \p{Lu} but "İ"). */
const LOWER = new Uint16Array(65536);

function lowerUnit(c: number): number {
  let l = LOWER[c];
  if (l === 0) LOWER[c] = l = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  return l;
}

/**
 * The names of each text as small ids, equal for equal lower-cased names, numbered in order of
 * first appearance: the same numbering as interning namesIn's strings in a Map. A match is an
 * upper-case letter and then lower-case letters, apostrophes and hyphens, which lower-casing
 * leaves alone, so a name is its first letter's lower case and its other code units as they are:
 * names are hashed and compared in place. Texts with astral characters or "İ" (two code units in
 * lower case) take the strings.
 */
export function nameIds(texts: readonly string[]): { ids: number[][]; count: number } {
  if (texts.some((t) => hasAstral(t) || t.includes('\u0130'))) {
    const byName = new Map<string, number>();
    const ids = texts.map((t) => namesIn(t).map((nm) => {
      let k = byName.get(nm);
      if (k === undefined) byName.set(nm, (k = byName.size));
      return k;
    }));
    return { ids, count: byName.size };
  }
  // First occurrence of each id: its text, start and end; a small open-addressing table of hashes.
  const src: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let table: Int32Array = new Int32Array(64).fill(-1);
  const find = (t: string, i: number, j: number, h: number): number => {
    const mask = (table.length >> 1) - 1;
    let s = h & mask;
    for (;;) {
      const k = table[2 * s + 1];
      if (k < 0) break;
      if (table[2 * s] === h && sameName(src[k], from[k], to[k], t, i, j)) return k;
      s = (s + 1) & mask;
    }
    const k = src.length;
    src.push(t);
    from.push(i);
    to.push(j);
    table[2 * s] = h;
    table[2 * s + 1] = k;
    if (4 * src.length > table.length) table = rehash(table, src, from, to);
    return k;
  };
  const ids = texts.map((t) => {
    const out: number[] = [];
    eachName(t, (i, j) => { out.push(find(t, i, j, nameHash(t, i, j))); });
    return out;
  });
  return { ids, count: src.length };
}

/** FNV-1a of a name read as lower case (first unit lowered), as an int32. */
function nameHash(t: string, i: number, j: number): number {
  let h = Math.imul(0x811c9dc5 ^ lowerUnit(t.charCodeAt(i)), 0x01000193);
  for (let k = i + 1; k < j; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
  return h | 0;
}

function sameName(a: string, ai: number, aj: number, b: string, bi: number, bj: number): boolean {
  if (aj - ai !== bj - bi || lowerUnit(a.charCodeAt(ai)) !== lowerUnit(b.charCodeAt(bi))) return false;
  for (let k = 1; k < aj - ai; k++) if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  return true;
}

/** The table twice as large, every id re-inserted. */
function rehash(old: Int32Array, src: string[], from: number[], to: number[]): Int32Array {
  const table = new Int32Array(2 * old.length).fill(-1);
  const mask = (table.length >> 1) - 1;
  for (let k = 0; k < src.length; k++) {
    const h = nameHash(src[k], from[k], to[k]);
    let s = h & mask;
    while (table[2 * s + 1] >= 0) s = (s + 1) & mask;
    table[2 * s] = h;
    table[2 * s + 1] = k;
  }
  return table;
}
