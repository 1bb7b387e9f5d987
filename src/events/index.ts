/**
 * @module events
 * Stage: events with type, trigger, actors and roles, place, date, casualties, attribution and
 * certainty. Reads sentences, tokens, entities, places, times and the actors layer; every one of
 * them may be empty (the stage then reports what the text alone supports).
 *
 * One event per (sentence, type) after resolution (resolve.ts), so a sentence can hold several
 * and the same figure reported twice in two sentences stays two events, each with its source.
 */
import { findActors, type ActorMatch } from '../actors/index.js';
import type { Doc, Event } from '../document/types.js';
import { certaintyOf, findAttribution } from './attribution.js';
import { articleDate, articlePlace, clauseOf, ownDate, ownPlace } from './context.js';
import type { EventType } from './lexicon/rule.js';
import { resolveCandidates, type Candidate } from './resolve.js';
import { actorMentions, eventActors } from './roles.js';
import { docTriggers } from './triggers.js';

export { EVENT_TYPES, type EventType } from './lexicon/rule.js';

/** ACLED's Battles, Explosions/Remote violence and Violence against civilians: the "violent" types. */
export const VIOLENT_TYPES: ReadonlySet<string> = new Set<EventType>([
  'ARMED_CLASH', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'AIR_STRIKE', 'ART_MISS_ATTACK',
  'CHEM_WEAP', 'GRENADE', 'REM_EXPLOS', 'SUIC_BOMB', 'ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL',
  'FORCE_AGAINST_PROTEST', 'MOB_VIOL', 'VIOL_DEMONSTR',
]);

export interface EventAnalysis {
  events: Event[];
  /** The snippet-level type: the type whose events carry the most evidence (see `salience`). */
  dominant: EventType | null;
  /** The article's main event: its first well-evidenced violent event, else its first event. */
  main: Event | null;
}

/**
 * How much an event speaks for the article: its trigger evidence, discounted by position (news
 * puts the main event first: the inverted pyramid), with a headline counting as the lead.
 */
function salience(c: Candidate, doc: Doc): number {
  const first = doc.sentences.findIndex((s) => !s.headline);
  const pos = doc.sentences[c.sentence]?.headline ? 0 : Math.max(0, c.sentence - Math.max(0, first));
  return c.weight / (1 + 0.3 * pos);
}

/** A candidate is generic when only a weak cue ("killed", "died") typed it. */
const isGeneric = (c: Candidate): boolean => c.trigger.weight <= 1;

function safeActors(doc: Doc): readonly ActorMatch[] {
  try {
    return findActors(doc);
  } catch {
    // The actors layer is another stage's; its failure must not take the events with it.
    return [];
  }
}

/** Every event of the document with its snippet-level type and main event. */
export function analyzeEvents(doc: Doc): EventAnalysis {
  if (!doc.text || !doc.sentences.length) return { events: [], dominant: null, main: null };
  const hits = docTriggers(doc);
  const actors = safeActors(doc);
  const cands = resolveCandidates(doc.text, hits, doc.sentences, actors);
  const anyStrong = cands.some((cs) => cs.some((c) => !isGeneric(c)));
  const chosen: Candidate[] = [];
  for (const cs of cands) {
    for (const c of cs) {
      // A bare "killed" only makes an event in an article that names no more specific one.
      if (isGeneric(c) && anyStrong) continue;
      chosen.push(c);
    }
  }
  const mentions = chosen.length ? actorMentions(doc, actors) : [];
  const ctxPlace = chosen.length ? articlePlace(doc) : null;
  const ctxDate = chosen.length ? articleDate(doc) : null;
  const events: Event[] = [];
  const scores = new Map<Event, number>();
  for (const c of chosen) {
    const trig = { start: c.trigger.start, end: c.trigger.end };
    const sent = doc.sentences[c.sentence];
    const clause = clauseOf(doc.text, sent, trig);
    const attribution = findAttribution(doc.text, sent, trig, actors);
    const ev: Event = {
      id: `ev${events.length + 1}`,
      type: c.type,
      sentence: c.sentence,
      trigger: { text: doc.text.slice(trig.start, trig.end), ...trig },
      actors: eventActors(doc, mentions, c.type, c.sentence, trig),
      place: ownPlace(doc, c.sentence, trig) ?? ctxPlace,
      date: ownDate(doc, c.sentence, trig) ?? ctxDate,
      killed: null,
      injured: null,
      subsets: [],
      attribution,
      certainty: certaintyOf(doc.text, clause, trig, attribution),
    };
    events.push(ev);
    scores.set(ev, salience(c, doc));
  }
  return { events, dominant: dominantType(events, scores), main: mainEvent(events, scores) };
}

/**
 * Protest sub-types from the most to the least severe. ACLED codes a demonstration once, by its
 * most severe behaviour: a protest where demonstrators riot is a violent demonstration even if the
 * police also fired tear gas, and one met with live fire is excessive force.
 */
const PROTEST_SEVERITY: readonly string[] = ['VIOL_DEMONSTR', 'FORCE_AGAINST_PROTEST', 'PROTEST_WITH_INTER', 'PEACE_PROTEST'];

function dominantType(events: readonly Event[], scores: ReadonlyMap<Event, number>): EventType | null {
  const total = new Map<string, number>();
  const family = (t: string): string => (PROTEST_SEVERITY.includes(t) ? 'PROTEST' : t);
  for (const e of events) total.set(family(e.type), (total.get(family(e.type)) ?? 0) + (scores.get(e) ?? 0));
  let best: string | null = null;
  for (const [t, s] of total) if (best === null || s > total.get(best)!) best = t;
  if (best === 'PROTEST') best = PROTEST_SEVERITY.find((t) => events.some((e) => e.type === t))!;
  return best as EventType | null;
}

function mainEvent(events: readonly Event[], scores: ReadonlyMap<Event, number>): Event | null {
  const violent = events.filter((e) => VIOLENT_TYPES.has(e.type) && e.certainty !== 'denied' && e.certainty !== 'planned');
  const strong = violent.filter((e) => (scores.get(e) ?? 0) >= 2);
  return strong[0] ?? violent[0] ?? events[0] ?? null;
}

/** The events stage: every event the article reports. */
export function extractEvents(doc: Doc): Event[] {
  return analyzeEvents(doc).events;
}
