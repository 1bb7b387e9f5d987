/**
 * @module entities/gazetteer
 * Name lists as a compact hash set: each entry is the hash of its lowercase token sequence with a
 * bitmask of the lists it belongs to (country, demonym, city, first name…). Matching marks every
 * token a listed sequence covers with (list, position) codes that become features; the model
 * learns how far to trust each list, which matters because alias lists are noisy ("Donald" is a
 * GeoNames place; see shared/design/stack.md).
 */
import { mix } from './hash.js';
import { capClass, isCapitalised, lowerHash } from './features.js';

// Imported functions used per token, bound once here: when these modules run as CommonJS (tsx
// transpiles them so under a CommonJS entry point such as /work/briefs/prof.ts), every use of an
// imported name is a getter call on the exporting module, which cost the tagger about a third
// of its time there.
const mixHash = mix;
const capOf = capClass;
const capitalised = isCapitalised;
const lowerOf = lowerHash;

/** Longest listed name, in tokens, that matching tries. */
export const MAX_NAME_TOKENS = 6;

/** Hash of a token sequence from its tokens' lowercase hashes (the key stored in the set). */
export function sequenceHash(lowerHashes: ArrayLike<number>, from = 0, to = lowerHashes.length): number {
  let h = lowerHashes[from];
  for (let j = from + 1; j < to; j++) h = mix(h, lowerHashes[j]);
  return h === 0 ? 1 : h;
}

export class Gazetteer {
  private readonly keys: Uint32Array;
  private readonly masks: Uint16Array;
  private readonly mask: number;
  readonly size: number;

  /** Builds the table from parallel arrays of sequence hashes and list bitmasks. */
  constructor(hashes: Uint32Array, lists: Uint16Array) {
    let cap = 1024;
    while (cap < hashes.length * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.masks = new Uint16Array(cap);
    this.mask = cap - 1;
    let size = 0;
    for (let i = 0; i < hashes.length; i++) {
      const key = hashes[i] === 0 ? 1 : hashes[i];
      let p = key & this.mask;
      while (this.keys[p] !== 0 && this.keys[p] !== key) p = (p + 1) & this.mask;
      if (this.keys[p] === 0) size++;
      this.keys[p] = key;
      this.masks[p] |= lists[i];
    }
    this.size = size;
  }

  /** The list bitmask for a sequence hash (0 when not listed). */
  get(hash: number): number {
    const key = hash === 0 ? 1 : hash;
    let p = key & this.mask;
    while (this.keys[p] !== 0) {
      if (this.keys[p] === key) return this.masks[p];
      p = (p + 1) & this.mask;
    }
    return 0;
  }

  /**
   * Gazetteer codes per token for one sentence. A match must start on a capitalised token (any
   * token in an upper-case headline); code = list * 4 + position (0 B, 1 I, 2 L, 3 U). Tokens
   * without a match have no entry (the array is sparse).
   * Cost: at most MAX_NAME_TOKENS lookups per token, so linear in sentence length.
   */
  match(attrs: Uint32Array, n: number, upperSentence: boolean): (number[] | undefined)[] | null {
    let out: (number[] | undefined)[] | null = null;
    for (let i = 0; i < n; i++) {
      if (!upperSentence && !capitalised(capOf(attrs, i))) continue;
      let h = 0;
      for (let len = 1; len <= MAX_NAME_TOKENS && i + len <= n; len++) {
        const lw = lowerOf(attrs, i + len - 1);
        h = len === 1 ? (lw === 0 ? 1 : lw) : mixHash(h, lw);
        const m = this.get(h);
        if (m === 0) continue;
        out ??= new Array<number[]>(n);
        for (let list = 0; list < 16; list++) {
          if ((m & (1 << list)) === 0) continue;
          for (let j = i; j < i + len; j++) {
            const pos = len === 1 ? 3 : j === i ? 0 : j === i + len - 1 ? 2 : 1;
            (out[j] ??= []).push(list * 4 + pos);
          }
        }
      }
    }
    return out;
  }
}
