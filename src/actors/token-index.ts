/**
 * @module actors/token-index
 * What the actor scanners ask of every token, answered once per document: its lookup key, the
 * trie nodes that key starts (names, common-noun heads, titles), and whether it starts with a
 * capital. Profiling canonicalizeEntities on FA-KES showed the same key computation, first-level
 * Map lookups and \p{Lu} tests repeated by every rule at every token; one pass answers them all.
 */
import { dictionary, tokenKey, type DictValue, type TrieNode } from './dictionary.js';
import type { HeadRow } from './lexicon.js';

/** The facts about one token text (they depend on the text alone). */
export interface TokenInfo {
  key: string;
  /** The tries' child nodes for this key: undefined where no entry starts with this token. */
  names: TrieNode<DictValue> | undefined;
  heads: TrieNode<HeadRow> | undefined;
  titles: TrieNode<string> | undefined;
  /** Starts with an upper-case letter (\p{Lu}). */
  upper: boolean;
}

export interface TokenIndex {
  keys: string[];
  info: TokenInfo[];
}

const UPPER_START = /^\p{Lu}/u;

/** Does the text start with an upper-case letter? ASCII answered without a regex. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(text);
}

// Token texts repeat heavily across news articles ("the", "said", "Syrian"), so their facts are
// kept between documents; the cap bounds memory on a long corpus run (clear, then refill).
const MAX_CACHED = 50_000;
const byText = new Map<string, TokenInfo>();

function infoOf(text: string): TokenInfo {
  let info = byText.get(text);
  if (info === undefined) {
    const dict = dictionary();
    const key = tokenKey(text);
    info = { key, names: dict.names.next.get(key), heads: dict.heads.next.get(key), titles: dict.titles.next.get(key), upper: startsUpper(text) };
    if (byText.size >= MAX_CACHED) byText.clear();
    byText.set(text, info);
  }
  return info;
}

const byTokens = new WeakMap<object, TokenIndex>();

/** The index of a document's tokens, computed once per token list. */
export function tokenIndex(tokens: readonly { text: string }[]): TokenIndex {
  let index = byTokens.get(tokens);
  if (!index) {
    const n = tokens.length;
    const keys = new Array<string>(n);
    const info = new Array<TokenInfo>(n);
    for (let i = 0; i < n; i++) {
      const t = infoOf(tokens[i].text);
      info[i] = t;
      keys[i] = t.key;
    }
    index = { keys, info };
    byTokens.set(tokens, index);
  }
  return index;
}
