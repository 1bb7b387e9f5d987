/**
 * @module places/normalize
 * One key per spelling, shared by the gazetteer build and the lookups at run time: lower case,
 * diacritics removed ("Ḩalab" = "halab"), apostrophes and periods dropped ("U.S." = "us",
 * "Ma'rib" = "marib"), hyphens and other separators turned into single spaces ("Deir ez-Zor" =
 * "deir ez zor"). Letters that Unicode does not decompose are folded by hand.
 */

const FOLD: Record<string, string> = {
  ł: 'l', ø: 'o', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ħ: 'h',
};
const FOLD_RE = /[łøıßæœđðþħ]/g;

export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(/['’‘`ʻʼʿʾ.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** FNV-1a over UTF-16 code units: the hash the gazetteer's alias table is built with. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
