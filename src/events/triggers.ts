/**
 * @module events/triggers
 * Finds trigger matches sentence by sentence. Rules are indexed by word prefix once, at load, so a
 * sentence only runs the few rules whose words it contains: the cost is linear in the text.
 */
import type { Doc, Sentence } from '../document/types.js';
import { PROTEST_RULES } from './lexicon/protest.js';
import type { RuleType, TriggerRule } from './lexicon/rule.js';
import { STRATEGIC_RULES } from './lexicon/strategic.js';
import { VIOLENCE_RULES } from './lexicon/violence.js';

export const RULES: readonly TriggerRule[] = [...VIOLENCE_RULES, ...PROTEST_RULES, ...STRATEGIC_RULES];

export interface TriggerHit {
  rule: TriggerRule;
  type: RuleType;
  weight: number;
  sentence: number;
  start: number;
  end: number;
}

const BY_KEY = new Map<string, TriggerRule[]>();
for (const r of RULES) {
  for (const k of r.keys) {
    const list = BY_KEY.get(k) ?? [];
    list.push(r);
    BY_KEY.set(k, list);
  }
}
const KEY_LENGTHS = [...new Set([...BY_KEY.keys()].map((k) => k.length))].sort((a, b) => a - b);

/** Which rules a lower-case word can open (it starts with one of their keys). Memoised. */
const wordMemo = new Map<string, readonly TriggerRule[]>();
const MEMO_CAP = 50_000;
const NONE: readonly TriggerRule[] = [];

function rulesForWord(word: string): readonly TriggerRule[] {
  const hit = wordMemo.get(word);
  if (hit) return hit;
  let out: TriggerRule[] | null = null;
  for (const part of word.includes('-') ? [word, ...word.split('-')] : [word]) {
    for (const len of KEY_LENGTHS) {
      if (len > part.length) break;
      const rs = BY_KEY.get(part.slice(0, len));
      if (rs) (out ??= []).push(...rs);
    }
  }
  const res = out ?? NONE;
  if (wordMemo.size < MEMO_CAP) wordMemo.set(word, res);
  return res;
}

/** Rule ids, for marking the rules a sentence has already collected without a Set per sentence. */
const RULE_ID = new Map<TriggerRule, number>(RULES.map((r, i) => [r, i]));

/**
 * Every trigger match in one sentence [start, end) of `text`, running the rules `ids` (indexes
 * into RULES) in that order.
 */
function runRules(text: string, start: number, end: number, ids: readonly number[], sentence: number): TriggerHit[] {
  const slice = text.slice(start, end);
  const hits: TriggerHit[] = [];
  for (const id of ids) {
    const r = RULES[id];
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = r.re.exec(slice)) !== null) {
      const t = m.groups?.t ?? m[0];
      const off = m.index + (m.groups?.t !== undefined ? m[0].indexOf(t) : 0);
      hits.push({ rule: r, type: r.type, weight: r.weight, sentence, start: start + off, end: start + off + t.length });
      if (m[0].length === 0) r.re.lastIndex++;
    }
  }
  hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
  return hits;
}

/**
 * Three-letter openings of every key, as an index over a-z³: a word whose first three letters open
 * no key cannot open a rule, so most words are dismissed from their char codes alone, without
 * lower-casing or a memo lookup (the word loop was a third of the stage's trigger time).
 */
const OPENINGS = new Uint8Array(26 * 26 * 26);
const letter = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : -1);
for (const k of BY_KEY.keys()) {
  const [a, b, c] = [letter(k.charCodeAt(0)), letter(k.charCodeAt(1)), letter(k.charCodeAt(2))];
  if (k.length < 3 || a < 0 || b < 0 || c < 0) throw new Error(`trigger key "${k}" must start with three letters a-z`);
  OPENINGS[(a * 26 + b) * 26 + c] = 1;
}

/** False when the word surely opens no rule; hyphenated and non-ASCII words are left to `rulesForWord`. */
function mayOpen(word: string): boolean {
  const a = letter(word.charCodeAt(0));
  const b = letter(word.charCodeAt(1));
  const c = letter(word.charCodeAt(2));
  if (a < 0 || b < 0 || c < 0 || word.includes('-')) return true;
  return OPENINGS[(a * 26 + b) * 26 + c] === 1;
}

const PROTEST_FRAME_TYPES: ReadonlySet<string> = new Set(['PEACE_PROTEST', 'VIOL_DEMONSTR']);

/**
 * Which sentences lie in a protest frame: a protest trigger (not itself frame-bound) in the same,
 * the previous or the next sentence.
 */
export function protestFrames(hits: readonly (readonly TriggerHit[])[]): boolean[] {
  const own = hits.map((hs) => hs.some((h) => PROTEST_FRAME_TYPES.has(h.type) && !h.rule.frame));
  return own.map((f, i) => f || (i > 0 && own[i - 1]) || (i + 1 < own.length && own[i + 1]));
}

/**
 * Rule ids a token can open, by the token's own text (no lower-casing): the ids of
 * `rulesForWord(lower-case text)`, in its order; empty for tokens that cannot open a rule. The
 * memo holds only words that pass `mayOpen`, bounded like `wordMemo`.
 */
const tokenMemo = new Map<string, readonly number[]>();
const NO_IDS: readonly number[] = [];

function idsForToken(text: string): readonly number[] {
  // Keys are at least three letters long: shorter words cannot open a rule. Most words are
  // dismissed here from their first letters, before any lookup.
  if (text.length < 3 || !mayOpen(text)) return NO_IDS;
  const hit = tokenMemo.get(text);
  if (hit) return hit;
  const ids = rulesForWord(text.toLowerCase()).map((r) => RULE_ID.get(r)!);
  if (tokenMemo.size < MEMO_CAP) tokenMemo.set(text, ids);
  return ids;
}

/**
 * The keys as a trie over a-z and '-', for ASCII words: walking a word's letters from the root meets
 * its keys in order of length, which is `rulesForWord`'s order, reading the document text itself:
 * no lower-cased copy and no lookup by the token's string (a memo of every word seen, large and
 * cold). Node n's child for letter code k is TRIE_NEXT[n * 27 + k] (0: none); its rule ids are
 * TRIE_IDS[TRIE_AT[n]..TRIE_AT[n + 1]).
 */
const { TRIE_NEXT, TRIE_AT, TRIE_IDS } = ((): { TRIE_NEXT: Int32Array; TRIE_AT: Int32Array; TRIE_IDS: Int32Array } => {
  const next: number[] = new Array(27).fill(0);
  const ids: number[][] = [[]];
  for (const [k, rs] of BY_KEY) {
    let n = 0;
    for (let i = 0; i < k.length; i++) {
      const c = trieCode(k.charCodeAt(i));
      if (c < 0) throw new Error(`trigger key "${k}" may hold only a-z and '-'`);
      if (next[n * 27 + c] === 0) {
        next[n * 27 + c] = ids.length;
        ids.push([]);
        for (let j = 0; j < 27; j++) next.push(0);
      }
      n = next[n * 27 + c];
    }
    ids[n].push(...rs.map((r) => RULE_ID.get(r)!));
  }
  const at = new Int32Array(ids.length + 1);
  for (let n = 0; n < ids.length; n++) at[n + 1] = at[n] + ids[n].length;
  return { TRIE_NEXT: Int32Array.from(next), TRIE_AT: at, TRIE_IDS: Int32Array.from(ids.flat()) };
})();

/** Trie letter code of an ASCII char code, lower-cased: a-z 0-25, '-' 26, anything else -1. */
function trieCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return c === 45 ? 26 : -1;
}

/** Which rules a sentence has collected: `seen[id] === mark` (one mark per collection, never reset). */
const seen = new Uint32Array(RULES.length);
let mark = 0;
const FRAME = RULES.map((r) => r.frame !== undefined);
/** Set by `addIds` when it meets a frame-bound rule (read once per sentence). */
let sawFrame = false;

/** Adds rule ids in order, each once per mark; frame-bound ones only when `framed`. */
function addIds(list: ArrayLike<number>, from: number, to: number, framed: boolean, ids: number[]): void {
  for (let j = from; j < to; j++) {
    const id = list[j];
    if (FRAME[id]) {
      sawFrame = true;
      if (!framed) continue;
    }
    if (seen[id] !== mark) {
      seen[id] = mark;
      ids.push(id);
    }
  }
}

/** Walks the trie along text[from, to) (ASCII), adding the rules of every key met. */
function walk(text: string, from: number, to: number, framed: boolean, ids: number[]): void {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = trieCode(text.charCodeAt(i));
    if (c < 0) return;
    n = TRIE_NEXT[n * 27 + c];
    if (n === 0) return;
    if (TRIE_AT[n] !== TRIE_AT[n + 1]) addIds(TRIE_IDS, TRIE_AT[n], TRIE_AT[n + 1], framed, ids);
  }
}

/** `mayOpen` read from the document text at [start, end) without the token's own string. */
function mayOpenAt(text: string, start: number, end: number): boolean {
  const a = letter(text.charCodeAt(start));
  const b = letter(text.charCodeAt(start + 1));
  const c = letter(text.charCodeAt(start + 2));
  if (a < 0 || b < 0 || c < 0) return true;
  if (OPENINGS[(a * 26 + b) * 26 + c] === 1) return true;
  for (let i = start + 3; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/**
 * The rules the word token [start, end) of `text` opens (at least three characters long), added
 * to `ids`: the ids of `rulesForWord(lower-case word)` in its order (the whole word, then each
 * hyphen-separated part). ASCII words walk the trie; others (rare) take the memoised string
 * path, since lower-casing may change their letters.
 */
function addTokenRules(text: string, start: number, end: number, framed: boolean, ids: number[]): void {
  // Most words are dismissed from their first three letters (see OPENINGS).
  if (!mayOpenAt(text, start, end)) return;
  let hyphen = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      const list = idsForToken(text.slice(start, end));
      addIds(list, 0, list.length, framed, ids);
      return;
    }
    if (c === 45) hyphen = true;
  }
  walk(text, start, end, framed, ids);
  if (!hyphen) return;
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 45) {
      walk(text, from, i, framed, ids);
      from = i + 1;
    }
  }
}

/**
 * The rules the words of sentence `s` open, each once, in order of first occurrence (word order,
 * then each word's rule order): that order breaks ties in the hit sort, so it is kept exactly.
 * With `framed` false, frame-bound rules are left out; the return's `frame` says whether any
 * word opened one.
 */
function sentenceRules(doc: Doc, s: Sentence, framed: boolean): { ids: number[]; frame: boolean } {
  mark = mark === 0xffffffff ? 1 : mark + 1;
  if (mark === 1) seen.fill(0);
  const ids: number[] = [];
  sawFrame = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const tok = doc.tokens[k];
    // tok.text is doc.text.slice(tok.start, tok.end): read in the text.
    if (tok.kind !== 'word' || tok.end - tok.start < 3) continue;
    addTokenRules(doc.text, tok.start, tok.end, framed, ids);
  }
  return { ids, frame: sawFrame };
}

/**
 * Trigger matches of every sentence of a Doc, indexed by sentence. Frame-bound rules run only in
 * sentences inside a protest frame (elsewhere resolve.ts drops their matches anyway): they were
 * the costliest rules and almost never apply ("shot" in a war report is no protest crackdown).
 */
export function docTriggers(doc: Doc): TriggerHit[][] {
  const out: TriggerHit[][] = [];
  const frameWords: boolean[] = [];
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    const { ids, frame } = sentenceRules(doc, s, false);
    frameWords.push(frame);
    out.push(ids.length ? runRules(doc.text, s.start, s.end, ids, i) : []);
  }
  const frames = protestFrames(out);
  for (let i = 0; i < out.length; i++) {
    const s = doc.sentences[i];
    if (frames[i] && frameWords[i]) out[i] = runRules(doc.text, s.start, s.end, sentenceRules(doc, s, true).ids, i);
  }
  return out;
}
