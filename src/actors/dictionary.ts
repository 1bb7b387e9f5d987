/**
 * @module actors/dictionary
 * Compiles the country table, the curated rows and the lexicon into token tries, once, on first use.
 * Aliases are tokenised with the segmenter's own tokenizer, so "U.S." or "al-Shabaab" are the same
 * units in the dictionary as in a document.
 */
import { tokenize } from '../segment/index.js';
import { countries } from './countries.js';
import { GROUP_ROWS } from './curated-groups.js';
import { ORG_ROWS } from './curated-orgs.js';
import type { ActorRow } from './entry.js';
import { BLOCKED, HEAD_ROWS, TITLES, type HeadRow } from './lexicon.js';

/** How each alias word must be cased in the text: any case, capitalised, or exactly as written. */
type CaseRule = { kind: 'any' } | { kind: 'cap' } | { kind: 'exact'; text: string };

export type DictTarget =
  | { type: 'actor'; row: ActorRow; restricted: boolean }
  | { type: 'country' | 'demonym' | 'plural' | 'capital'; iso2: string }
  | { type: 'block' };

export interface DictValue {
  target: DictTarget;
  cases: readonly CaseRule[];
  /** A short all-capitals alias ("IS", "WHO"): not trusted in a shouted, all-capitals line. */
  shortCaps: boolean;
}

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  /** The same children by word number (Dictionary.words), which a document's TokenIndex carries. */
  byWord: Map<number, TrieNode<V>>;
  values?: V[];
}

export interface Dictionary {
  names: TrieNode<DictValue>;
  heads: TrieNode<HeadRow>;
  titles: TrieNode<string>;
  /** Every word (lookup key) of every entry of the three tries, numbered from 0. */
  words: Map<string, number>;
}

/** The lookup key of a token: lower case, no diacritics, one apostrophe. */
export function tokenKey(text: string): string {
  // Fast path: plain ASCII without a backtick needs only lower-casing (most tokens of English news).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x60) return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`ʻ]/g, "'").toLowerCase();
  }
  return text.toLowerCase();
}

function caseRule(word: string): CaseRule {
  if (/^\p{Lu}[\p{Lu}\d.\-/]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word)) return { kind: 'exact', text: word };
  if (/^\p{Lu}/u.test(word)) return { kind: 'cap' };
  return { kind: 'any' };
}

/** Does a text word satisfy an alias word's case rule? */
export function caseMatches(rule: CaseRule, word: string): boolean {
  if (rule.kind === 'any') return true;
  if (rule.kind === 'exact') return word === rule.text;
  return /^\p{Lu}/u.test(word);
}

/** caseMatches for a document token whose upper-case start is already known. */
export function caseMatchesToken(rule: CaseRule, word: string, upper: boolean): boolean {
  return rule.kind === 'any' || (rule.kind === 'exact' ? word === rule.text : upper);
}

function add<V>(root: TrieNode<V>, words: readonly string[], value: V, vocab: Map<string, number>): void {
  let node = root;
  for (const w of words) {
    const k = tokenKey(w);
    let child = node.next.get(k);
    if (!child) {
      let id = vocab.get(k);
      if (id === undefined) vocab.set(k, (id = vocab.size));
      child = { next: new Map(), byWord: new Map() };
      node.next.set(k, child);
      node.byWord.set(id, child);
    }
    node = child;
  }
  (node.values ??= []).push(value);
}

function words(phrase: string): string[] {
  // Letters, digits, inner hyphens and single spaces tokenise to the space-separated words; only
  // aliases with periods or apostrophes need the tokenizer (this halves the build time).
  if (/^[\p{L}\p{M}\p{N}]+(?:[ -][\p{L}\p{M}\p{N}]+)*$/u.test(phrase)) return phrase.split(' ');
  return tokenize(phrase).map((t) => phrase.slice(t.start, t.end));
}

function build(): Dictionary {
  const names: TrieNode<DictValue> = { next: new Map(), byWord: new Map() };
  const heads: TrieNode<HeadRow> = { next: new Map(), byWord: new Map() };
  const titles: TrieNode<string> = { next: new Map(), byWord: new Map() };
  const vocab = new Map<string, number>();
  const addName = (alias: string, target: DictTarget): void => {
    const w = words(alias);
    if (w.length === 0) return;
    const cases = w.map(caseRule);
    const shortCaps = w.length === 1 && cases[0].kind === 'exact' && w[0].replace(/\W/g, '').length <= 3;
    add(names, w, { target, cases, shortCaps }, vocab);
  };
  for (const c of countries()) {
    for (const n of c.names) addName(n, { type: 'country', iso2: c.iso2 });
    for (const d of c.demonyms) addName(d, { type: 'demonym', iso2: c.iso2 });
    for (const p of c.plurals) addName(p, { type: 'plural', iso2: c.iso2 });
    for (const k of c.capitals) addName(k, { type: 'capital', iso2: c.iso2 });
  }
  for (const row of [...GROUP_ROWS, ...ORG_ROWS]) {
    for (const alias of row[3].split('|')) {
      const restricted = alias.endsWith('@');
      addName(restricted ? alias.slice(0, -1) : alias, { type: 'actor', row, restricted });
    }
  }
  for (const b of BLOCKED) addName(b, { type: 'block' });
  for (const h of HEAD_ROWS) {
    const w = words(h.phrase);
    add(heads, w, h, vocab);
  }
  for (const t of TITLES) add(titles, words(t), t, vocab);
  return { names, heads, titles, words: vocab };
}

let cache: Dictionary | null = null;

/** The compiled dictionary, built on first call (about 10 ms) and shared read-only afterwards. */
export function dictionary(): Dictionary {
  return (cache ??= build());
}

const NONE: Array<[number, never[]]> = [];

/**
 * Every trie entry that starts at key `from` and ends by `to` (exclusive), longest first:
 * [end index (exclusive), values]. Allocates nothing when the first key is not in the trie,
 * which is the case at most positions of a document.
 */
export function walk<V>(root: TrieNode<V>, keys: readonly string[], from: number, to: number): Array<[number, V[]]> {
  let node = from < to ? root.next.get(keys[from]) : undefined;
  if (!node) return NONE;
  const found: Array<[number, V[]]> = [];
  for (let i = from + 1; ; i++) {
    if (node.values) found.push([i, node.values]);
    if (i >= to) break;
    node = node.next.get(keys[i]);
    if (!node) break;
  }
  return found.reverse();
}

/** Where walkInto puts the entries it finds, shortest first: entry k ends at ends[k] with values[k]. */
export interface WalkBuffer<V> {
  ends: number[];
  values: V[][];
}

/**
 * walk over a document's word numbers (TokenIndex.words, -1 for a word in no entry), given the
 * child of the root for the token at `from` (the TokenIndex holds it for every token), into a
 * caller's buffer reused from call to call; returns the number of entries (read them from the
 * last, the longest, down). The scanner walks at every token that starts an entry, and tuples and
 * arrays allocated there per walk fed the garbage collector.
 */
export function walkInto<V>(first: TrieNode<V> | undefined, words: ArrayLike<number>, from: number, to: number, buf: WalkBuffer<V>): number {
  let node = from < to ? first : undefined;
  let n = 0;
  for (let i = from + 1; node; i++) {
    if (node.values) {
      buf.ends[n] = i;
      buf.values[n] = node.values;
      n++;
    }
    if (i >= to || words[i] < 0) break;
    node = node.byWord.get(words[i]);
  }
  return n;
}

/** The ISO2 of the country this whole phrase names or qualifies ("Syria", "Syrian"), if any. */
export function countryNamed(phrase: string): string | undefined {
  // Entity texts repeat within and across articles; the answer depends on the phrase alone.
  if (namedCache.has(phrase)) return namedCache.get(phrase);
  const iso2 = countryOfPhrase(phrase);
  if (namedCache.size >= MAX_NAMED_CACHE) namedCache.clear();
  namedCache.set(phrase, iso2);
  return iso2;
}

const MAX_NAMED_CACHE = 20_000;
const namedCache = new Map<string, string | undefined>();

function countryOfPhrase(phrase: string): string | undefined {
  const w = words(phrase);
  const dict = dictionary();
  const hit = walk(dict.names, w.map(tokenKey), 0, w.length).find(([end]) => end === w.length);
  const v = hit?.[1].find((x) => (x.target.type === 'country' || x.target.type === 'demonym') && x.cases.every((r, k) => caseMatches(r, w[k])));
  return v && 'iso2' in v.target ? v.target.iso2 : undefined;
}
