/**
 * @module events/merge
 * One event told over several sentences: "Suspected drone strikes hit a village… The drones hit a
 * house and a car…" is one air strike, and a demonstration that turns violent two sentences later
 * is one demonstration (ACLED codes it once, by its most severe behaviour). A later mention joins
 * the earlier event when it has the same type (or both are protest types), follows within two
 * sentences, names no other place (a definite mention, "the drones", may name a closer place in the
 * same country) and no other day, and does not announce a new event ("another", "a second").
 * Casualty figures are attached after merging, so a second, different figure still becomes a
 * report of its own.
 */
import type { Event, EventPlace } from '../document/types.js';
import { rank } from './context.js';
import { VIOLENT_TYPES } from './lexicon/rule.js';

/**
 * Protest sub-types from the most to the least severe. ACLED codes a demonstration once, by its
 * most severe behaviour: a protest where demonstrators riot is a violent demonstration even if the
 * police also fired tear gas, and one met with live fire is excessive force.
 */
export const PROTEST_SEVERITY: readonly string[] = ['VIOL_DEMONSTR', 'FORCE_AGAINST_PROTEST', 'PROTEST_WITH_INTER', 'PEACE_PROTEST'];
const family = (t: string): string => (PROTEST_SEVERITY.includes(t) ? 'PROTEST' : t);
const NEW_EVENT = /\b(?:another|a second|a third|separate(?:ly)?|also|new|further|other|earlier|last (?:week|month|year))\b[^.;]{0,40}$/i;
const MAX_GAP = 2;
const WORD_CHAR = /\w/;

/**
 * "The attack…", "the assault" after a typed violent event refers back to it: the words before the
 * trigger end in "the ". Read from the end without a regular expression (run for every event).
 */
function definiteLead(lead: string): boolean {
  const t = lead.trimEnd();
  if (t.length === lead.length || t.length < 3 || t.slice(-3).toLowerCase() !== 'the') return false;
  return t.length === 3 || !WORD_CHAR.test(t[t.length - 4]);
}

const placeName = (p: EventPlace): string => (p.name ?? p.text).toLowerCase();

/**
 * Whether `b` may continue `a` by place: no own place on either side, the same place, or, for a
 * definite mention ("the drones hit a house in the village of X" after "drone strikes near Y"),
 * a place in the same country and province: the article names the scene more closely, not a
 * second scene.
 */
function samePlace(a: Event, b: Event, definite: boolean): boolean {
  if (!a.place || !b.place || a.place.inherited || b.place.inherited) return true;
  if (placeName(a.place) === placeName(b.place)) return true;
  return definite && a.place.country !== undefined && a.place.country === b.place.country &&
    (!a.place.admin1 || !b.place.admin1 || a.place.admin1 === b.place.admin1);
}

/** How far (days) a mention's own day may lie from an event dated only by the article's context. */
const NEWS_DAYS = 7;

/**
 * Whether `b` may continue `a` by date. A mention the text dates to a day names its event: another
 * day than `a`'s own is another event; against a day `a` only inherits from the article's context,
 * a day more than a week away is one too ("three suicide bombers struck on Wednesday… the second
 * attack this month after 17 were killed in an October 2 attack"). A mention without a day of its
 * own names no other day.
 */
function sameDay(a: Event, b: Event): boolean {
  const x = a.date;
  const y = b.date;
  if (!x || !y || y.inherited || x.precision !== 'day' || y.precision !== 'day' || !x.value || !y.value) return true;
  if (!x.inherited) return x.value === y.value;
  return Math.abs(Date.parse(x.value) - Date.parse(y.value)) <= NEWS_DAYS * 86_400_000;
}

function absorb(into: Event, e: Event): void {
  if (family(into.type) === 'PROTEST' && PROTEST_SEVERITY.indexOf(e.type) < PROTEST_SEVERITY.indexOf(into.type)) into.type = e.type;
  const seen = new Set(into.actors.map((a) => (a.canonical ?? a.text).toLowerCase()));
  for (const a of e.actors) if (!seen.has((a.canonical ?? a.text).toLowerCase())) into.actors.push(a);
  if (!into.attribution && e.attribution) {
    into.attribution = e.attribution;
    if (into.certainty === 'confirmed') into.certainty = e.certainty;
  }
  // The closer place of the scene wins: "an explosion in Idlib province… The blast in the town of Ariha".
  if (e.place && !e.place.inherited && (!into.place || into.place.inherited || (rank(e.place) < rank(into.place) && placeName(e.place) !== placeName(into.place)))) into.place = e.place;
  if ((!into.date || into.date.inherited) && e.date && !e.date.inherited) into.date = e.date;
}

/**
 * Merges later mentions into the events they continue. `text` is the article text (to read what
 * precedes a trigger); `scores` carries each event's evidence and is summed on merge. Returns the
 * events kept, in their original order; `reach` records the last sentence each kept event covers.
 */
export function mergeMentions(text: string, events: readonly Event[], scores: Map<Event, number>, reach: Map<Event, number>): Event[] {
  const kept: Event[] = [];
  for (const e of events) {
    const lead = text.slice(Math.max(0, e.trigger.start - 60), e.trigger.start);
    const definite = definiteLead(lead);
    const into = NEW_EVENT.test(lead) || e.certainty === 'planned' || e.certainty === 'denied'
      ? undefined
      : [...kept].reverse().find((k) =>
        k.sentence < e.sentence && e.sentence - (reach.get(k) ?? k.sentence) <= MAX_GAP && samePlace(k, e, definite) && sameDay(k, e) &&
        (family(k.type) === family(e.type) || (e.type === 'ATTACK' && VIOLENT_TYPES.has(k.type) && definite)));
    if (!into) {
      kept.push(e);
      continue;
    }
    absorb(into, e);
    reach.set(into, e.sentence);
    scores.set(into, (scores.get(into) ?? 0) + (scores.get(e) ?? 0));
    scores.delete(e);
  }
  return kept;
}
