/**
 * @module actors/context
 * The article's country context: which country it is about, read from the countries, demonyms,
 * capitals and country-bound actors it names (and the places layer when present), plus the set of
 * actors it names unambiguously, which later settles ambiguous aliases ("the coalition", "RSF").
 */
import type { Doc } from '../document/types.js';
import { caseMatchesToken, walkInto, type DictValue, type WalkBuffer } from './dictionary.js';
import { tokenIndex, W_LOCATIVE, W_PLACE_ADJECTIVE, type TokenIndex } from './token-index.js';

export interface ArticleContext {
  /** ISO2 of the country the article is mostly about, if any. */
  country?: string;
  /** Canonical names of actors named by an alias that has one sense and no restriction. */
  mentioned: Set<string>;
}

/**
 * Dictionary values at tokens [from, …) whose case rules the text satisfies (the values array
 * itself when all do: callers only read it).
 */
export function casedValues(doc: Doc, index: TokenIndex, from: number, values: readonly DictValue[], shouting: Shouting, sentence: number): readonly DictValue[] {
  let out: DictValue[] | null = null;
  for (let j = 0; j < values.length; j++) {
    const v = values[j];
    let ok = true;
    for (let k = 0; ok && k < v.cases.length; k++) ok = caseMatchesToken(v.cases[k], doc.tokens[from + k].text, index.upper[from + k] === 1);
    if (ok && v.shortCaps) ok = !shouts(doc, shouting, sentence);
    if (ok) out?.push(v);
    else out ??= values.slice(0, j);
  }
  return out ?? values;
}

/** isShouting per sentence of one document: -1 not yet computed, else 0 or 1. */
export type Shouting = Int8Array;

export function newShouting(doc: Doc): Shouting {
  return new Int8Array(doc.sentences.length).fill(-1);
}

/** isShouting, computed at most once per sentence and only when a short all-capitals alias needs it. */
export function shouts(doc: Doc, known: Shouting, sentence: number): boolean {
  if (known[sentence] < 0) known[sentence] = isShouting(doc, sentence) ? 1 : 0;
  return known[sentence] === 1;
}

/** Is this sentence written in capitals (a shouted headline), where "IS" or "WHO" prove nothing? */
function isShouting(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i].text;
    if (t.length < 2) continue;
    // ASCII tokens answered from their character codes (no upper-cased copy); others by the regex.
    let letter = false;
    let lower = false;
    let ascii = true;
    for (let j = 0; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c >= 128) {
        ascii = false;
        break;
      }
      if (c >= 97 && c <= 122) letter = lower = true;
      else if (c >= 65 && c <= 90) letter = true;
    }
    if (ascii ? !letter : !/\p{L}/u.test(t)) continue;
    words++;
    if (ascii ? !lower : t === t.toUpperCase()) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

function placeWord(lists: Uint8Array, at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && (lists[j] & W_PLACE_ADJECTIVE) !== 0) j--;
  return j >= from && (lists[j] & W_LOCATIVE) !== 0;
}

type Votes = Map<string, { n: number; first: number }>;

function vote(votes: Votes, iso2: string, at: number): void {
  const c = votes.get(iso2);
  if (c) c.n++;
  else votes.set(iso2, { n: 1, first: at });
}

function winner(votes: Votes): string | undefined {
  let best: string | undefined;
  let top = { n: 0, first: Infinity };
  for (const [iso2, c] of votes) {
    if (c.n > top.n || (c.n === top.n && c.first < top.first)) {
      best = iso2;
      top = c;
    }
  }
  return best;
}

/**
 * The country context is where the article's events happen, when it says so: countries and
 * capitals named as places ("in northern Syria", "in Damascus") and the places layer. Only an
 * article that names no place falls back to the country it mentions most (demonyms, actors):
 * a Syria report quoting "the Russian Defence Ministry" five times is still about Syria.
 */
export function articleContext(doc: Doc): ArticleContext {
  return contextOf(doc, tokenIndex(doc), newShouting(doc));
}

/** The votes an article's own words cast (countries, capitals, actors), before the places layer. */
export interface TokenVotes {
  places: Votes;
  mentions: Votes;
  mentioned: Set<string>;
}

/** articleContext with the document's token index and sentence cache, which the scanner shares. */
export function contextOf(doc: Doc, index: TokenIndex, shouting: Shouting): ArticleContext {
  return contextFrom(doc, tokenVotes(doc, index, shouting));
}

/** The context from the words' votes plus the places layer (votes are copied, not changed). */
export function contextFrom(doc: Doc, votes: TokenVotes): ArticleContext {
  let places = votes.places;
  const layer = doc.places ?? [];
  if (layer.length) {
    places = new Map();
    for (const [iso2, c] of votes.places) places.set(iso2, { n: c.n, first: c.first });
    for (const p of layer) if (p.country) vote(places, p.country, doc.tokens.length);
  }
  const country = winner(places) ?? winner(votes.mentions);
  const out: ArticleContext = { mentioned: votes.mentioned };
  if (country) out.country = country;
  return out;
}

const VOTE_WALK: WalkBuffer<DictValue> = { ends: [], values: [] };

/** The votes of the article's words: one pass over the names trie, longest cased alias first. */
export function tokenVotes(doc: Doc, index: TokenIndex, shouting: Shouting): TokenVotes {
  const { lists, words, nodes } = index;
  const places: Votes = new Map();
  const mentions: Votes = new Map();
  const mentioned = new Set<string>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      let next = i + 1;
      const first = words[i] < 0 ? undefined : nodes[words[i]].names;
      if (first) {
        for (let k = walkInto(first, index.words, i, s.tokenEnd, VOTE_WALK) - 1; k >= 0; k--) {
          const end = VOTE_WALK.ends[k];
          const ok = casedValues(doc, index, i, VOTE_WALK.values[k], shouting, si);
          if (ok.length === 0) continue;
          const t = ok[0].target;
          if (t.type === 'country' || t.type === 'demonym' || t.type === 'plural' || t.type === 'capital') {
            vote(mentions, t.iso2, i);
            if ((t.type === 'country' || t.type === 'capital') && placeWord(lists, i, s.tokenStart)) vote(places, t.iso2, i);
          } else if (t.type === 'actor' && !t.restricted && ok.length === 1) {
            mentioned.add(t.row[0]);
            if (t.row[2]) vote(mentions, t.row[2], i);
          }
          next = end;
          break;
        }
      }
      i = next;
    }
  }
  return { places, mentions, mentioned };
}
