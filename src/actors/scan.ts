/**
 * @module actors/scan
 * The actor scanner: one left-to-right pass per sentence over the tokens, trying at each position
 * a named actor (longest alias), a country word with what follows it ("Syrian army", "Turkish
 * drone strikes", "Tehran said", "in Syria"), then a common-noun actor ("government troops").
 * NER entities, when given, add the people and organisations the dictionary does not know.
 */
import type { Doc, Entity } from '../document/types.js';
import { casedValues, contextFrom, newShouting, tokenVotes, type Shouting, type TokenVotes } from './context.js';
import { countryByIso } from './countries.js';
import { dictionary, tokenKey, walkInto, type DictTarget, type DictValue, type WalkBuffer } from './dictionary.js';
import type { ActorRow } from './entry.js';
import { ATTACK_NOUNS, type HeadCategory, type HeadRow } from './lexicon.js';
import { mergeEntities } from './merge.js';
import { titleBefore } from './persons.js';
import { countryActor, fromRow, genericActor, pickSense } from './resolve.js';
import { firstAt, isPossessive, tokenIndex, W_ACTING_VERB, W_AND_OR, W_COMMA, W_LOCATIVE, W_MEMBER_NOUN, W_PLACE_ADJECTIVE, W_THE, wordNumber, type TokenIndex } from './token-index.js';
import type { ActorMatch, CanonicalActor } from './types.js';

export interface ScanOptions {
  /** Country context (ISO2) to use instead of the one read from the article. */
  context?: string;
  /** The text is known to name an actor: capitals, countries and demonyms act ("Tehran" → Iran). */
  asActor?: boolean;
  /** NER entities to merge; defaults to doc.entities. */
  entities?: readonly Entity[];
}

/** A hit over tokens [start, end). `source` says how sure the span itself is. */
export interface Hit {
  start: number;
  end: number;
  actor: CanonicalActor;
  role?: string;
  source: 'named' | 'country' | 'generic' | 'entity';
}

const HYPHEN_MODIFIER = /^([\p{L}.]+)-(based|backed|led|run|allied|aligned|affiliated|linked|supported|sponsored)$/u;
const ARMED_CATEGORIES = new Set<HeadCategory>(['militia', 'militants', 'rebels', 'gunmen', 'progov']);
let attackWords: Int32Array[] | null = null;

/** ATTACK_NOUNS as word-number sequences (every word is in the token index's table). */
function attackSequences(): Int32Array[] {
  return (attackWords ??= ATTACK_NOUNS.map((p) => Int32Array.from(p.split(' '), wordNumber)));
}

interface SentenceScan {
  doc: Doc;
  from: number;
  to: number;
  sentence: number;
  shouting: Shouting;
  index: TokenIndex;
  /** The token index's word numbers and word-list bits. */
  words: Int32Array;
  lists: Uint8Array;
  context: string | undefined;
  mentioned: ReadonlySet<string>;
  asActor: boolean;
  hits: Hit[];
  /** Shared by every sentence of the document: the last monitor named, for "the monitor". */
  memory: { monitor?: CanonicalActor };
  /** Shared too: set when a rule read the country context, so the hits hold for this context only. */
  uses: { context: boolean };
}

// walkInto's buffers, one per caller: neither loop below walks again before it is done.
const NAME_WALK: WalkBuffer<DictValue> = { ends: [], values: [] };
const HEAD_WALK: WalkBuffer<HeadRow> = { ends: [], values: [] };

/**
 * The longest candidate of the names trie at `at` with values usable in this article (case rules
 * met; a restricted alias only in its country's articles or once its actor is named).
 */
function longestNameAt(sc: SentenceScan, at: number): [number, DictValue[]] | undefined {
  const first = firstAt(sc.index, at).names;
  if (!first) return undefined;
  for (let k = walkInto(first, sc.index.words, at, sc.to, NAME_WALK) - 1; k >= 0; k--) {
    const ok = usable(sc, casedValues(sc.doc, sc.index, at, NAME_WALK.values[k], sc.shouting, sc.sentence));
    if (ok.length) return [NAME_WALK.ends[k], ok];
  }
  return undefined;
}

/** The values without restricted aliases this article does not license (a new array only when one is dropped). */
function usable(sc: SentenceScan, values: readonly DictValue[]): DictValue[] {
  let out: DictValue[] | null = null;
  for (let j = 0; j < values.length; j++) {
    const t = values[j].target;
    if (t.type === 'actor' && t.restricted) sc.uses.context = true;
    const ok = t.type !== 'actor' || !t.restricted || t.row[2] === sc.context || sc.mentioned.has(t.row[0]);
    if (ok) out?.push(values[j]);
    else out ??= values.slice(0, j);
  }
  return out ?? (values as DictValue[]);
}

function actorRows(values: readonly DictValue[]): ActorRow[] {
  const rows: ActorRow[] = [];
  for (const v of values) if (v.target.type === 'actor') rows.push(v.target.row);
  return rows;
}

/** The longest common-noun head at `at`, if its standalone rule allows it here. */
function headAt(sc: SentenceScan, at: number, modified: boolean, det: boolean): [number, HeadRow] | null {
  const first = at < sc.to ? firstAt(sc.index, at).heads : undefined;
  if (!first) return null;
  for (let k = walkInto(first, sc.index.words, at, sc.to, HEAD_WALK) - 1; k >= 0; k--) {
    for (const r of HEAD_WALK.values[k]) if (modified || r.standalone === 'free' || (r.standalone === 'the' && det)) return [HEAD_WALK.ends[k], r];
  }
  return null;
}

function attackAt(sc: SentenceScan, at: number): boolean {
  for (const seq of attackSequences()) {
    let k = 0;
    while (k < seq.length && at + k < sc.to && sc.words[at + k] === seq[k]) k++;
    if (k === seq.length) return true;
  }
  return false;
}

function emit(sc: SentenceScan, start: number, end: number, actor: CanonicalActor | null, source: Hit['source'], role?: string): number {
  if (actor) {
    const hit: Hit = { start, end, actor, source };
    if (role) hit.role = role;
    sc.hits.push(hit);
    if (actor.kind === 'monitor_ngo') sc.memory.monitor = actor;
  }
  return end;
}

/** Is the country word at [start, …) a place here ("in northern Syria", "Iraq and Syria" after one)? */
function isPlace(sc: SentenceScan, start: number): boolean {
  let j = start - 1;
  while (j >= sc.from && (sc.lists[j] & W_PLACE_ADJECTIVE) !== 0) j--;
  if (j < sc.from) return false;
  const w = sc.lists[j];
  if ((w & W_LOCATIVE) !== 0) return true;
  if ((w & (W_AND_OR | W_COMMA)) !== 0) {
    const prev = sc.hits[sc.hits.length - 1];
    return prev !== undefined && prev.end === j && prev.actor.kind === 'country';
  }
  return false;
}

/**
 * Does the state named by a capital act: "Moscow said", "Moscow and Kyiv traded", "Washington's"?
 * (A capital right after such a verb, "warned Damascus", is acted upon: also the state.)
 */
function actsAfter(sc: SentenceScan, k: number): boolean {
  if (k + 1 < sc.to && (sc.lists[k] & W_AND_OR) !== 0 && sc.index.upper[k + 1] === 1) k += 2;
  return k < sc.to && ((sc.lists[k] & W_ACTING_VERB) !== 0 || isPossessive(sc.doc.tokens[k].text));
}

function named(sc: SentenceScan, spanStart: number, at: number, end: number, rows: ActorRow[]): number {
  if (rows.length > 1) sc.uses.context = true;
  const row = pickSense(rows, sc.context, sc.mentioned);
  if (row[1] !== 'person' && end < sc.to && (sc.lists[end] & W_MEMBER_NOUN) !== 0) end++;
  let role: string | undefined;
  if (row[1] === 'person' && spanStart === at) role = titleBefore(sc.doc, at, sc.from)?.role;
  return emit(sc, spanStart, end, fromRow(row), 'named', role);
}

function countryWord(sc: SentenceScan, spanStart: number, at: number, end: number, values: DictValue[], det: boolean): number {
  // The values here are country words only (no actor rows, no blocks): country, demonym, plural, capital.
  let country = false;
  let demonym = false;
  let plural = false;
  let capital = false;
  for (const v of values) {
    const t = v.target.type;
    if (t === 'country') country = true;
    else if (t === 'demonym') demonym = true;
    else if (t === 'plural') plural = true;
    else if (t === 'capital') capital = true;
  }
  const iso2 = (values[0].target as Extract<DictTarget, { iso2: string }>).iso2;
  const possessive = end < sc.to && isPossessive(sc.doc.tokens[end].text);
  const k = possessive ? end + 1 : end;
  const head = headAt(sc, k, true, det);
  const onlyCapital = capital && !country && !demonym;
  const onlyPlural = plural && !country && !demonym && !capital;
  if (head && head[1].category !== 'monitor' && !onlyPlural) {
    if (!onlyCapital || head[1].category === 'government') {
      return emit(sc, spanStart, head[0], genericActor(head[1].category, iso2), 'generic');
    }
  }
  // "Palestinian fire" or "Palestinian attacks" name armed groups, not a state's forces: no PS here.
  if ((country || demonym) && iso2 !== 'PS' && attackAt(sc, k)) {
    return emit(sc, at, end, genericActor('forces', iso2), 'country');
  }
  if (plural && !possessive) return emit(sc, spanStart, end, genericActor('civilians', iso2), 'country');
  if (country) {
    const acting = sc.asActor || possessive || !isPlace(sc, spanStart);
    return emit(sc, spanStart, end, countryActor(iso2, acting), 'country');
  }
  const actedOn = spanStart > sc.from && (sc.lists[spanStart - 1] & W_ACTING_VERB) !== 0;
  if (capital && (sc.asActor || actedOn || actsAfter(sc, end))) return emit(sc, spanStart, end, countryActor(iso2, true), 'country');
  if (demonym && sc.asActor) return emit(sc, spanStart, end, countryActor(iso2, true), 'country');
  return end;
}

/** "Iran-backed militias", "the UK-based Syrian Observatory…": a hyphenated country modifier. */
function hyphenModifier(sc: SentenceScan, spanStart: number, at: number, det: boolean): number {
  const m = sc.index.hyphen[at] === 1 ? HYPHEN_MODIFIER.exec(sc.doc.tokens[at].text) : null;
  if (!m || at + 1 >= sc.to) return -1;
  const after = longestNameAt(sc, at + 1);
  const afterRows = after ? actorRows(after[1]) : [];
  if (after && afterRows.length) return named(sc, spanStart, at + 1, after[0], afterRows);
  const backer = dictionary().names.next.get(tokenKey(m[1]))?.values?.find((v) => v.target.type !== 'actor' && v.target.type !== 'block');
  const head = headAt(sc, at + 1, true, det);
  if (backer && head && ARMED_CATEGORIES.has(head[1].category) && m[2] !== 'based') {
    const c = countryByIso((backer.target as Extract<DictTarget, { iso2: string }>).iso2)!;
    const rebels = head[1].category === 'rebels';
    const actor: CanonicalActor = { canonical: `${c.name}-${m[2]} ${rebels ? 'rebels' : 'militias'}`, kind: rebels ? 'rebel_group' : 'armed_group' };
    return emit(sc, spanStart, head[0], actor, 'generic');
  }
  return -1;
}

function monitor(sc: SentenceScan, spanStart: number, end: number): number {
  const SOHR = 'Syrian Observatory for Human Rights';
  if (sc.memory.monitor) return emit(sc, spanStart, end, sc.memory.monitor, 'generic');
  sc.uses.context = true;
  if (sc.mentioned.has(SOHR) || sc.context === 'SY') return emit(sc, spanStart, end, { canonical: SOHR, kind: 'monitor_ngo', country: 'SY' }, 'generic');
  return end;
}

/** Tries every rule at `at` (after a determiner when `det`); returns the next position or -1. */
function matchAt(sc: SentenceScan, spanStart: number, at: number, det: boolean): number {
  // A dictionary alias wins over reading its first word as a modifier ("Turkish-backed rebels" is the
  // Syrian National Army, not "Turkey-backed rebels").
  const longest = longestNameAt(sc, at);
  if (longest) {
    const [end, values] = longest;
    for (const v of values) if (v.target.type === 'block') return end;
    const rows = actorRows(values);
    return rows.length ? named(sc, spanStart, at, end, rows) : countryWord(sc, spanStart, at, end, values, det);
  }
  const hyphen = hyphenModifier(sc, spanStart, at, det);
  if (hyphen > 0) return hyphen;
  const head = headAt(sc, at, false, det);
  if (!head) return -1;
  if (head[1].category === 'monitor') return monitor(sc, spanStart, head[0]);
  sc.uses.context = true;
  return emit(sc, spanStart, head[0], genericActor(head[1].category, sc.context), 'generic');
}

function scanSentence(sc: SentenceScan): void {
  const { words, nodes, hyphen } = sc.index;
  for (let i = sc.from; i < sc.to; ) {
    // Only "the" joins an actor's span ("the Observatory"); "a"/"an" stay outside it.
    const det = (sc.lists[i] & W_THE) !== 0 && i + 1 < sc.to;
    const at = det ? i + 1 : i;
    // Most tokens start no name and no common-noun head and have no hyphen: every rule of matchAt
    // would find nothing there (and change nothing), so it is not called.
    const w = words[at];
    if (hyphen[at] === 0 && (w < 0 || (nodes[w].names === undefined && nodes[w].heads === undefined))) {
      i++;
      continue;
    }
    const next = matchAt(sc, i, at, det);
    i = next > 0 ? next : i + 1;
  }
}

/**
 * What scanHits learnt about one document, kept for a repeat call: the pipeline canonicalises the
 * NER entities with it, then the events stage asks findActors for the same document again with
 * the places layer added. The token list is the same object in both (every stage spreads the Doc),
 * so it keys the memo; the words' votes, the per-sentence hits for a country context and the hits
 * merged with a list of entities are reused when their inputs are the same.
 */
interface DocMemo {
  text: string;
  sentences: Doc['sentences'];
  shouting: Shouting;
  votes: TokenVotes;
  /** The last scan; `usesContext` false when no rule read the context (the hits then hold for any). */
  scan?: { context: string | undefined; usesContext: boolean; asActor: boolean; hits: Hit[] };
  merged?: { entities: readonly Entity[]; from: Hit[]; hits: Hit[] };
  matches?: { hits: readonly Hit[]; matches: ActorMatch[] };
}

const memos = new WeakMap<object, DocMemo>();

function memoOf(doc: Doc, index: TokenIndex): DocMemo {
  let memo = memos.get(doc.tokens);
  if (!memo || memo.text !== doc.text || memo.sentences !== doc.sentences) {
    const shouting = newShouting(doc);
    memo = { text: doc.text, sentences: doc.sentences, shouting, votes: tokenVotes(doc, index, shouting) };
    memos.set(doc.tokens, memo);
  }
  return memo;
}

/** Do two entity lists agree on everything mergeEntities reads (label and span)? */
function sameEntities(a: readonly Entity[], b: readonly Entity[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.label !== y.label || x.text !== y.text) return false;
  }
  return true;
}

/** Every actor hit in the document, over tokens. Do not modify the result: repeat calls share it. */
export function scanHits(doc: Doc, opts: ScanOptions = {}): Hit[] {
  const index = tokenIndex(doc);
  const memo = memoOf(doc, index);
  const art = contextFrom(doc, memo.votes);
  const context = opts.context ?? art.country;
  const asActor = opts.asActor ?? false;
  let scan = memo.scan;
  if (!scan || (scan.usesContext && scan.context !== context) || scan.asActor !== asActor) {
    const hits: Hit[] = [];
    const memory = {};
    const uses = { context: false };
    for (let si = 0; si < doc.sentences.length; si++) {
      const s = doc.sentences[si];
      const sc: SentenceScan = {
        doc, from: s.tokenStart, to: s.tokenEnd, sentence: si, shouting: memo.shouting, index, words: index.words, lists: index.lists, mentioned: art.mentioned,
        asActor, hits, memory, uses, context,
      };
      scanSentence(sc);
    }
    memo.scan = scan = { context, usesContext: uses.context, asActor, hits };
  }
  const entities = opts.entities ?? doc.entities ?? [];
  if (!entities.length) return scan.hits;
  const merged = memo.merged;
  if (merged && merged.from === scan.hits && sameEntities(merged.entities, entities)) return merged.hits;
  const hits = mergeEntities(doc, scan.hits, entities);
  memo.merged = { entities, from: scan.hits, hits };
  return hits;
}

/** toMatches, remembered for the last hit list of the document (findActors' repeat calls). */
export function matchesOf(doc: Doc, hits: readonly Hit[]): ActorMatch[] {
  const memo = memos.get(doc.tokens);
  if (memo?.matches?.hits === hits && memo.text === doc.text) return memo.matches.matches.slice();
  const matches = toMatches(doc, hits);
  if (memo) memo.matches = { hits, matches };
  return matches.slice();
}

/** Hits as report spans over the original text. */
export function toMatches(doc: Doc, hits: readonly Hit[]): ActorMatch[] {
  return hits.map((h) => {
    const start = doc.tokens[h.start].start;
    const end = doc.tokens[h.end - 1].end;
    const { canonical, kind, country } = h.actor;
    const m: ActorMatch = { start, end, text: doc.text.slice(start, end), canonical, kind };
    if (country !== undefined) m.country = country;
    if (h.role) m.role = h.role;
    return m;
  });
}
