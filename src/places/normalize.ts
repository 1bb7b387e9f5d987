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

/** The same result for plain ASCII by a character loop: this runs for every capitalised token. */
function normalizeAscii(s: string): string | null {
  // Most tokens are plain letters and digits: then the key is the lower-cased token.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 ? c > 122 : c < 48 || (c > 57 && c < 65) || c > 90) {
      plain = false;
      break;
    }
  }
  if (plain) return s.toLowerCase();
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (c === 39 || c === 46 || c === 96) continue; // ' . `
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (space && out) out += ' ';
      space = false;
      out += String.fromCharCode(c);
    } else space = true;
  }
  return out;
}

export function normalizeName(s: string): string {
  const ascii = normalizeAscii(s);
  if (ascii !== null) return ascii;
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
