/**
 * @module actors/token-index
 * What the actor scanners ask of every token, answered once per document: its lookup key, the
 * trie nodes that key starts (names, common-noun heads, titles), and whether it starts with a
 * capital. Profiling canonicalizeEntities on FA-KES showed the same key computation, first-level
 * Map lookups and \p{Lu} tests repeated by every rule at every token; one pass answers them all.
 */
import { dictionary, tokenKey, type DictValue, type TrieNode } from './dictionary.js';
import type { HeadRow } from './lexicon.js';

/** The tries' child nodes for a key: undefined where no entry starts with it. */
export interface FirstNodes {
  names: TrieNode<DictValue> | undefined;
  heads: TrieNode<HeadRow> | undefined;
  titles: TrieNode<string> | undefined;
}

export interface TokenIndex {
  keys: string[];
  /** Each token's word number in the dictionary (Dictionary.words), -1 for a word in no entry. */
  words: Int32Array;
  first: FirstNodes[];
  /** 1 where the token starts with an upper-case letter (\p{Lu}). */
  upper: Uint8Array;
  /** 1 where the token contains a hyphen ("Iran-backed"). */
  hyphen: Uint8Array;
}

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
 * An open-addressing table over the dictionary's words (a few thousand), slot = [word number + 1,
 * hash], with the first-level trie nodes of each word. Map lookups keyed by each token's freshly
 * lower-cased string were the top cost in the profile (V8 hashes every new string through the
 * runtime); here the hash comes free with the ASCII check that tokenKey needs anyway, a miss (most
 * tokens) reads one slot, and the tries are then walked by word number.
 */
interface FirstTable {
  mask: number;
  slots: Int32Array;
  keys: string[];
  nodes: FirstNodes[];
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
    let size = 1024;
    while (size < keys.length * 4) size *= 2;
    const t: FirstTable = { mask: size - 1, slots: new Int32Array(size * 2), keys, nodes };
    keys.forEach((k, id) => {
      const h = fnv(k);
      let s = h & t.mask;
      while (t.slots[2 * s] !== 0) s = (s + 1) & t.mask;
      t.slots[2 * s] = id + 1;
      t.slots[2 * s + 1] = h;
    });
    table = t;
  }
  return table;
}

/** The word number of a key with hash h, or -1. */
function lookup(t: FirstTable, key: string, h: number): number {
  for (let s = h & t.mask; ; s = (s + 1) & t.mask) {
    const id = t.slots[2 * s];
    if (id === 0) return -1;
    if (t.slots[2 * s + 1] === h && t.keys[id - 1] === key) return id - 1;
  }
}

const byTokens = new WeakMap<object, TokenIndex>();

/** The index of a document's tokens, computed once per token list. */
export function tokenIndex(tokens: readonly { text: string }[]): TokenIndex {
  let index = byTokens.get(tokens);
  if (!index) {
    const t = firstTable();
    const n = tokens.length;
    const keys = new Array<string>(n);
    const words = new Int32Array(n);
    const first = new Array<FirstNodes>(n);
    const upper = new Uint8Array(n);
    const hyphen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const text = tokens[i].text;
      // tokenKey's ASCII fast path, hashing the lower-cased characters on the way.
      let h = FNV_OFFSET;
      let ascii = true;
      let capitals = false;
      for (let j = 0; j < text.length; j++) {
        let c = text.charCodeAt(j);
        if (c < 0x20 || c > 0x7e || c === 0x60) {
          ascii = false;
          break;
        }
        if (c >= 65 && c <= 90) {
          c += 32;
          capitals = true;
        } else if (c === 45) hyphen[i] = 1;
        h = Math.imul(h ^ c, FNV_PRIME);
      }
      let key: string;
      // An ASCII token without capitals is its own key (no new string).
      if (ascii) key = capitals ? text.toLowerCase() : text;
      else {
        key = tokenKey(text);
        h = fnv(key);
        if (text.includes('-')) hyphen[i] = 1;
      }
      keys[i] = key;
      const id = lookup(t, key, h);
      words[i] = id;
      first[i] = id < 0 ? NONE : t.nodes[id];
      if (startsUpper(text)) upper[i] = 1;
    }
    index = { keys, words, first, upper, hyphen };
    byTokens.set(tokens, index);
  }
  return index;
}
