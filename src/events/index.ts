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
import type { Count, Doc, Event, EventDate, EventPlace, Place, Span, TimeExpr } from '../document/types.js';
import { certaintyOf, nearestAttribution, sentenceSources, type Found } from './attribution.js';
import { ABSURD_FIGURE, findCasualties, type CasualtyMention } from './casualties/index.js';
import { articleDate, articlePlace, clauseOf, mainCountry, ownDate, ownPlace, placesApart, usableTimes } from './context.js';
import { VIOLENT_TYPES, type EventType } from './lexicon/rule.js';
import { mergeMentions, PROTEST_SEVERITY } from './merge.js';
import { resolveCandidates, type Candidate } from './resolve.js';
import { actorMentions, eventActors, type Mention, type MentionFacts } from './roles.js';
import { docTriggers } from './triggers.js';

export { EVENT_TYPES, VIOLENT_TYPES, type EventType } from './lexicon/rule.js';

export interface EventAnalysis {
  events: Event[];
  /** The snippet-level type: the type whose events carry the most evidence (see `salience`). */
  dominant: EventType | null;
  /** The article's main event: its first violent event with a toll, else its first well-evidenced one. */
  main: Event | null;
}

/**
 * How much an event speaks for the article: its trigger evidence, discounted by position (news
 * puts the main event first: the inverted pyramid), with a headline counting as the lead.
 */
function salience(c: Candidate, doc: Doc, first: number): number {
  const pos = doc.sentences[c.sentence]?.headline ? 0 : Math.max(0, c.sentence - Math.max(0, first));
  return c.weight / (1 + 0.3 * pos);
}

// "Hadi condemned what he called a cowardly attack": a country's own condemnation of the article's
// violent event is a reaction to it, not a diplomatic event. A foreign state or an international
// body condemning it ("Russia condemned North Korea's test", CASE's DIPLO) is diplomacy.
const REACTION = /^condemn\w*\s+(?:[\w'’"“”-]+\s+){0,8}?(?:attacks?|bombings?|killings?|massacres?|assaults?|shootings?|violence|incidents?|strikes?|blasts?|explosions?|raids?)\b/i;

function isReaction(doc: Doc, c: Candidate, actors: readonly ActorMatch[]): boolean {
  if (c.type !== 'DIPLO' || !REACTION.test(doc.text.slice(c.trigger.start, c.trigger.start + 90))) return false;
  const from = doc.sentences[c.sentence].start;
  const country = mainCountry(doc.places ?? []);
  return !actors.some((a) => a.start >= from && a.end <= c.trigger.start &&
    (a.kind === 'international_org' || (a.country !== undefined && country !== undefined && a.country !== country)));
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

interface Context {
  doc: Doc;
  actors: readonly ActorMatch[];
  mentions: readonly Mention[];
  places: readonly Place[];
  country: string | undefined;
  times: readonly TimeExpr[];
  place: EventPlace | null;
  date: EventDate | null;
  /** Source phrases per sentence, computed on first use. */
  sources: Map<number, Found[]>;
  /** Mentions inside each sentence (in `mentions` order), computed on first use. */
  mentionsIn: Map<number, Mention[]>;
  facts: Map<Mention, MentionFacts>;
}

function mentionsOf(ctx: Context, sentence: number): Mention[] {
  let found = ctx.mentionsIn.get(sentence);
  if (!found) {
    const s = ctx.doc.sentences[sentence];
    found = ctx.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    ctx.mentionsIn.set(sentence, found);
  }
  return found;
}

function sourcesOf(ctx: Context, sentence: number): Found[] {
  let found = ctx.sources.get(sentence);
  if (!found) {
    found = sentenceSources(ctx.doc.text, ctx.doc.sentences[sentence]);
    ctx.sources.set(sentence, found);
  }
  return found;
}

const attributionAt = (ctx: Context, sentence: number, at: Span) => nearestAttribution(sourcesOf(ctx, sentence), at, ctx.actors);

/** One event with every field but casualties, from its type, sentence and trigger span. */
function buildEvent(ctx: Context, type: EventType, sentence: number, trig: Span): Event {
  const { doc } = ctx;
  const sent = doc.sentences[sentence];
  const attribution = attributionAt(ctx, sentence, trig);
  // Place, date and certainty all look in the trigger's clause: found once.
  const clause = clauseOf(doc.text, sent, trig);
  return {
    id: '',
    type,
    sentence,
    trigger: { text: doc.text.slice(trig.start, trig.end), start: trig.start, end: trig.end },
    actors: eventActors(doc, mentionsOf(ctx, sentence), type, sentence, trig, sourcesOf(ctx, sentence), ctx.facts),
    place: ownPlace(doc, sentence, trig, ctx.places, ctx.place, ctx.country, clause),
    date: ownDate(doc, sentence, trig, ctx.times, ctx.date, clause),
    killed: null,
    injured: null,
    subsets: [],
    attribution,
    certainty: certaintyOf(doc.text, clause, trig, attribution),
  };
}

const countSpan = (m: CasualtyMention): Span | null => m.killed ?? m.injured ?? m.subsets[0] ?? null;
const fits = (e: Event, m: CasualtyMention): boolean => !(m.killed && e.killed) && !(m.injured && e.injured);

function attach(ctx: Context, e: Event, m: CasualtyMention): void {
  if (m.killed) e.killed = m.killed;
  if (m.injured) e.injured = m.injured;
  e.subsets.push(...m.subsets.filter((x) => x.count < ABSURD_FIGURE));
  // The figure's own sentence may name its source ("Twelve were killed, the monitor said").
  const span = countSpan(m);
  if (!e.attribution && span && m.sentence !== e.sentence) {
    e.attribution = attributionAt(ctx, m.sentence, span);
    if (e.attribution && e.certainty === 'confirmed') e.certainty = 'reported';
  }
  const flags = (m.flags ?? []).filter((f) => f.startsWith('absurd'));
  if (flags.length) e.flags = [...(e.flags ?? []), ...flags];
}

const DEFINITE = /^(?:the|those)\s/i;
const sameCount = (a: Count | null, b: Count | null): boolean => !b || (a !== null && a.min === b.min && a.max === b.max && a.min !== null);
/** Every figure of the mention is already the event's, with the same value. */
const repeats = (e: Event, m: CasualtyMention): boolean => (m.killed !== null || m.injured !== null) && sameCount(e.killed, m.killed) && sameCount(e.injured, m.injured);

/**
 * A figure that counts only the attackers ("four of the assailants were killed"): the casualties
 * README counts attackers apart, so beside a toll already told it is no toll of its own.
 */
function attackersOnly(m: CasualtyMention): boolean {
  const k = m.killed;
  return k !== null && m.injured === null && k.min !== null && k.max === k.min &&
    m.subsets.some((s) => s.of === 'killed' && s.group === 'attackers' && s.count === k.min);
}

/**
 * The events of one sentence that may take a toll: a death or injury toll belongs to the violent
 * event beside a non-violent one ("suicide bombers blew themselves up near the police
 * headquarters, killing one": the bombing's toll, not the headquarters'), so the violent ones when
 * there are any.
 */
function tollTakers(events: Event[], m: CasualtyMention): Event[] {
  if (!m.killed && !m.injured) return events;
  return events.filter((e) => VIOLENT_TYPES.has(e.type));
}

/**
 * Gives each casualty mention to an event: the nearest event of its own sentence with a free slot
 * (a violent one first: `tollTakers`);
 * else the latest earlier event within two sentences (of its last mention) with a free slot (one event told over two
 * sentences: "An air strike hit the market. Twelve people were killed."); else a new event of the
 * nearest event's type, so a second, different figure stays a report of its own with its own
 * source, never merged away. Absurd figures only flag the event they belong to; a figure of the
 * attackers alone joins the latest event with a toll as a subset (`attackersOnly`).
 */
function placeCasualties(ctx: Context, events: Event[], scores: Map<Event, number>, found: readonly CasualtyMention[], reach: ReadonlyMap<Event, number>): void {
  // Headline figures last: they only fill slots the body left empty, so the body's own wording
  // ("at least seven people were killed") is the toll, not the headline's shorthand ("Seven dead"),
  // and the body's figure is not pushed out into an event of its own.
  const ordered = [...found.filter((m) => !m.flags?.includes('headline')), ...found.filter((m) => m.flags?.includes('headline'))];
  for (const m of ordered) {
    const span = countSpan(m);
    if (m.flags?.includes('headline')) {
      // A headline repeats the body's toll: it fills an empty slot, never makes an event of its own.
      const free = events.find((e) => fits(e, m) && VIOLENT_TYPES.has(e.type));
      if (free && (m.killed || m.injured)) attach(ctx, free, m);
      continue;
    }
    const own = events.filter((e) => e.sentence === m.sentence && fits(e, m));
    if (!own.length && attackersOnly(m)) {
      // The attackers' dead belong to the attack whose toll was just told: a subset there, not a second toll.
      const told = events.filter((e) => e.sentence < m.sentence && e.killed && VIOLENT_TYPES.has(e.type) && (reach.get(e) ?? e.sentence) >= m.sentence - 2).pop();
      if (told) {
        told.subsets.push(...m.subsets.filter((x) => x.group === 'attackers' && x.count < ABSURD_FIGURE));
        continue;
      }
    }
    // A death or injury toll goes to a violent event only (tollTakers): beside talks or a visit
    // and nothing violent, it is an event of its own (below).
    const ownPool = span ? tollTakers(own, m) : [];
    if (ownPool.length) {
      attach(ctx, ownPool.reduce((a, b) => (Math.abs(b.trigger.start - span!.start) < Math.abs(a.trigger.start - span!.start) ? b : a)), m);
      continue;
    }
    const before = events.filter((e) => e.sentence < m.sentence);
    const prev = before[before.length - 1];
    if (prev && (reach.get(prev) ?? prev.sentence) >= m.sentence - 2 && fits(prev, m) && !events.some((e) => e.sentence === m.sentence)) {
      const pool = tollTakers(before.filter((e) => e.sentence === prev.sentence && fits(e, m)), m);
      if (pool.length) {
        attach(ctx, pool[pool.length - 1], m);
        continue;
      }
    }
    // The same figure again ("most of the eleven dead were civilians" after "the toll has risen to
    // 11") repeats the toll: it is no second report. A definite figure ("the eleven dead") refers
    // back to a toll told before, so it may repeat any earlier event's, not only the latest one's.
    if (prev && repeats(prev, m)) continue;
    if (span && DEFINITE.test(ctx.doc.text.slice(span.start, span.end)) && before.some((e) => repeats(e, m))) continue;
    const base = prev ?? events.find((e) => e.sentence > m.sentence) ?? events.find((e) => e.sentence === m.sentence);
    if (!span || !(m.killed || m.injured)) {
      if (base && m.flags?.some((f) => f.startsWith('absurd'))) attach(ctx, base, m);
      continue;
    }
    // A toll of its own is violence: it takes the type of the nearest violent event (the latest
    // before it, else the next), never a talk's or a visit's beside it; with none, ATTACK.
    const violent = before.filter((e) => VIOLENT_TYPES.has(e.type)).pop() ?? events.find((e) => e.sentence >= m.sentence && VIOLENT_TYPES.has(e.type));
    const ev = buildEvent(ctx, (violent?.type ?? 'ATTACK') as EventType, m.sentence, span);
    attach(ctx, ev, m);
    events.push(ev);
    scores.set(ev, 0);
  }
}

/** Every event of the document with its snippet-level type and main event. */
export function analyzeEvents(doc: Doc): EventAnalysis {
  if (!doc.text || !doc.sentences.length) return { events: [], dominant: null, main: null };
  const hits = docTriggers(doc);
  const actors = safeActors(doc);
  const cands = resolveCandidates(doc.text, hits, doc.sentences, actors);
  const anyStrong = cands.some((cs) => cs.some((c) => !isGeneric(c)));
  // A bare "killed" only makes an event in an article that names no more specific one; a weak
  // non-violent cue ("collapsed", "deal") beside a well-evidenced violent event is its aftermath,
  // and so is a condemnation of it (REACTION).
  const violentLead = cands.some((cs) => cs.some((c) => c.trigger.weight >= 3 && VIOLENT_TYPES.has(c.type)));
  const chosen = cands.flat().filter((c) => !(isGeneric(c) && anyStrong) && !(violentLead && ((c.trigger.weight <= 2 && !VIOLENT_TYPES.has(c.type)) || isReaction(doc, c, actors))));
  const found = findCasualties(doc);
  if (!chosen.length && !found.length) return { events: [], dominant: null, main: null };
  const mentions = actorMentions(doc, actors, new Set([...chosen.map((c) => c.sentence), ...found.map((m) => m.sentence)]));
  // Toponyms that name an actor ("Israeli", "IS") are not where the event happened.
  const actorSpans = mentions.filter((m) => m.kind !== undefined && m.kind !== 'country' && m.kind !== 'civilians');
  const places = placesApart(doc, actorSpans);
  const times = usableTimes(doc);
  const country = mainCountry(places);
  const ctx: Context = {
    doc, actors, mentions, places, country, times, sources: new Map(), mentionsIn: new Map(), facts: new Map(),
    place: articlePlace(doc, places, country), date: articleDate(doc, times),
  };
  let events: Event[] = [];
  const scores = new Map<Event, number>();
  // The lead: the first sentence that is not a headline (-1 when all are).
  const first = doc.sentences.findIndex((s) => !s.headline);
  for (const c of chosen) {
    const ev = buildEvent(ctx, c.type, c.sentence, { start: c.trigger.start, end: c.trigger.end });
    events.push(ev);
    scores.set(ev, salience(c, doc, first));
  }
  const reach = new Map<Event, number>();
  events = mergeMentions(doc.text, events, scores, reach);
  if (events.length) placeCasualties(ctx, events, scores, found, reach);
  events.sort((a, b) => a.sentence - b.sentence || a.trigger.start - b.trigger.start);
  events.forEach((e, i) => { e.id = `ev${i + 1}`; });
  return { events, dominant: dominantType(events, scores), main: mainEvent(events, scores, ctx.date) };
}

function dominantType(events: readonly Event[], scores: ReadonlyMap<Event, number>): EventType | null {
  const total = new Map<string, number>();
  const family = (t: string): string => (PROTEST_SEVERITY.includes(t) ? 'PROTEST' : t);
  for (const e of events) total.set(family(e.type), (total.get(family(e.type)) ?? 0) + (scores.get(e) ?? 0));
  let best: string | null = null;
  for (const [t, s] of total) if (best === null || s > total.get(best)!) best = t;
  if (best === 'PROTEST') best = PROTEST_SEVERITY.find((t) => events.some((e) => e.type === t))!;
  return best as EventType | null;
}

/**
 * An event the text itself dates only to a month or year that ended before the article's day ("the
 * town, which fell to the rebels in May", in an August report; "executed in late 2014"): reports
 * recall such events as background to the news they lead with. An event dated to a day is told as
 * news of its own, however old ("MSF said the hospital was bombed on March 25").
 */
function background(e: Event, day: string | null): boolean {
  const d = e.date;
  if (day === null || !d || d.inherited || !d.value || d.value >= day) return false;
  return (d.precision === 'month' || d.precision === 'year') && !day.startsWith(d.value);
}

function mainEvent(events: readonly Event[], scores: ReadonlyMap<Event, number>, context: EventDate | null): Event | null {
  const violent = events.filter((e) => VIOLENT_TYPES.has(e.type) && e.certainty !== 'denied' && e.certainty !== 'planned');
  const day = context?.precision === 'day' && context.value ? context.value : null;
  const news = violent.filter((e) => !background(e, day));
  // A violent event with a toll is what a report leads with; then any well-evidenced one. The
  // article's news comes before the background it recalls.
  for (const pool of [news, violent]) {
    const toll = pool.find((e) => e.killed || e.injured);
    const strong = pool.find((e) => (scores.get(e) ?? 0) >= 2);
    const pick = toll ?? strong ?? pool[0];
    if (pick) return pick;
  }
  return events[0] ?? null;
}

/** The events stage: every event the article reports. */
export function extractEvents(doc: Doc): Event[] {
  return analyzeEvents(doc).events;
}
