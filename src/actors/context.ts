/**
 * @module actors/context
 * The article's country context: which country it is about, read from the countries, demonyms,
 * capitals and country-bound actors it names (and the places layer when present), plus the set of
 * actors it names unambiguously, which later settles ambiguous aliases ("the coalition", "RSF").
 */
import type { Doc } from '../document/types.js';
import { caseMatches, dictionary, tokenKeys, walk, type DictValue } from './dictionary.js';
import { LOCATIVE, PLACE_ADJECTIVES } from './lexicon.js';

export interface ArticleContext {
  /** ISO2 of the country the article is mostly about, if any. */
  country?: string;
  /** Canonical names of actors named by an alias that has one sense and no restriction. */
  mentioned: Set<string>;
}

/** Dictionary values at tokens [from, to) whose case rules the text satisfies. */
export function casedValues(doc: Doc, from: number, values: readonly DictValue[], shouting: () => boolean): DictValue[] {
  return values.filter(
    (v) => v.cases.every((rule, k) => caseMatches(rule, doc.tokens[from + k].text)) && !(v.shortCaps && shouting()),
  );
}

/** isShouting, computed at most once per sentence and only when a short all-capitals alias needs it. */
export function shoutingOf(doc: Doc, sentence: number): () => boolean {
  let known: boolean | undefined;
  return () => (known ??= isShouting(doc, sentence));
}

/** Is this sentence written in capitals (a shouted headline), where "IS" or "WHO" prove nothing? */
function isShouting(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  let words = 0;
  let caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i].text;
    if (t.length < 2 || !/\p{L}/u.test(t)) continue;
    words++;
    if (t === t.toUpperCase()) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

function placeWord(keys: readonly string[], at: number, from: number): boolean {
  let j = at - 1;
  while (j >= from && PLACE_ADJECTIVES.has(keys[j])) j--;
  return j >= from && LOCATIVE.has(keys[j]);
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
  const dict = dictionary();
  const keys = tokenKeys(doc.tokens);
  const places: Votes = new Map();
  const mentions: Votes = new Map();
  const mentioned = new Set<string>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const shouting = shoutingOf(doc, si);
    for (let i = s.tokenStart; i < s.tokenEnd; ) {
      let next = i + 1;
      for (const [end, values] of walk(dict.names, keys, i, s.tokenEnd)) {
        const ok = casedValues(doc, i, values, shouting);
        if (ok.length === 0) continue;
        const actors = ok.filter((v) => v.target.type === 'actor' && !v.target.restricted);
        const t = ok[0].target;
        if (t.type === 'country' || t.type === 'demonym' || t.type === 'plural' || t.type === 'capital') {
          vote(mentions, t.iso2, i);
          if ((t.type === 'country' || t.type === 'capital') && placeWord(keys, i, s.tokenStart)) vote(places, t.iso2, i);
        } else if (actors.length === 1 && actors.length === ok.length && t.type === 'actor') {
          mentioned.add(t.row[0]);
          if (t.row[2]) vote(mentions, t.row[2], i);
        }
        next = end;
        break;
      }
      i = next;
    }
  }
  for (const p of doc.places ?? []) if (p.country) vote(places, p.country, doc.tokens.length);
  const country = winner(places) ?? winner(mentions);
  return { ...(country ? { country } : {}), mentioned };
}
