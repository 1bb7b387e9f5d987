/**
 * @module events/roles
 * Actors of an event with their roles (perpetrator, target, participant). Mentions come from the
 * actors layer (src/actors `findActors`), the NER entities, and, for common nouns neither covers
 * ("gunmen", "villagers", "protesters"), the cue lists in lexicon/cues.ts.
 */
import type { ActorMatch } from '../actors/index.js';
import type { Doc, EventActor, Span } from '../document/types.js';
import { CIVILIAN_CUE, GOV_CUE, NSA_ACRONYM, NSA_CUE, PROTESTER_CUE, SUSPECTED_CUE } from './lexicon/cues.js';
import type { EventType } from './lexicon/rule.js';
import { DATELINE } from './context.js';

export interface Mention extends Span {
  text: string;
  canonical?: string;
  kind?: string;
}

const CIVILIANS = new RegExp(CIVILIAN_CUE.source.replace(/\|(?:man|woman|people|family|displaced)(?=\|)/g, ''), 'gi');

function scan(text: string, span: Span, re: RegExp, kind: string, out: Mention[]): void {
  const slice = text.slice(span.start, span.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) out.push({ text: m[0], start: span.start + m.index, end: span.start + m.index + m[0].length, kind });
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Actor mentions in the given sentences (all when omitted): the actors layer first; NER entities
 * and cue words fill the gaps only.
 */
export function actorMentions(doc: Doc, actors: readonly ActorMatch[], sentences?: ReadonlySet<number>): Mention[] {
  const spans: Span[] = sentences ? [...sentences].sort((a, b) => a - b).map((i) => doc.sentences[i]) : [{ start: 0, end: doc.text.length }];
  const within = (s: Span) => spans.some((x) => s.start >= x.start && s.end <= x.end);
  const out: Mention[] = actors.filter(within).map((a) => ({ text: a.text, start: a.start, end: a.end, canonical: a.canonical, kind: a.kind }));
  const add = (m: Mention) => {
    if (!out.some((o) => overlaps(o, m))) out.push(m);
  };
  for (const e of doc.entities ?? []) {
    if ((e.label === 'LOC' && e.kind !== 'country') || !within(e)) continue;
    const m: Mention = { text: e.text, start: e.start, end: e.end };
    if (e.canonical) m.canonical = e.canonical;
    if (e.kind) m.kind = e.kind;
    add(m);
  }
  const cues: Mention[] = [];
  for (const span of spans) {
    scan(doc.text, span, GOV_CUE, 'state_forces', cues);
    scan(doc.text, span, NSA_CUE, 'armed_group', cues);
    scan(doc.text, span, NSA_ACRONYM, 'armed_group', cues);
    scan(doc.text, span, PROTESTER_CUE, 'protesters', cues);
    scan(doc.text, span, CIVILIANS, 'civilians', cues);
  }
  cues.sort((a, b) => a.start - b.start);
  for (let i = 0; i < cues.length; i++) {
    // "Islamic State militants", "pro-government forces": adjacent cue words of one kind are one actor.
    let c = cues[i];
    while (i + 1 < cues.length && cues[i + 1].kind === c.kind && /^\s+$/.test(doc.text.slice(c.end, cues[i + 1].start))) {
      c = { ...c, end: cues[i + 1].end, text: doc.text.slice(c.start, cues[i + 1].end) };
      i++;
    }
    add(c);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Types whose actors act together rather than on each other (ACLED's actor1/actor2 symmetry). */
const SYMMETRIC = new Set<EventType>([
  'ARMED_CLASH', 'PEACE_PROTEST', 'AGREEMENT', 'DIPLO', 'CHANGE_TO_GROUP_ACT', 'HQ_ESTABLISHED',
  'NON_VIOL_TERRIT_TRANSFER', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'OTHER',
]);
const PROTEST_TYPES = new Set<EventType>(['PEACE_PROTEST', 'PROTEST_WITH_INTER', 'FORCE_AGAINST_PROTEST', 'VIOL_DEMONSTR']);
const PROTESTER_TEXT = new RegExp(`^(?:the )?${PROTESTER_CUE.source}$`, 'i');
// The actors layer gives protesters kind `civilians` and a canonical name "Protesters (Iraq)".
const PROTESTER_NAME = new RegExp(`^${PROTESTER_CUE.source}`, 'i');
const PASSIVE = /\b(?:was|were|been|being|is|are|got)\b/i;
// "The government blamed the Houthis for the attack": the accuser before the verb is no party.
const BLAME = /^\s+(?:\w+\s+)?(?:blamed|blames|accused|accuses|held)\b/i;
const BY = /\bby\s+(?:\w+\s+){0,2}$/i;
// "warplanes belonging to the government": the owner of the weapon the trigger names acts (the
// owner of anything else, "positions belonging to the group", is hit).
const OWNED_BY = /^\s+belonging to\s+(?:\w+\s+){0,2}$/i;
const MAX_ACTORS = 6;

function roleOf(doc: Doc, type: EventType, m: Mention, trigger: Span): EventActor['role'] {
  const isProtester = m.kind === 'protesters' || PROTESTER_TEXT.test(m.text) || (m.canonical !== undefined && PROTESTER_NAME.test(m.canonical));
  const isState = m.kind === 'state_forces' || m.kind === 'government';
  if (PROTEST_TYPES.has(type)) {
    if (isProtester) return type === 'VIOL_DEMONSTR' ? 'perpetrator' : type === 'PEACE_PROTEST' ? 'participant' : 'target';
    if (isState && (type === 'FORCE_AGAINST_PROTEST' || type === 'PROTEST_WITH_INTER')) return 'perpetrator';
    return 'participant';
  }
  if (SYMMETRIC.has(type)) return 'participant';
  if (m.kind === 'civilians') return 'target';
  if (overlaps(m, trigger)) return 'perpetrator'; // the trigger names the attacker: "gunmen", "attackers"
  if (m.end <= trigger.start) {
    // Before the trigger: the subject acts ("gunmen attacked"), unless passive ("villagers were attacked").
    const between = doc.text.slice(m.end, trigger.start);
    return PASSIVE.test(between) && between.length < 40 ? 'target' : 'perpetrator';
  }
  const before = doc.text.slice(Math.max(trigger.end, m.start - 30), m.start);
  return BY.test(before) || (m.start - trigger.end <= 30 && OWNED_BY.test(before)) ? 'perpetrator' : 'target';
}


/**
 * Kinds that never make a party to an event: a country named as a place or nationality ("in
 * Syria", "the Turkish border"; the actors layer gives acting states kind `government`) and a news
 * outlet, which reports ("told AFP", "(Reuters) -") rather than acts.
 */
const NOT_PARTIES = new Set(['country', 'media']);
// Names the NER could not type as actors (a "person" or "other") that stand where a place does.
const PLACE_LIKE = new Set([undefined, 'person', 'other']);
const LOCATIVE = /\b(?:in|near|outside|inside|at|into|across|around|towards?|(?:town|city|village|province|district|region|area|camp|neighbou?rhood|suburb|square)\s+of)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;
// "the rebel-held town", "Daesh-controlled areas": the group qualifies a place; it does not act.
const HELD = /^-(?:held|controlled|run|besieged|dominated|occupied)\b/i;
// "the town, which had been held by the opposition since 2014": the same, written out.
const HELD_BY = /\b(?:held|controlled|run)\s+by\s+(?:the\s+)?$/i;
// "Syria's northwestern Idlib province": a state named only to locate a place.
const LOCATING = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:province|governorate|region|district|city|town|village|countryside|capital|border|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\b/iu;

// A name ending in a facility or landmark noun ("Tahrir Square", "Joumhouriya Bridge") is a place.
const PLACE_HEAD = /\s(?:Square|Bridge|Street|Road|Avenue|Zone|Airport|Airbase|Camp|Hospital|Mosque|Church|Market|District|Province|Governorate|Valley|River|Crossing|Highway|Port|Prison|Stadium)$/;

// "The SDF said the drones hit…", "the envoy told the council that fighting…": a speaker whose report
// has its own subject only tells of the event; "the army said it killed…" keeps the speaker as the
// agent. In a diplomatic event, or where the mention is the trigger ("the envoy"), speaking is the act.
const SPEAKER = /^\s+(?:said|says|reported|announced|stated|told\s+(?:[\w-]+\s+){1,3}?that)\s+(?:that\s+)?(?!(?:it|its|they|their|he|she|we|his|her|our)\b)/i;
// The speaker is a clause's subject: the mention opens a clause ("…, said the monitor" is no speaker).
const CLAUSE_OPEN = /(?:^|[,.;:!?"“”(\n]|\b(?:and|but|while|as))\s*(?:the\s+)?$/i;
// "told reporters": the audience of a statement.
const AUDIENCE = /\btold\s+$/i;

/** True when a mention opens a clause as the speaker of a report with its own subject (SPEAKER). */
const isSpeaker = (doc: Doc, m: Mention): boolean =>
  SPEAKER.test(doc.text.slice(m.end, m.end + 60)) && CLAUSE_OPEN.test(doc.text.slice(Math.max(0, m.start - 12), m.start));

/** True when a mention names a place, an outlet or an audience, not a party to the event. */
function notAParty(doc: Doc, m: Mention): boolean {
  if (m.kind !== undefined && NOT_PARTIES.has(m.kind)) return true;
  const after = doc.text.slice(m.end, m.end + 60);
  if (HELD.test(after)) return true;
  // The end-anchored tests run only when the word before can end them ("told", "by", "the").
  let end = m.start;
  while (end > 0 && doc.text.charCodeAt(end - 1) <= 32) end--;
  if (end < m.start) {
    const text = doc.text;
    if (text.endsWith('told', end) && AUDIENCE.test(text.slice(Math.max(0, end - 10), m.start))) return true;
    if ((text.endsWith('by', end) || text.endsWith('the', end)) && HELD_BY.test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
  }
  if (m.kind === 'government' && LOCATING.test(after)) return true;
  if (!PLACE_LIKE.has(m.kind)) return false;
  // A name the places layer resolved, or one after a locative ("near Tahrir Square"), is a place.
  if (PLACE_HEAD.test(m.text) || (doc.places ?? []).some((p) => p.start <= m.start && p.end >= m.end && p.precision !== null)) return true;
  return LOCATIVE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * What an event's actors need to know of a mention regardless of the event: whether it names no
 * party, and whether a hedge precedes it. A mention lies in one sentence, so both are fixed.
 */
export interface MentionFacts {
  notParty: boolean;
  /** The speaker of a report with its own subject: a party only to a diplomatic event or as the trigger. */
  speaker: boolean;
  suspected: boolean;
}

/**
 * The actors of one event: mentions in its sentence, each with a role and, if hedged, a certainty.
 * `facts`, when given, keeps each mention's event-independent tests for the document's other events.
 */
export function eventActors(doc: Doc, mentions: readonly Mention[], type: EventType, sentence: number, trigger: Span, sources: readonly Span[] = [], facts?: Map<Mention, MentionFacts>): EventActor[] {
  const whole = doc.sentences[sentence];
  const dateline = DATELINE.exec(doc.text.slice(whole.start, whole.end));
  const sent = dateline ? { start: whole.start + dateline[0].length, end: whole.end } : whole;
  const out: EventActor[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    // Outside the sentence, or the speaker of a report ("the SDF said"): not a party to the event.
    if (m.start < sent.start || m.end > sent.end || sources.some((s) => overlaps(s, m))) continue;
    let f = facts?.get(m);
    if (!f) {
      const notParty = notAParty(doc, m);
      f = { notParty, speaker: !notParty && isSpeaker(doc, m), suspected: !notParty && SUSPECTED_CUE.test(doc.text.slice(Math.max(sent.start, m.start - 25), m.start)) };
      facts?.set(m, f);
    }
    if (f.notParty || (f.speaker && type !== 'DIPLO' && !overlaps(m, trigger))) continue;
    if (m.end <= trigger.start && BLAME.test(doc.text.slice(m.end, trigger.start))) continue;
    const key = (m.canonical ?? m.text).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const a: EventActor = { role: roleOf(doc, type, m, trigger), text: m.text, start: m.start, end: m.end };
    if (m.canonical) a.canonical = m.canonical;
    if (m.kind) a.kind = m.kind;
    if (f.suspected) a.certainty = 'suspected';
    out.push(a);
    if (out.length >= MAX_ACTORS) break;
  }
  return out;
}
