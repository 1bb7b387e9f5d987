/**
 * @module events/attribution
 * Who reports an event ("the monitor said", "according to the state news agency") and how sure the
 * text is of it (confirmed, reported, suspected, denied, planned).
 */
import { countryByIso, countryNamed, type ActorMatch } from '../actors/index.js';
import type { Attribution, Certainty, Span } from '../document/types.js';
import {
  CONFIRMED_CUE, DENIED_CUE, PLANNED_CUE, REPORT_VERB, REPORTED_CUE, SOURCE_KINDS, SUSPECTED_CUE,
} from './lexicon/cues.js';

const ACCORDING = /\baccording to\s+(?<src>[^,.;:"“”()]{2,90})/gi;
const INVERTED = new RegExp(String.raw`[,"”]\s*(?:said|says|reported|told \w+|added|according to)\s+(?<src>(?:the |a |an )?[^,.;:"“”()]{2,90})`, 'gi');
// Verb first, then the subject read backwards to the previous break: a leading lazy group would
// be tried at every position of the sentence (it was the stage's slowest line).
const VERB = new RegExp(String.raw`\s(?:(?:has|have|had)\s)?(?:also\s)?${REPORT_VERB}\b`, 'gi');
const BREAK_BEFORE = /[,.;:"“”()][^,.;:"“”()]*$/;
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|which|who|officials? who|some|one|both|others?)$/i;
const LEAD_IN = /^(?:and|but|while|as|when|after|although|though|the report|a statement)\s+/i;
// "reports" and "claims" are nouns after a determiner, a preposition or a conjunction ("told
// reporters that reports of strikes were..."): then nothing before them is a source.
const NOUN_USE = /\b(?:the|a|an|that|these|those|such|of|on|about|and|or|new|latest|media|press|unconfirmed|conflicting|earlier|initial|recent|local|similar|denied|rejected)\s+$/i;
const NOUN_OR_VERB = /^\s(?:reports|claims)$/i;

/** Kind of a source phrase, from SOURCE_KINDS; null when nothing in it names a kind of source. */
export function sourceKind(phrase: string): string | null {
  for (const [kind, re] of SOURCE_KINDS) if (re.test(phrase)) return kind;
  return null;
}

function trimSource(raw: string): string {
  // Keep the last few words before the verb: the subject, not the whole preceding clause.
  const words = raw.trim().split(/\s+/);
  let phrase = words.slice(-8).join(' ');
  phrase = phrase.replace(LEAD_IN, '');
  return phrase.replace(/\s+(?:on|in|late|early)\s+\w+day$/i, '').trim();
}

/** A source phrase found in a sentence, with its kind. */
export interface Found { text: string; start: number; end: number; kind: string }

function push(phrase: string, off: number, base: number, out: Found[]): void {
  if (!phrase || PRONOUN.test(phrase)) return;
  const kind = sourceKind(phrase);
  if (kind) out.push({ text: phrase, start: base + off, end: base + off + phrase.length, kind });
}

/** Sources after "according to" or an inverted verb (", said the ministry"). */
function collect(re: RegExp, text: string, base: number, out: Found[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const phrase = m.groups!.src.trim().split(/\s+(?:on|in|at|that|who|which|and)\s+/i)[0];
    push(phrase, m.index + m[0].indexOf(phrase), base, out);
  }
}

/** Sources before a report verb ("the ministry said"): the words back to the previous break. */
function collectPreceding(text: string, base: number, out: Found[]): void {
  VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VERB.exec(text)) !== null) {
    const from = Math.max(0, m.index - 90);
    const left = text.slice(from, m.index);
    if (NOUN_OR_VERB.test(m[0]) && NOUN_USE.test(left + ' ')) continue;
    const cut = BREAK_BEFORE.exec(left);
    const raw = cut ? left.slice(cut.index + 1) : left;
    const phrase = trimSource(raw);
    const at = raw.lastIndexOf(phrase);
    if (at >= 0) push(phrase, m.index - raw.length + at, base, out);
  }
}

/** Every source phrase of a sentence; computed once per sentence and shared by its events. */
export function sentenceSources(text: string, sent: Span): Found[] {
  const slice = text.slice(sent.start, sent.end);
  const found: Found[] = [];
  collect(ACCORDING, slice, sent.start, found);
  collect(INVERTED, slice, sent.start, found);
  if (!found.length) collectPreceding(slice, sent.start, found);
  return found;
}

/**
 * The attribution nearest the trigger among a sentence's sources. `actors` supplies canonical
 * names when the actors layer recognised the source.
 */
export function nearestAttribution(found: readonly Found[], at: Span, actors: readonly ActorMatch[] = []): Attribution | null {
  if (!found.length) return null;
  const dist = (f: Found) => Math.min(Math.abs(f.start - at.end), Math.abs(at.start - f.end));
  const best = found.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  const out: Attribution = { text: best.text, start: best.start, end: best.end, kind: best.kind };
  const actor = actors.find((a) => a.start >= best.start && a.end <= best.end);
  if (actor && !requalified(best, actor)) out.canonical = actor.canonical;
  return out;
}

// "Kurdish-led", "rebel-run", "Turkish-backed": a modifier naming whose body a source is.
const WHOSE = /-(?:led|run|controlled|backed|held|appointed|allied|aligned|affiliated)$/;
const LAST_WORD = /([\p{L}'’-]+)\s+$/u;
// The shape of a proper adjective of people or state ("Kurdish", "Iranian", "Lebanese", "Iraqi").
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ish|ian|ese|i|an|ic)$/u;

/**
 * True when the word just before a generic noun the actors layer resolved alone says whose body it
 * is: in "Kurdish-led authorities", "a Kurdish police source" or "Turkey's state-run news agency"
 * the actors layer reads the noun as the article's state (Syria, its police, SANA), a canonical
 * name the phrase contradicts. A generic noun is one written without capitals ("authorities", "the
 * army"); a named actor ("the SDF") is never requalified, nor is a generic noun qualified by its own
 * state's name, demonym or capital ("Syrian authorities", "Syrias state news agency").
 */
function requalified(phrase: Found, actor: ActorMatch): boolean {
  if (actor.start <= phrase.start || /\p{Lu}/u.test(actor.text)) return false;
  const word = LAST_WORD.exec(phrase.text.slice(0, actor.start - phrase.start))?.[1];
  if (!word) return false;
  if (WHOSE.test(word)) return true;
  const bare = word.replace(/(?:['’]s|['’]|s)$/, '');
  const other = countryNamed(bare) ?? countryNamed(word);
  if (other === undefined && !DEMONYM_SHAPE.test(word)) return false;
  if (!actor.country) return true;
  if (other !== undefined) return other !== actor.country;
  const own = countryByIso(actor.country);
  return !own || ![own.adjective, ...own.demonyms].includes(word);
}

/** The attribution in a sentence, nearest the trigger. */
export function findAttribution(text: string, sent: Span, at: Span, actors: readonly ActorMatch[] = []): Attribution | null {
  return nearestAttribution(sentenceSources(text, sent), at, actors);
}

// "Both deny targeting civilians and say they are fighting militants": what follows a coordinated
// new assertion is asserted, not denied; the denial covers only its own verb phrase.
const ASSERTED = /\b(?:and|but|while)\s+(?:\w+\s+){0,2}?(?:say|says|said|insist|insists|insisted|maintain|maintains|maintained|claim|claims|claimed)\b/i;

/** True when the text between a denial and the trigger starts a new assertion (see ASSERTED). */
const assertedApart = (between: string): boolean => between.length > 0 && ASSERTED.test(between);

/**
 * Certainty from cues close to the trigger: the 60 characters before it and the trigger itself
 * ("suspected drone strike", "plans to hold a rally"), then the whole clause for denials and
 * explicit confirmation; an attribution makes the event reported.
 */
export function certaintyOf(text: string, clause: Span, at: Span, attribution: Attribution | null): Certainty {
  const near = text.slice(Math.max(clause.start, at.start - 60), at.end);
  const whole = text.slice(clause.start, clause.end);
  const denial = DENIED_CUE.exec(whole);
  // After a denial, a coordinated assertion ("and say they…") is the deniers' claim: reported.
  const asserted = denial !== null && assertedApart(text.slice(clause.start + denial.index + denial[0].length, at.start));
  if (denial && !asserted) return 'denied';
  if (PLANNED_CUE.test(near)) return 'planned';
  if (SUSPECTED_CUE.test(near)) return 'suspected';
  if (CONFIRMED_CUE.test(whole)) return 'confirmed';
  if (attribution || asserted || REPORTED_CUE.test(whole)) return 'reported';
  return 'confirmed';
}
