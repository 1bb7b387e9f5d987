/**
 * @module corpus/minhash
 * Near-duplicate detection: MinHash signatures over word 5-shingles, and LSH band keys so that
 * candidates are found without comparing every pair. 5-word shingles separate a lightly edited
 * wire copy (exact Jaccard 0.93) from an unrelated report on the same event (0.00) in the survey
 * recorded in shared/design/stack.md. 64 hashes in 16 bands of 4 rows put the LSH threshold near
 * (1/16)^(1/4) = 0.5 Jaccard; candidates are then checked on the estimated Jaccard.
 */

export const NUM_HASHES = 64;
export const BANDS = 16;
export const ROWS = NUM_HASHES / BANDS;
export const SHINGLE = 5;
/** Estimated Jaccard at or above which two articles are copies of one another. */
export const DUPLICATE_JACCARD = 0.5;

/** 32-bit FNV-1a of a string. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3 finaliser), used to derive the k hash functions from one base hash. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Uint32Array.from({ length: NUM_HASHES }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/** Lowercased words and numbers, punctuation dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The MinHash signature of a text's word shingles (a short text is one shingle of all its words). */
export function signature(text: string): Uint32Array {
  const w = words(text);
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const count = Math.max(1, w.length - SHINGLE + 1);
  const last = Math.min(SHINGLE, w.length);
  for (let i = 0; i < count; i++) {
    // fnv1a of the shingle's words joined by spaces, folded word by word so that no shingle
    // string is built (same value as fnv1a(w.slice(i, i + SHINGLE).join(' '))).
    let base = 0x811c9dc5;
    for (let j = 0; j < last; j++) {
      if (j > 0) base = Math.imul(base ^ 32, 0x01000193);
      const word = w[i + j];
      for (let c = 0; c < word.length; c++) base = Math.imul(base ^ word.charCodeAt(c), 0x01000193);
    }
    base >>>= 0;
    for (let k = 0; k < NUM_HASHES; k++) {
      const h = mix(base ^ SEEDS[k]);
      if (h < sig[k]) sig[k] = h;
    }
  }
  return sig;
}

/** LSH band keys: "band:hash-of-its-rows". Texts sharing any key are candidates. */
export function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[b * ROWS + r];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    keys.push(`${b}:${h.toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
