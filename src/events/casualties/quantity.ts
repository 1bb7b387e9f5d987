/**
 * @module events/casualties/quantity
 * Reading the counted phrase around a casualty cue: a quantity ("at least 14", "dozens",
 * "between 3 and 5", "a", "another"), then the noun phrase it counts ("persons", "Turkish
 * soldiers", "of the assailants"). Offsets are relative to the string given.
 */
import type { Qualifier } from '../../document/types.js';
import { NON_CASUALTY_HEADS, PERSON_NOUNS, VAGUE_SOURCE, groupOf } from './lexicon.js';
import { NUMBER_SOURCE, NUMBER_WORD, parseNumber } from './numbers.js';

export interface Quantity {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** number: a figure; vague: "dozens"; single: "a man", "another" (one person). */
  kind: 'number' | 'vague' | 'single';
}

export interface Counted extends Quantity {
  /** End of the whole phrase (quantity + noun phrase). */
  phraseEnd: number;
  /** The counted noun phrase, e.g. "Turkish soldiers" ("" when bare: "killing 12"). */
  noun: string;
  group: string | null;
}

// Qualifier words (README conventions: "at least/more than/over/crosses" → at_least;
// "about/nearly/some" → about; "up to/as many as" → up_to).
const MODS: [RegExp, Qualifier][] = [
  [/^(?:at\s+least|not\s+less\s+than|no\s+(?:fewer|less)\s+than|more\s+than|over|upwards\s+of|in\s+excess\s+of|a\s+minimum\s+of|well\s+over|just\s+over)$/i, 'at_least'],
  [/^(?:nearly|almost|about|around|approximately|roughly|some|an\s+estimated|estimated|close\s+to|just\s+under|an\s+approximate)$/i, 'about'],
  [/^(?:up\s+to|as\s+many\s+as|at\s+most|no\s+more\s+than|a\s+maximum\s+of)$/i, 'up_to'],
];
const MOD_SOURCE = MODS.map(([re]) => re.source.slice(4, -2)).join('|');
const NUM = `(?:${NUMBER_SOURCE})`;
// Not part of a larger token: "21-year-old", "50km", "3%" are not counts.
const NUM_END = String.raw`(?![\p{L}\p{N}%]|-(?!\s)|\.\d|,\d)`;

const QTY = new RegExp(
  String.raw`(?<mod>(?:${MOD_SOURCE}|a\s+total\s+of|the|another|other|a\s+further|her|his|their)\s+)?` +
    String.raw`(?:between\s+(?<ra>${NUM})\s+and\s+(?<rb>${NUM})${NUM_END}` +
    String.raw`|(?<ra2>\d[\d,]*)\s*[-–]\s*(?<rb2>\d[\d,]*)${NUM_END}|(?<ra3>${NUM})\s+(?:to|or)\s+(?<rb3>${NUM})${NUM_END}` +
    String.raw`|(?<num>${NUM})${NUM_END}` +
    String.raw`|(?<vague>${VAGUE_SOURCE})\b` +
    String.raw`|(?<single>an?|one|another|one\s+other)\b)`,
  'iyu',
);

// Words that end a counted noun phrase: verbs, conjunctions, clause openers, cue words.
const NP_STOP = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'being', 'and', 'or', 'but', 'who', 'whom',
  'whose', 'which', 'that', 'when', 'while', 'after', 'before', 'as', 'by', 'with', 'at', 'on', 'during',
  'since', 'said', 'says', 'reportedly', 'also', 'all', 'later', 'killed', 'dead', 'died', 'die', 'injured',
  'wounded', 'hurt', 'slain', 'including', 'in', 'from', 'to', 'into', 'near', 'aboard', 'inside', 'for',
  'across', 'between', 'among', 'amid', 'following', 'than', 'of', 'the', 'a', 'an', 'their', 'suffered',
  'sustained', 'shot', 'gunned', 'lost', 'perished', 'got', 'remain', 'remained', 'still', 'over', 'under',
  'each', 'both', 'more', 'treated', 'murdered', 'massacred', 'executed', 'lynched', 'beheaded', 'if',
  'because', 'though', 'although', 'where', 'whereas', 'so', 'then', 'now', 'confirmed', 'reported',
  'believed', 'feared', 'known', 'thought', 'had', 'being', 'taken', 'rushed', 'admitted', 'airlifted',
  'delivered', 'hospitalised', 'hospitalized', 'due', 'up', 'this', 'these', 'those', 'it', 'they',
  'having', 'getting', 'leaving', 'accused', 'identified', 'aged', 'named', 'who', 'whose', 'outside',
  'behind', 'along', 'against', 'around', 'through', 'towards', 'toward', 'within', 'without', 'beside',
  'opposite', 'may', 'might', 'could', 'would', 'will', 'can', 'must', 'should', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'overnight',
  'earlier', 'last', 'recently', 'so', 'not', 'mostly', 'apparently', 'allegedly', 'reportedly',
]);
// "others" and "more" count people ("20 others", "five more"): they end the phrase but belong to it.
const NP_TAIL = /^(?:others?|more|people|persons)$/i;
// Month names, whole or abbreviated: "10 Jul 2016", "Feb. 5"; not "12 marines", "5 decapitated".
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:${MONTH}\b|may\s+\d)`, 'i');
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH}|may)\.?\s+$`, 'i');
const WORD = /\s*(\(?[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*\)?)/uy;

function qualifierOf(mod: string | undefined): Qualifier {
  if (!mod) return 'exact';
  const m = mod.trim();
  for (const [re, q] of MODS) if (re.test(m)) return q;
  return 'exact';
}

const NUMBER_FIRST = new Set([...NUMBER_WORD.split('|').filter((w) => w !== 'a' && w !== 'an'), 'dozen']);
const VAGUE_FIRST = new Set('tens hundreds dozens scores several many thousands multiple numerous countless all'.split(' '));
const MOD_FIRST = new Set('at not no more over upwards in well just nearly almost about around approximately roughly some an estimated close up as between the another other a her his their'.split(' '));
// After "a"/"an": words that make it a quantity ("a dozen", "a number of") rather than an article.
const AFTER_A = new Set('dozen hundred thousand million number few handful total minimum maximum further unspecified unknown large'.split(' '));

function firstPart(token: string): string {
  const c = token.charCodeAt(0);
  if (c >= 97 && c <= 122 && !token.includes('-')) return token;
  const lower = token.toLowerCase();
  const dash = lower.indexOf('-');
  return dash > 0 ? lower.slice(0, dash) : lower;
}

function numberish(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 48 && c <= 57) || NUMBER_FIRST.has(firstPart(token));
}

/**
 * Cheap test before `readQuantity` (most tokens cannot start a count): a number or vague word
 * starts one; a modifier ("at", "more", "the") needs a number within three tokens; "a"/"an"
 * needs a person within four ("a young girl") or a quantity noun ("a dozen"). Tokens from `end` on
 * (the next sentence) are not looked at.
 */
export function mayStartQuantity(tokens: readonly { text: string }[], i: number, end = tokens.length): boolean {
  const t = tokens[i].text;
  // numberish(t), with the first part read once for the tests below too.
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  const w = firstPart(t);
  if (NUMBER_FIRST.has(w)) return true;
  if (VAGUE_FIRST.has(w) || w === 'another' || w === 'one') return true;
  if (w === 'a' || w === 'an') {
    for (let k = i + 1; k < Math.min(end, i + 5); k++) {
      const n = tokens[k].text.toLowerCase();
      if (AFTER_A.has(n) || PERSON_NOUNS.has(n) || isPersonPhrase(tokens[k].text)) return true;
    }
  }
  if (!MOD_FIRST.has(w)) return false;
  for (let k = i + 1; k < Math.min(end, i + 4); k++) {
    if (numberish(tokens[k].text) || VAGUE_FIRST.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

/** Reads a quantity at `pos` (after optional spaces), or null. */
// Sticky expressions used at a given position; shared, their lastIndex is set before each use.
const LEAD = /\s*/y;
const GLUED = /[\p{L}\p{N}$£€]/u;
/** GLUED on one UTF-16 unit, from its code: ASCII by ranges, the rest by the expression. */
function glued(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36;
  return GLUED.test(String.fromCharCode(c));
}
const NEGATED = /\b(?:no|not)\s+$/i;
const OF = /\s+of\s+(?:the\s+|their\s+|them\b)?/iy;
const STATE = /(wounded|injured|dead|victims)\b/iy;

export function readQuantity(s: string, pos: number): Quantity | null {
  LEAD.lastIndex = pos;
  LEAD.exec(s);
  const at = LEAD.lastIndex;
  if (at > 0 && glued(s.charCodeAt(at - 1))) return null;
  // "no one was killed" is a zero (cues.ts), "not one" likewise.
  if (NEGATED.test(s.slice(Math.max(0, at - 5), at))) return null;
  QTY.lastIndex = at;
  const m = QTY.exec(s);
  if (!m) return null;
  const g = m.groups!;
  const end = at + m[0].length;
  const q = qualifierOf(g.mod);
  if (g.ra !== undefined || g.ra2 !== undefined || g.ra3 !== undefined) {
    const a = parseNumber(g.ra ?? g.ra2 ?? g.ra3);
    const b = parseNumber(g.rb ?? g.rb2 ?? g.rb3);
    if (a === null || b === null || b <= a) return null;
    return { start: at, end, min: a, max: b, qualifier: 'range', kind: 'number' };
  }
  if (g.num !== undefined) {
    const n = parseNumber(g.num);
    if (n === null) return null;
    if (q === 'at_least') return { start: at, end, min: n, max: null, qualifier: q, kind: 'number' };
    if (q === 'up_to') return { start: at, end, min: null, max: n, qualifier: q, kind: 'number' };
    return { start: at, end, min: n, max: n, qualifier: q, kind: 'number' };
  }
  if (g.vague !== undefined) {
    if (g.mod && !/^(?:the|some|another|other)\s+$/i.test(g.mod)) return null;
    return { start: at, end, min: null, max: null, qualifier: 'vague', kind: 'vague' };
  }
  if (g.mod && !/^(?:the)\s+$/i.test(g.mod)) return null;
  return { start: at, end, min: 1, max: 1, qualifier: 'exact', kind: 'single' };
}

/** Reads the noun phrase a quantity counts, starting at `pos`; returns its end and text. */
export function readNoun(s: string, pos: number, maxWords = 6): { end: number; noun: string } {
  let end = pos;
  let words: string[] = [];
  // "four of the assailants", "scores of the terrorists", "members of the security forces"
  OF.lastIndex = pos;
  if (OF.exec(s)) {
    end = OF.lastIndex;
    // "Two of the wounded later died": the state noun is the phrase's head.
    STATE.lastIndex = end;
    if (STATE.exec(s)) return { end: STATE.lastIndex, noun: s.slice(end, STATE.lastIndex) };
  }
  for (let i = 0; i < maxWords; i++) {
    WORD.lastIndex = end;
    const m = WORD.exec(s);
    if (!m) break;
    const w = m[1].includes('(') || m[1].includes(')') ? m[1].replace(/[()]/g, '') : m[1];
    const lw = w.toLowerCase();
    // A parenthesised acronym ("(OLA)") belongs to the phrase but is not a word of it.
    if (m[1].startsWith('(')) { end = WORD.lastIndex; i--; continue; }
    if (NP_TAIL.test(w)) { words.push(w); end = WORD.lastIndex; break; }
    // Another number starts another phrase ("2015 (Reuters) Two people …").
    // The numeral test needs a digit first (\p{N} holds no other ASCII character).
    const c0 = w.charCodeAt(0);
    if ((((c0 >= 48 && c0 <= 57) || c0 >= 128) && NUMERAL.test(w)) || NUMBER_WORDS.has(lw)) break;
    // "70 Syrian regime and rebel fighters": one phrase until a people head closes it.
    if (lw === 'and' && words.length && !isPeopleHead(words[words.length - 1])) {
      WORD.lastIndex = m.index + m[0].length;
      const next = WORD.exec(s);
      if (next && !NP_STOP.has(next[1].toLowerCase()) && !/^\p{N}/u.test(next[1]) && !NUMBER_WORDS.has(next[1].toLowerCase())) {
        words.push(w);
        end = m.index + m[0].length;
        continue;
      }
    }
    if (NP_STOP.has(lw)) {
      if (lw === 'of' && words.length && /^(?:members?|some|dozens|scores|hundreds)$/i.test(words[words.length - 1])) {
        OF.lastIndex = end;
        if (OF.exec(s)) { end = OF.lastIndex; words = []; continue; }
      }
      break;
    }
    words.push(w);
    end = WORD.lastIndex;
  }
  return { end, noun: words.join(' ') };
}

const NUMBER_WORDS = new Set(NUMBER_WORD.split('|').filter((w) => w !== 'a' && w !== 'an'));
const NUMERAL = /^\p{N}+(?:[.,]\p{N}+)*$/u;

/**
 * Memo for the word tests below: they are pure, run on every candidate count's words, and the
 * same words recur across articles. Bounded so a long-running ingest cannot grow it without end.
 */
const MEMO_CAP = 20_000;
function memo(test: (w: string) => boolean): (w: string) => boolean {
  const seen = new Map<string, boolean>();
  return (w: string): boolean => {
    let r = seen.get(w);
    if (r === undefined) {
      r = test(w);
      if (seen.size < MEMO_CAP) seen.set(w, r);
    }
    return r;
  };
}

/** Could this word head a phrase naming people ("civilians", "army men", "Syrians", "members")? */
export const isPeopleHead = memo(peopleHead);

function peopleHead(word: string): boolean {
  const w = word.toLowerCase();
  if (NON_CASUALTY_HEADS.has(w)) return false;
  if (PERSON_NOUNS.has(w) || groupOf(word) !== null) return true;
  if (/^(?:people|persons|personnel|forces|others|other|more|members|crew|staff|civilians|residents|villagers|passengers|family|relatives|pilots|airmen|sailors|marines|worshipers|evacuees|cadets|recruits|loyalists|jihadis|mourners|shoppers|commuters|hostages|captives|victims|bodies|corpses|martyrs|wounded|injured|dead)$/.test(w)) return true;
  const singular = w.replace(/(?:men)$/, 'man').replace(/(?:ies)$/, 'y').replace(/(?:es|s)$/, '');
  if (PERSON_NOUNS.has(singular) || PERSON_NOUNS.has(w.replace(/s$/, ''))) return true;
  // Agent and member nouns: "firefighters", "militiamen", "activists", "detainees", "Shiites".
  if (/(?:[a-z]ers|ists|[a-z]men|ians|ites|[a-z]ees)$/.test(w)) return true;
  // Capitalised nationals and communities: "Syrians", "Kurds", "Hazaras", "a Syrian".
  return /^\p{Lu}\p{Ll}+(?:ans?|ians?|ese|is?|ish|ch|s)$/u.test(word);
}

/** Cuts a phrase back to its last people head: "six Syrian state TV" → "six Syrian" ("" when none). */
function peoplePart(noun: string): string {
  // readNoun's phrases are words joined by single spaces: read back from the end without arrays.
  // Any other spacing takes the array path, which drops empty words.
  if (noun.includes('  ') || noun.startsWith(' ') || noun.endsWith(' ')) {
    const words = noun.split(' ').filter(Boolean);
    for (let k = words.length; k > 0; k--) if (isPeopleHead(words[k - 1])) return words.slice(0, k).join(' ');
    return '';
  }
  let end = noun.length;
  while (end > 0) {
    const start = noun.lastIndexOf(' ', end - 1) + 1;
    if (isPeopleHead(noun.slice(start, end))) return noun.slice(0, end);
    end = start - 1;
  }
  return '';
}

/** A quantity and the phrase it counts; null when the head is not a possible casualty. */
export function readCounted(s: string, pos: number): Counted | null {
  const q = readQuantity(s, pos);
  if (!q) return null;
  // "Feb. 5", "on March 21": a day of the month, not a count.
  if (q.kind === 'number' && MONTH_BEFORE.test(s.slice(Math.max(0, q.start - 12), q.start))) return null;
  const read = readNoun(s, q.end);
  // Cut back to the last people head when there is one; an unknown head ("19 guests") stays, a
  // head known not to be people ("3 days", "14 vehicles") ends the reading.
  const noun = peoplePart(read.noun) || read.noun;
  // The phrase's last word (noun.split(' ').pop(), without the array).
  const head = noun.slice(noun.lastIndexOf(' ') + 1);
  if (NON_CASUALTY_HEADS.has(head.toLowerCase())) return null;
  // A year ("in 2015", "2015 (Reuters)") or a date ("10 Jul 2016") is not a count of people.
  if (q.kind === 'number' && q.min !== null && q.qualifier === 'exact' && /^(?:1[89]|20)\d\d$/.test(s.slice(q.start, q.end).replace(/^the\s+/i, ''))) return null;
  if (q.kind === 'number' && MONTH_AFTER.test(s.slice(q.end, q.end + 12))) return null;
  const end = noun === read.noun ? read.end : noun === '' ? q.end : q.end + s.slice(q.end, read.end).indexOf(head) + head.length;
  if (q.kind === 'single') {
    const word = s.slice(q.start, q.end).toLowerCase();
    const bare = noun === '' && /^(?:another|one(?:\s+other)?)$/.test(word);
    if (!bare && !isPersonPhrase(noun)) return null;
  }
  // Spelled out rather than spread: object spread costs microseconds per call under tsx/esbuild.
  return { start: q.start, end: q.end, min: q.min, max: q.max, qualifier: q.qualifier, kind: q.kind, phraseEnd: end, noun, group: noun ? groupOf(noun) : null };
}

// -er/-or nouns that name things, common in conflict reports.
const NOT_AGENTS = new Set('helicopter tanker container border corner water river number power tower computer trailer motor tractor reactor sector corridor monitor order paper center centre quarter letter matter shelter launcher bunker chamber mortar barrier error floor door visitor'.split(' '));

/** True when the phrase ends in a singular person noun ("young girl", "Syrian", "fellow prisoner"). */
export const isPersonPhrase = memo(personPhrase);

function personPhrase(noun: string): boolean {
  const words = noun.split(' ').filter(Boolean);
  if (!words.length) return false;
  const head = words[words.length - 1];
  const lower = head.toLowerCase();
  if (PERSON_NOUNS.has(lower)) return true;
  // Agent nouns: "a porter", "a vendor", "an activist", "a fisherman", "an employee".
  if (/^\p{Ll}{3,}(?:er|or|ist|man|ee)$/u.test(lower) && !NOT_AGENTS.has(lower)) return true;
  // A nationality standing for a person: "A Syrian was killed", "an Iraqi".
  return words.length === 1 && /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch)$/u.test(head);
}
