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

/** hashKey of the empty key: where a key's hash starts. */
export const HASH_START = 0x811c9dc5;

/** FNV-1a over UTF-16 code units: the hash the gazetteer's alias table is built with. */
export function hashKey(key: string): number {
  return extendHash(HASH_START, key);
}

/**
 * The hashKey of a key that goes on from one whose hash is `h` with `more`: FNV-1a reads a key
 * left to right, so a key built word by word is hashed once, not again at each word.
 */
export function extendHash(h: number, more: string): number {
  for (let i = 0; i < more.length; i++) {
    h ^= more.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Arabic articles as English news writes them, before a word ("Deir az-Zour", "Ras al-Ain").
const ARTICLES = new Set(['al', 'el', 'ar', 'as', 'ash', 'at', 'az', 'an', 'ad', 'adh', 'ath', 'ed', 'en', 'er', 'es', 'et', 'ez', 'ul']);

/**
 * One key for the spellings of an Arabic place name that English news varies: the article's
 * assimilated forms (az-, ez-, el-, ad- are all al-; a leading one is dropped), doubled consonants
 * (Raqqa = Raqa), -eh/-ah endings (Hassakeh = Hasakah), ee/ou for i/u (Mayadeen, Zour), e/a and
 * o/u and y/i and q/k (Deir = Dayr, Zor = Zur, Ayn = Ain, Raqqa = Rakka). Takes a key from
 * normalizeName; the result is prefixed with '~' so it never equals an ordinary key: the gazetteer
 * stores these keys for Arab countries' places only, looked up when the written spelling is unknown.
 */
export function foldArabic(key: string): string {
  const words = key.split(' ');
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (ARTICLES.has(w)) {
      // A leading article is dropped, as news drops it ("Al-Hasakah" = "Hasakah").
      if (i > 0 && i < words.length - 1) out += ' al';
      continue;
    }
    const c = foldWord(w);
    out += out ? ` ${c}` : c;
  }
  return `~${out}`;
}

/** Whether a word is an Arabic article as foldArabic reads it. */
export function isArabicArticle(w: string): boolean {
  return ARTICLES.has(w);
}

/**
 * One word of foldArabic, by a character loop (recognition folds capitalised words it cannot
 * otherwise match): ee -> i, oo/ou -> u, e -> a, o -> u, y -> i, q -> k, a final h after a vowel
 * dropped, then doubled letters collapsed.
 */
export function foldWord(w: string): string {
  let out = '';
  let last = -1;
  const n = w.length;
  for (let i = 0; i < n; i++) {
    let c = w.charCodeAt(i);
    if (c === 101) { // e
      if (w.charCodeAt(i + 1) === 101) { c = 105; i++; } else c = 97;
    } else if (c === 111) { // o
      const d = w.charCodeAt(i + 1);
      if (d === 111 || d === 117) i++;
      c = 117;
    } else if (c === 121) c = 105; // y
    else if (c === 113) c = 107; // q
    else if (c === 104 && i === n - 1 && out.length > 1 && (last === 97 || last === 105 || last === 117)) break;
    if (c !== last) { out += String.fromCharCode(c); last = c; }
  }
  return out;
}
