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
  values?: V[];
}

export interface Dictionary {
  names: TrieNode<DictValue>;
  heads: TrieNode<HeadRow>;
  titles: TrieNode<string>;
  /** Longest alias, in tokens: bounds every trie walk. */
  maxLength: number;
}

/** The lookup key of a token: lower case, no diacritics, one apostrophe. */
export function tokenKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`ʻ]/g, "'").toLowerCase();
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

function add<V>(root: TrieNode<V>, words: readonly string[], value: V): void {
  let node = root;
  for (const w of words) {
    const k = tokenKey(w);
    let child = node.next.get(k);
    if (!child) node.next.set(k, (child = { next: new Map() }));
    node = child;
  }
  (node.values ??= []).push(value);
}

function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => phrase.slice(t.start, t.end));
}

function build(): Dictionary {
  const names: TrieNode<DictValue> = { next: new Map() };
  const heads: TrieNode<HeadRow> = { next: new Map() };
  const titles: TrieNode<string> = { next: new Map() };
  let maxLength = 1;
  const addName = (alias: string, target: DictTarget): void => {
    const w = words(alias);
    if (w.length === 0) return;
    maxLength = Math.max(maxLength, w.length);
    const cases = w.map(caseRule);
    const shortCaps = w.length === 1 && cases[0].kind === 'exact' && w[0].replace(/\W/g, '').length <= 3;
    add(names, w, { target, cases, shortCaps });
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
    maxLength = Math.max(maxLength, w.length);
    add(heads, w, h);
  }
  for (const t of TITLES) add(titles, words(t), t);
  return { names, heads, titles, maxLength };
}

let cache: Dictionary | null = null;

/** The compiled dictionary, built on first call (about 10 ms) and shared read-only afterwards. */
export function dictionary(): Dictionary {
  return (cache ??= build());
}

/**
 * Every trie entry that starts at token `from`, longest first: [end token index (exclusive), values].
 * `keyOf(i)` gives the key of token i, or null past the end of the span.
 */
export function walk<V>(root: TrieNode<V>, from: number, keyOf: (i: number) => string | null, max: number): Array<[number, V[]]> {
  const found: Array<[number, V[]]> = [];
  let node: TrieNode<V> | undefined = root;
  for (let i = from; i < from + max; i++) {
    const k = keyOf(i);
    if (k === null) break;
    node = node.next.get(k);
    if (!node) break;
    if (node.values) found.push([i + 1, node.values]);
  }
  return found.reverse();
}

/** The ISO2 of the country this whole phrase names or qualifies ("Syria", "Syrian"), if any. */
export function countryNamed(phrase: string): string | undefined {
  const w = words(phrase);
  const dict = dictionary();
  const hit = walk(dict.names, 0, (i) => (i < w.length ? tokenKey(w[i]) : null), w.length).find(([end]) => end === w.length);
  const v = hit?.[1].find((x) => (x.target.type === 'country' || x.target.type === 'demonym') && x.cases.every((r, k) => caseMatches(r, w[k])));
  return v && 'iso2' in v.target ? v.target.iso2 : undefined;
}
