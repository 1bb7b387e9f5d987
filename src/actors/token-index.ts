/**
 * @module actors/token-index
 * What the actor scanners ask of every token, answered once per document: its word number, the
 * trie nodes that word starts (names, common-noun heads, titles), the closed word lists it is in,
 * and whether it starts with a capital. Profiling canonicalizeEntities on FA-KES showed the same key computation, first-level
 * Map lookups and \p{Lu} tests repeated by every rule at every token; one pass answers them all.
 */
import type { Doc } from '../document/types.js';
import { tokenOffsets } from '../segment/index.js';
import { dictionary, tokenKey, type DictValue, type TrieNode } from './dictionary.js';
import { ACTING_VERBS, ATTACK_NOUNS, LOCATIVE, MEMBER_NOUNS, PLACE_ADJECTIVES, type HeadRow } from './lexicon.js';

/** The tries' child nodes for a key: undefined where no entry starts with it. */
export interface FirstNodes {
  names: TrieNode<DictValue> | undefined;
  heads: TrieNode<HeadRow> | undefined;
  titles: TrieNode<string> | undefined;
}

export interface TokenIndex {
  /**
   * Each token's word number: the dictionary's words (Dictionary.words) first, then the closed
   * word lists' (WORD_LISTS); -1 for a word in neither.
   */
  words: Int32Array;
  /** The first-level trie nodes by word number (shared by every document): see firstAt. */
  nodes: readonly FirstNodes[];
  /** 1 where the token starts with an upper-case letter (\p{Lu}). */
  upper: Uint8Array;
  /** 1 where the token contains a hyphen ("Iran-backed"). */
  hyphen: Uint8Array;
  /** The word-list bits (W_*) of each token's word. */
  lists: Uint8Array;
}

// Bits for the closed word lists the scanner tests a token against (lexicon.ts), so it reads one
// byte per token instead of lower-casing the token's text for a Set lookup.
export const W_PLACE_ADJECTIVE = 1;
export const W_LOCATIVE = 2;
export const W_ACTING_VERB = 4;
export const W_MEMBER_NOUN = 8;
/** "the", the only determiner that joins an actor's span. */
export const W_THE = 16;
/** "and" or "or" between two names. */
export const W_AND_OR = 32;
export const W_COMMA = 64;
/** A word of an attack noun ("drone", "strikes"): these are matched as word-number sequences. */
export const W_ATTACK_WORD = 128;

const WORD_LISTS: ReadonlyArray<[number, Iterable<string>]> = [
  [W_PLACE_ADJECTIVE, PLACE_ADJECTIVES],
  [W_LOCATIVE, LOCATIVE],
  [W_ACTING_VERB, ACTING_VERBS],
  [W_MEMBER_NOUN, MEMBER_NOUNS],
  [W_THE, ['the']],
  [W_AND_OR, ['and', 'or']],
  [W_COMMA, [',']],
  [W_ATTACK_WORD, ATTACK_NOUNS.flatMap((p) => p.split(' '))],
];

const UPPER_START = /^\p{Lu}/u;

/** Does the text start with an upper-case letter? ASCII answered without a regex. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

const NONE: FirstNodes = { names: undefined, heads: undefined, titles: undefined };
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

function fnv(key: string): number {
  let h = FNV_OFFSET;
  for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), FNV_PRIME);
  return h;
}

/**
 * An open-addressing table over the dictionary's words (a few thousand), slot = word number + 1,
 * with each word's hash and first-level trie nodes by word number. Map lookups keyed by each
 * token's freshly lower-cased string were the top cost in the profile (V8 hashes every new string
 * through the runtime); here the hash comes free with the ASCII check that tokenKey needs anyway,
 * a miss (most tokens) reads one slot, and the tries are then walked by word number. The slots are
 * 16-bit: each token reads one at random, and inside the pipeline the other stages evict the table
 * between articles, so its size is cache misses (2,500 words: 32 KB instead of 128 KB of
 * [id, hash] pairs).
 */
interface FirstTable {
  mask: number;
  slots: Uint16Array;
  /** The hash of each word, by word number. */
  hashes: Int32Array;
  keys: string[];
  nodes: FirstNodes[];
  lists: Uint8Array;
}

let table: FirstTable | null = null;

function firstTable(): FirstTable {
  if (!table) {
    const dict = dictionary();
    const keys = [...dict.words.keys()];
    const nodes = keys.map((k) => {
      const f: FirstNodes = { names: dict.names.next.get(k), heads: dict.heads.next.get(k), titles: dict.titles.next.get(k) };
      return f.names || f.heads || f.titles ? f : NONE;
    });
    const ids = new Map(keys.map((k, id) => [k, id]));
    const bits = new Map<string, number>();
    for (const [bit, list] of WORD_LISTS) {
      for (const w of list) {
        if (!ids.has(w)) {
          ids.set(w, keys.length);
          keys.push(w);
          nodes.push(NONE);
        }
        bits.set(w, (bits.get(w) ?? 0) | bit);
      }
    }
    const lists = new Uint8Array(keys.length);
    for (const [w, b] of bits) lists[ids.get(w)!] = b;
    if (keys.length >= 0xffff) throw new Error('actors/token-index: too many words for 16-bit slots');
    let size = 1024;
    while (size < keys.length * 4) size *= 2;
    const t: FirstTable = { mask: size - 1, slots: new Uint16Array(size), hashes: new Int32Array(keys.length), keys, nodes, lists };
    keys.forEach((k, id) => {
      const h = fnv(k);
      let s = h & t.mask;
      while (t.slots[s] !== 0) s = (s + 1) & t.mask;
      t.slots[s] = id + 1;
      t.hashes[id] = h;
    });
    table = t;
  }
  return table;
}

/** The word number of a key with hash h, or -1. */
function lookup(t: FirstTable, key: string, h: number): number {
  for (let s = h & t.mask; ; s = (s + 1) & t.mask) {
    const id = t.slots[s];
    if (id === 0) return -1;
    if (t.hashes[id - 1] === h && t.keys[id - 1] === key) return id - 1;
  }
}

/** Does ASCII text[s, e), lower-cased, equal `key`? */
function sameLower(text: string, s: number, e: number, key: string): boolean {
  if (e - s !== key.length) return false;
  for (let j = s; j < e; j++) {
    let c = text.charCodeAt(j);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(j - s)) return false;
  }
  return true;
}

/** The word number of a lookup key (a word of the dictionary or the word lists), or -1. */
export function wordNumber(key: string): number {
  const t = firstTable();
  return lookup(t, key, fnv(key));
}

/** The trie nodes that token i's word starts (none for a word in no entry). */
export function firstAt(index: TokenIndex, i: number): FirstNodes {
  const w = index.words[i];
  return w < 0 ? NONE : index.nodes[w];
}

const byTokens = new WeakMap<object, TokenIndex>();

/** The index of a document's tokens, computed once per token list, from the text and the token offsets. */
export function tokenIndex(doc: Pick<Doc, 'text' | 'tokens'>): TokenIndex {
  let index = byTokens.get(doc.tokens);
  if (!index) {
    const t = firstTable();
    const { text } = doc;
    const { starts, ends } = tokenOffsets(doc.tokens);
    const n = starts.length;
    // One buffer for the four arrays: a typed array over 64 bytes is a separate allocation outside
    // the heap, each measured at about five times the cost of an ordinary object's.
    const buf = new ArrayBuffer(7 * n);
    const words = new Int32Array(buf, 0, n);
    const upper = new Uint8Array(buf, 4 * n, n);
    const hyphen = new Uint8Array(buf, 5 * n, n);
    const lists = new Uint8Array(buf, 6 * n, n);
    const { mask, slots, hashes, keys } = t;
    const tableLists = t.lists;
    for (let i = 0; i < n; i++) {
      const s = starts[i];
      const e = ends[i];
      // tokenKey's ASCII fast path, hashing the lower-cased characters on the way.
      let h = FNV_OFFSET;
      let ascii = true;
      for (let j = s; j < e; j++) {
        let c = text.charCodeAt(j);
        if (c < 0x20 || c > 0x7e || c === 0x60) {
          ascii = false;
          break;
        }
        if (c >= 65 && c <= 90) c += 32;
        else if (c === 45) hyphen[i] = 1;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      let id = -1;
      if (ascii) {
        // The table's lookup for a printable-ASCII token, whose lower-cased form is the key (no new string).
        for (let slot = h & mask; ; slot = (slot + 1) & mask) {
          const k = slots[slot];
          if (k === 0) break;
          if (hashes[k - 1] === h && sameLower(text, s, e, keys[k - 1])) {
            id = k - 1;
            break;
          }
        }
        const c0 = text.charCodeAt(s);
        if (c0 >= 65 && c0 <= 90) upper[i] = 1;
      } else {
        const word = text.slice(s, e);
        const key = tokenKey(word);
        id = lookup(t, key, fnv(key));
        if (word.includes('-')) hyphen[i] = 1;
        if (startsUpper(word)) upper[i] = 1;
      }
      words[i] = id;
      if (id >= 0) lists[i] = tableLists[id];
    }
    index = { words, nodes: t.nodes, upper, hyphen, lists };
    byTokens.set(doc.tokens, index);
  }
  return index;
}

/** Is the token the possessive "'s"? */
export function isPossessive(text: string): boolean {
  return text.length === 2 && (text.charCodeAt(1) === 115) && (text.charCodeAt(0) === 39 || text.charCodeAt(0) === 0x2019);
}
