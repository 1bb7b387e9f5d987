/**
 * @module events/casualties/find
 * Scans each sentence for casualty figures. A figure is a counted phrase (quantity.ts) tied to a
 * cue (cues.ts) either before it ("killing 12", "the death toll rose to 66") or after it ("Four
 * people were wounded"). Every hit keeps its evidence span; absurd figures are flagged and dropped.
 */
import type { Count, Doc, Subset } from '../../document/types.js';
import {
  ADDITIVE, CUE_AFTER, CUE_LAST_WORDS, CUES_BEFORE, CUES_BEFORE_LAST, type CueKind, IMPLIED, LEFT_BEFORE, LEFT_BEFORE_LAST,
  LEFT_STATE, OBJECT_AFTER, SELF_DETONATION, TOLL_BEFORE, TOLL_BEFORE_LAST, TOLL_NAMED, ZERO,
} from './cues.js';
import { PERSON_NOUNS, groupOf } from './lexicon.js';
import { type Counted, mayStartQuantity, readCounted, readNoun, readQuantity } from './quantity.js';

/**
 * Figures above this are not reported: no single event in the UCDP or EM-DAT records comes near
 * ten million deaths, so "killed 3,000,000,000" is a typo, a joke or a fabrication.
 */
export const ABSURD_FIGURE = 10_000_000;

/** One figure found in the text, before it is grouped into per-clause mentions. */
export interface Hit {
  kind: CueKind;
  sentence: number;
  count: Count;
  /** Normalised group of the counted phrase ("soldiers"), when it names one. */
  group: string | null;
  subsets: Omit<Subset, 'of'>[];
  /** "also", "another": more victims on top of an earlier figure. */
  additive: boolean;
  /** "deadly", "resulting in deaths": no figure, only that people died. */
  implied: boolean;
  /** Figures inside a headline-like line or before a dateline ("… (AFP) -"). */
  headline: boolean;
  flags: string[];
}

const INCLUDING = /[^.;:!?]{0,50}?(?:\bincluding|\bamong\s+them|\bamong\s+whom|\bmost\s+of\s+them)\s+/iy;
const CASUALTY_WORD = /\b(?:killed|killing|dead|died|injur\w*|wound\w*|hurt)\b/i;
const PARENTHETICAL = /\s*[,(–—-]*\s*(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them|many\s+of\s+them)\b[^,()–—;.]*?(?:[,)–—-]+|(?=\s+(?:were|was|have|has|had|are|is)\s))/iy;
const PLACE_PP = /\s+(?:in|from|at|aboard|inside|near|on)\s+(?:(?!least\b|than\b)[\p{L}'’-]+\s+){1,5}?(?=(?:were|was|have|has|had|are|is)\b)/iuy;
// A reduced relative after the victim: "A man accused of being a child rapist died".
const RELATIVE = /\s+(?:accused|suspected|identified|believed|known|described|named)\s+(?:of|as|to\s+be)\s+(?:[\p{L}\p{N}'’"-]+\s+){1,6}?(?=(?:died|was|were|is|are|had|has|have)\b)/iuy;
const COORD = /,?\s+and\s+/iy;
const DATELINE = /\((?:AFP|AP|Reuters|Xinhua|UPI|dpa|IANS|PTI|ANI|Anadolu|Saba|SANA|Pajhwok)\)\s*[-–—]|\s[-–—]{2}\s/;

/** Subsets named inside the figure's own sentence: "12 people, including three children". */
function includedSubsets(s: string, from: number, off: number): Omit<Subset, 'of'>[] {
  INCLUDING.lastIndex = from;
  const m = INCLUDING.exec(s);
  if (!m || CASUALTY_WORD.test(m[0])) return [];
  const out: Omit<Subset, 'of'>[] = [];
  let pos = INCLUDING.lastIndex;
  for (;;) {
    const c = readCounted(s, pos);
    if (!c || c.kind === 'vague' || !c.group || c.min === null) break;
    out.push(subsetOf(c, s, off));
    COORD.lastIndex = c.phraseEnd;
    if (!COORD.exec(s)) break;
    pos = COORD.lastIndex;
  }
  return out;
}

const COMMA = /\s*,\s+/y;

/** "Eleven people were killed, seven of them children": a subset after the figure. */
function ofThem(s: string, from: number, off: number): Omit<Subset, 'of'>[] {
  COMMA.lastIndex = from;
  if (!COMMA.exec(s)) return [];
  const c = readCounted(s, COMMA.lastIndex);
  if (!c || !c.group || c.min === null || !/\bof\s+(?:them|whom)\b/i.test(s.slice(c.end, c.phraseEnd))) return [];
  return [subsetOf(c, s, off)];
}

function subsetOf(c: Counted, s: string, off: number, group = c.group!): Omit<Subset, 'of'> {
  return { group, count: (c.min ?? c.max)!, text: s.slice(c.start, c.phraseEnd), start: off + c.start, end: off + c.phraseEnd };
}

/** Further counted parts joined by "and": "a jawan and seven civilians" (summed, README). */
function coordinated(s: string, c: Counted, shared = false): Counted[] {
  const parts: Counted[] = [];
  let end = c.phraseEnd;
  for (;;) {
    COORD.lastIndex = end;
    if (!COORD.exec(s)) break;
    const next = readCounted(s, COORD.lastIndex);
    if (!next || next.kind === 'vague' || next.min === null || next.qualifier !== 'exact') break;
    // After an active cue, "killed 3 people and 20 were wounded" starts a figure of its own; before
    // a passive one the cue is shared: "a woman and her two children were killed".
    if (!shared && CUE_AFTER.exec(s.slice(next.phraseEnd))) break;
    if (next.noun === '' && !/^(?:an?|another)$/i.test(s.slice(next.start, next.end))) break;
    parts.push(next);
    end = next.phraseEnd;
  }
  return parts;
}

function countOf(c: Counted, parts: Counted[], kind: CueKind, text: string, start: number, end: number): Count {
  if (kind === 'both') return { min: null, max: null, qualifier: 'vague', text, start, end };
  let { min, max } = c;
  for (const p of parts) {
    min = min === null ? null : min + p.min!;
    max = max === null ? null : max + p.max!;
  }
  return { min, max, qualifier: c.qualifier, text, start, end };
}

/** ASCII punctuation and symbols can neither start a count nor a victim's name: skipped unread. */
function mayHoldFigure(c: number): boolean {
  return c >= 128 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A regular-expression source matching any of `words` (lower-case letters and spaces), factored
 * by leading letters ("d(?:ea(?:d|th)|ie)") so the engine follows one branch per position instead
 * of trying every word. Only for presence tests and match starts: a word that begins with another
 * listed word is dropped, since the shorter one matches wherever the longer would.
 */
export function alternation(words: readonly string[], letter: (c: string) => string = (c) => c): string {
  const uniq = [...new Set(words)];
  const kept = uniq.filter((w) => !uniq.some((v) => v !== w && w.startsWith(v)));
  const byFirst = new Map<string, string[]>();
  for (const w of kept) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w.slice(1)]);
  const spell = (w: string): string => [...w].map(letter).join('');
  return [...byFirst].map(([c, rests]) => letter(c) + (rests.length === 1 ? spell(rests[0]) : `(?:${alternation(rests, letter)})`)).join('|');
}

/** Every pattern of `sentenceHits` needs one of these in the lower-cased sentence; most sentences of an article have none. */
const CASUALTY_STEMS = new RegExp(alternation(
  ('kill dead die death wound injur hurt casualt hospital treated slain murder massacr execut behead slaughter lynch ' +
    'shot gun life lives perish bodies corpses martyr toll burn stab beat crush trampl fatal lethal harm ablaze alight ' +
    'maim asphyx breathing fracture').split(' ').concat(['on fire']),
));

/**
 * What a cue after a count (CUE_AFTER, "whose … death", "17 bodies") must start with: prefixes of
 * all its words. A count with none of them after it and no cue before it cannot be a figure, so
 * it is not read at all. Searched in the lower-cased text: CUE_AFTER is case-insensitive with
 * Unicode folding, where "ſ" (long s) also matches "s" (the Kelvin sign lower-cases to "k").
 */
const CUE_AFTER_STEMS = new RegExp(alternation(
  ('kill dea die dying slain murder massacr execut martyr shot gunned behead lynch burn stabbed beaten hacked crushed ' +
    'bludgeon trampled lost perish injur wound hurt hospitali treated set suffer sustain receiv taken rushed deliver ' +
    'admit airlift evacuat brought casualt bodies corpses').split(' '),
  (c) => (c === 's' ? '[sſ]' : c),
), 'g');

/** Start of the last CUE_AFTER_STEMS match in `lower`, or -1. */
function lastCueStem(lower: string): number {
  let last = -1;
  CUE_AFTER_STEMS.lastIndex = 0;
  let m: RegExpExecArray | null;
  // Stems hold letters only and a cue starts a word, so no match can hide a later cue's start.
  while ((m = CUE_AFTER_STEMS.exec(lower)) !== null) last = m.index;
  return last;
}

/**
 * What a scan of one document shares between its sentences: the text lower-cased once, when
 * lower-casing keeps every offset (else null).
 */
export interface DocScan {
  lower: string | null;
}

export function docScan(doc: Doc): DocScan {
  const lower = doc.text.toLowerCase();
  return { lower: lower.length === doc.text.length ? lower : null };
}

/**
 * The words `sentenceHits` reads before a count: every cue's last word (CUE_LAST_WORDS) and
 * "also", by first letter and length (BEFORE_BY[letter * 16 + length]), so most tokens are
 * dismissed from two numbers and the rest compared in the text itself.
 */
const BEFORE_BY: string[][] = Array.from({ length: 26 * 16 }, () => []);
for (const w of [...CUE_LAST_WORDS, 'also']) {
  if (!/^[a-z]{1,15}$/.test(w)) throw new Error(`cue word "${w}" must be 1-15 lower-case letters a-z`);
  BEFORE_BY[(w.charCodeAt(0) - 97) * 16 + w.length].push(w);
}

/**
 * Token k read as the word before a count: the cue word or "also" it spells, as is or, when it
 * starts with a capital, lower-cased ("Killing", "ALSO"); '' for any other word. Read from the
 * document text against a small table: no lookup by the token's string, no lower-casing. A token
 * with a non-ASCII character takes the string path, whose lower-casing may make ASCII letters.
 */
function wordBefore(doc: Doc, k: number): string {
  const tok = doc.tokens[k];
  const len = tok.end - tok.start;
  if (len < 1 || len > 15) return len > 15 ? '' : wordBeforeSlow(tok.text);
  const text = doc.text;
  const first = text.charCodeAt(tok.start);
  const upper = first >= 65 && first <= 90;
  if (!upper && !(first >= 97 && first <= 122)) return first >= 128 ? wordBeforeSlow(tok.text) : '';
  const words = BEFORE_BY[(first - (upper ? 65 : 97)) * 16 + len];
  if (!words.length) return hasNonAscii(text, tok.start, tok.end) ? wordBeforeSlow(tok.text) : '';
  for (const w of words) {
    let i = 1;
    for (; i < len; i++) {
      let c = text.charCodeAt(tok.start + i);
      if (upper && c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(i)) break;
    }
    if (i === len) return w;
  }
  return hasNonAscii(text, tok.start, tok.end) ? wordBeforeSlow(tok.text) : '';
}

function hasNonAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return true;
  return false;
}

/** `wordBefore` from the token's string (the reference reading). */
function wordBeforeSlow(raw: string): string {
  const first = raw.charCodeAt(0);
  const prev = CUE_LAST_WORDS.has(raw) || raw === 'also' ? raw : first >= 65 && first <= 90 ? raw.toLowerCase() : '';
  return CUE_LAST_WORDS.has(prev) || prev === 'also' ? prev : '';
}

/** Every casualty figure in one sentence, in text order. `shared` is `docScan(doc)`, made once per document. */
export function sentenceHits(doc: Doc, index: number, shared: DocScan = docScan(doc)): Hit[] {
  const sent = doc.sentences[index];
  const off = sent.start;
  const s = doc.text.slice(sent.start, sent.end);
  // Every pattern needs one of these stems; most sentences of an article have none.
  const lower = shared.lower !== null ? shared.lower.slice(sent.start, sent.end) : s.toLowerCase();
  if (!CASUALTY_STEMS.test(lower)) return [];
  // Without offset-true lower-casing every count is read (no cue-after test).
  let lastCue = shared.lower !== null ? -2 : Infinity;
  let mayInclude: boolean | undefined;
  const hits: Hit[] = [];
  let consumedTo = -1;
  const datelineAt = s.includes('(') || s.includes('--') ? DATELINE.exec(s)?.index ?? -1 : -1;
  const push = (h: Omit<Hit, 'sentence' | 'headline' | 'flags' | 'implied'> & { implied?: boolean }): void => {
    const flags: string[] = [];
    const n = Math.max(h.count.min ?? 0, h.count.max ?? 0);
    if (n > ABSURD_FIGURE) {
      flags.push(`absurd_figure:${n}`);
      h.count = { ...h.count, min: null, max: null, qualifier: 'vague' };
    }
    // The segmenter also flags a last line cut off without punctuation; only a first line is a title.
    const headline = (sent.headline === true && index === 0) || (datelineAt >= 0 && h.count.start - off < datelineAt);
    hits.push({ kind: h.kind, sentence: index, count: h.count, group: h.group, subsets: h.subsets, additive: h.additive, implied: h.implied ?? false, headline, flags });
  };

  for (let t = sent.tokenStart; t < sent.tokenEnd; t++) {
    const token = doc.tokens[t];
    const rel = token.start - off;
    // The token's first character, read from the text (token.text is text.slice(start, end)).
    if (rel < consumedTo || token.end <= token.start || !mayHoldFigure(doc.text.charCodeAt(token.start))) continue;
    const prev = t > sent.tokenStart ? wordBefore(doc, t - 1) : '';
    const afterCue = prev !== '' && CUE_LAST_WORDS.has(prev);
    if (!afterCue) {
      // Only a cue after the count is left (passiveHit): none can start past the last stem.
      if (lastCue === -2) lastCue = lastCueStem(lower);
      if (lastCue <= rel) continue;
    }
    const c = mayStartQuantity(doc.tokens, t, sent.tokenEnd) ? readCounted(s, rel) : null;
    if (!c && !afterCue) continue;
    const pre = afterCue ? s.slice(Math.max(0, rel - 90), rel) : '';
    if (!c) {
      const bare = afterCue ? bareVictims(s, rel, pre, off, prev) : null;
      if (bare) { push(bare.hit); consumedTo = bare.end; }
      continue;
    }
    const found = (afterCue ? activeHit(s, c, pre, rel, prev) ?? longToll(s, c, rel) : null) ?? passiveHit(s, c);
    if (!found) continue;
    const { kind, start, end, parts, toll } = found;
    const count = countOf(c, parts, kind, s.slice(start, end), off + start, off + end);
    if (toll === 'pass' && count.qualifier === 'exact') { count.qualifier = 'at_least'; count.max = null; }
    const group = c.group ?? inherited(hits, c);
    const subsets: Omit<Subset, 'of'>[] = [];
    if (kind !== 'both') {
      if (group && c.kind !== 'vague' && (c.min ?? c.max) !== null) subsets.push(subsetOf(c, s, off, group));
      for (const p of parts) if (p.group && (p.min ?? p.max) !== null) subsets.push(subsetOf(p, s, off, p.group));
      // "Twelve people, including three children, were killed" names them before the cue; "Twelve
      // people were killed, including three children" after it.
      // INCLUDING needs one of its words (lower-cased, as its case-insensitive match would be).
      mayInclude ??= lower.includes('including') || lower.includes('among') || lower.includes('most');
      const named = mayInclude ? includedSubsets(s, parts.length ? parts[parts.length - 1].phraseEnd : c.phraseEnd, off) : [];
      if (mayInclude) subsets.push(...(named.length || end <= c.phraseEnd ? named : includedSubsets(s, end, off)));
    }
    subsets.push(...ofThem(s, end, off));
    const modText = s.slice(c.start, c.end);
    const additive = ADDITIVE.test(modText.split(/\s+/)[0]) || /\balso\b/i.test(s.slice(c.phraseEnd, end)) || prev === 'also' || /\balso\s+$/i.test(pre);
    push({ kind, count, group, subsets, additive });
    consumedTo = Math.max(end, c.phraseEnd);
  }
  // The sentence-wide patterns run only when their key words occur (speed on long articles).
  const zeroWords = /\b(?:no|nobody|without)\b/.test(lower);
  const impliedWords = /deadly|fatal|lethal|deaths/.test(lower);
  for (const [re, kind] of zeroWords ? ZERO : []) {
    const m = re.exec(s);
    if (m) push({ kind, count: { min: 0, max: 0, qualifier: 'exact', text: m[0], start: off + m.index, end: off + m.index + m[0].length }, group: null, subsets: [], additive: false });
  }
  for (const [re, kind] of impliedWords ? IMPLIED : []) {
    const m = re.exec(s);
    if (m) push({ kind, count: { min: null, max: null, qualifier: 'vague', text: m[0], start: off + m.index, end: off + m.index + m[0].length }, group: null, subsets: [], additive: false, implied: true });
  }
  return hits.sort((a, b) => a.count.start - b.count.start);
}

/** "five more injured" after "three civilians were killed": the same group, continued. */
function inherited(hits: Hit[], c: Counted): string | null {
  if (!/^(?:more|others?)$/i.test(c.noun)) return null;
  return hits.length ? hits[hits.length - 1].group : null;
}

interface Found { kind: CueKind; start: number; end: number; parts: Counted[]; toll?: 'raise' | 'pass' }

/**
 * A cue before the count: "killing at least 19 people", "the death toll climbed to 66". `prev` is
 * the lower-cased word before the count: an expression that cannot end with it is not run.
 */
function activeHit(s: string, c: Counted, pre: string, rel: number, prev: string): Found | null {
  const toll = TOLL_BEFORE_LAST.has(prev) ? TOLL_BEFORE.exec(pre) : null;
  if (toll && c.kind !== 'single') {
    const lead = toll[0].search(/[\p{L}]/u);
    const kind: CueKind = toll.groups?.hurt ? 'injured' : 'killed';
    return { kind, start: rel - (pre.length - toll.index - lead), end: c.phraseEnd, parts: [], toll: toll.groups?.pass ? 'pass' : 'raise' };
  }
  const left = LEFT_BEFORE_LAST.has(prev) ? LEFT_BEFORE.exec(pre) : null;
  if (left) {
    const st = LEFT_STATE.exec(s.slice(c.phraseEnd));
    if (!st) return null;
    const kind: CueKind = st.groups?.both ? 'both' : st.groups?.killed ? 'killed' : 'injured';
    const lead = left[0].search(/[\p{L}]/u);
    return { kind, start: rel - (pre.length - left.index - lead), end: c.phraseEnd + st[0].length, parts: [] };
  }
  for (let k = 0; k < CUES_BEFORE.length; k++) {
    const [re, kind] = CUES_BEFORE[k];
    const m = CUES_BEFORE_LAST[k].has(prev) ? re.exec(pre) : null;
    if (!m) continue;
    const parts = c.kind === 'vague' ? [] : coordinated(s, c);
    const end = parts.length ? parts[parts.length - 1].phraseEnd : c.phraseEnd;
    const lead = m[0].search(/[\p{L}]/u);
    return { kind, start: rel - (pre.length - m.index - lead), end, parts };
  }
  return null;
}

/**
 * A toll whose event is named between "toll" and its verb, beyond the 90 characters `activeHit`
 * looks back: "The death toll from a missile strike on a training camp in Marib has risen to 111".
 */
function longToll(s: string, c: Counted, rel: number): Found | null {
  if (c.kind === 'single') return null;
  const wide = s.slice(Math.max(0, rel - 240), rel);
  const m = /toll/i.test(wide) ? TOLL_NAMED.exec(wide) : null;
  if (!m) return null;
  const lead = m[0].search(/[\p{L}]/u);
  return { kind: 'killed', start: rel - (wide.length - m.index - lead), end: c.phraseEnd, parts: [], toll: m.groups?.pass ? 'pass' : 'raise' };
}

/** A cue after the counted phrase: "Four people were wounded", "4 dead", "The three died". */
function passiveHit(s: string, c: Counted): Found | null {
  let pos = c.phraseEnd;
  const parts = c.kind === 'vague' ? [] : coordinated(s, c, true);
  if (parts.length) pos = parts[parts.length - 1].phraseEnd;
  PARENTHETICAL.lastIndex = pos;
  if (PARENTHETICAL.exec(s)) pos = PARENTHETICAL.lastIndex;
  PLACE_PP.lastIndex = pos;
  const pp = c.kind !== 'single' && PLACE_PP.exec(s);
  if (pp) pos = PLACE_PP.lastIndex - 1;
  else {
    RELATIVE.lastIndex = pos;
    if (RELATIVE.exec(s)) pos = RELATIVE.lastIndex - 1;
  }
  // "17 bodies had been recovered", "51 martyrs were buried": the counted are dead whatever the verb.
  if (c.kind === 'number' && /\b(?:bodies|corpses|martyrs)$/i.test(c.noun)) return { kind: 'killed', start: c.start, end: c.phraseEnd, parts: [] };
  const rest = s.slice(pos);
  const whose = /^\s+whose\s+(?:[\p{L}-]+\s+)?death\b/iu.exec(rest);
  if (whose && c.kind === 'single') return { kind: 'killed', start: c.start, end: pos + whose[0].length, parts: [] };
  const m = CUE_AFTER.exec(rest);
  if (!m) return null;
  const g = m.groups!;
  const kind: CueKind = g.both ? 'both' : g.killed ? 'killed' : 'injured';
  const end = pos + m[0].length;
  // "several set alight" after "shops were looted": burning needs a person named as the victim.
  if (g.injured && /^set\s/i.test(g.injured) && c.noun === '') return null;
  if (!g.aux.trim()) {
    // "The three attackers killed at least 19 people": the count is the actor, not the victims.
    if (/^(?:killed|murdered|massacred|executed|beheaded|lynched|injured|wounded|hurt|treated|gunned\s+down|shot\s+dead|casualties)$/i.test((g.both ?? g.killed ?? g.injured).trim()) && OBJECT_AFTER.test(s.slice(end)) && !headlineList(s, end)) return null;
    if (pp) return null; // "2 km from the town killed …": a place phrase needs an auxiliary after it
  }
  return { kind, start: c.start, end, parts };
}

/** A headline's list of figures, "8 persons killed 58 others injured": the second has its own cue. */
function headlineList(s: string, end: number): boolean {
  const next = readCounted(s, end);
  if (!next) return false;
  const cue = CUE_AFTER.exec(s.slice(next.phraseEnd));
  return cue !== null && !cue.groups!.aux.trim();
}

const LETTER = /[\p{L}]/u;
const POSSESSIVE = /(?:her|his|their)\s+/iy;

/**
 * Victims named without a number after a killing cue: "the murder of tribal girls", "killing
 * students" (vague, README), or a single person without an article: "Mob lynches Muslim man".
 */
function bareVictims(s: string, rel: number, pre: string, off: number, prev: string): { hit: Omit<Hit, 'sentence' | 'headline' | 'flags' | 'implied'>; end: number } | null {
  // Cheapest tests first; all must pass.
  if (!CUES_BEFORE_LAST[1].has(prev) || !LETTER.test(s[rel] ?? '')) return null;
  if (readQuantity(s, rel)) return null;
  const cue = CUES_BEFORE[1][0].exec(pre);
  if (!cue || /toll\s+(?:of|at|to)\s+$/i.test(pre)) return null;
  // "killed her two-week-old son": a possessive stands where an article would.
  POSSESSIVE.lastIndex = rel;
  const from = POSSESSIVE.exec(s) ? POSSESSIVE.lastIndex : rel;
  const words = readNoun(s, from, 4).noun.split(' ').filter(Boolean);
  // The phrase ends at its first person head: "Muslim man accused of …", "tribal girls claimed by …".
  for (let k = 1; k <= words.length; k++) {
    const head = words[k - 1];
    const lower = head.toLowerCase();
    const singular = PERSON_NOUNS.has(lower) && (from > rel || k > 1 || lower !== 'security');
    const plural = !singular && !/-old$/i.test(head) && (groupOf(head) !== null || /^(?:people|villagers|residents|passengers|worshippers|farmers|workers|men|women)$/.test(lower));
    if (!singular && !plural) continue;
    const noun = words.slice(0, k).join(' ');
    const end = s.indexOf(head, from) + head.length;
    const start = rel - (pre.length - cue.index - cue[0].search(/[\p{L}]/u));
    const text = s.slice(start, end);
    const count: Count = singular
      ? { min: 1, max: 1, qualifier: 'exact', text, start: off + start, end: off + end }
      : { min: null, max: null, qualifier: 'vague', text, start: off + start, end: off + end };
    const group = groupOf(noun);
    const subsets = singular && group ? [{ group, count: 1, text: s.slice(rel, end), start: off + rel, end: off + end }] : [];
    return { hit: { kind: 'killed', count, group, subsets, additive: false }, end };
  }
  return null;
}

/** Attackers dead by their own bombs: "Two suicide bombers blew themselves up" → attackers 2. */
export function selfDetonations(doc: Doc, index: number): Omit<Subset, 'of'>[] {
  const sent = doc.sentences[index];
  const s = doc.text.slice(sent.start, sent.end);
  const m = /bomber/i.test(s) ? SELF_DETONATION.exec(s) : null;
  if (!m) return [];
  const from = Math.max(0, m.index - 40);
  for (let p = from; p < m.index; p++) {
    if (p > 0 && /[\p{L}\p{N}]/u.test(s[p - 1])) continue;
    const q = readQuantity(s, p);
    if (!q || q.kind === 'vague' || q.min === null || q.start !== p) continue;
    const between = s.slice(q.end, m.index).trim().split(/\s+/).filter(Boolean);
    if (between.length > 3) continue;
    const end = m.index + m[0].length;
    return [{ group: 'attackers', count: q.min, text: s.slice(p, end), start: sent.start + p, end: sent.start + end }];
  }
  return [];
}

/**
 * README: "attacking bandits or rebels → attackers". A militant group whose members the text shows
 * attacking ("rebel fighters attacked a police post", "an attack by rebel forces") is relabelled.
 */
export function attackerGroup(text: string, sub: Subset): Subset {
  if ((sub.group !== 'militants' && sub.group !== 'fighters') || !/attack|storm|ambush|raid|opened fire/i.test(text)) return sub;
  const head = /([\p{L}]+?)s?$/u.exec(sub.text.trim())?.[1];
  if (!head) return sub;
  const attacked = new RegExp(
    String.raw`\b${head}s?\b(?:\s+[\p{L}-]+){0,2}?\s+(?:attacked|attacks|stormed|ambushed|raided|opened\s+fire)\b|\battack(?:s|ed)?\s+by\s+(?:[\p{L}-]+\s+){0,2}?${head}`,
    'iu',
  );
  return attacked.test(text) ? { ...sub, group: 'attackers' } : sub;
}
