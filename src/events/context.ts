/**
 * @module events/context
 * Place and date of an event: the most specific the text supports, looked for in the trigger's
 * clause first, then its sentence, then the article's context (marked `inherited: true`), as
 * issue 6 asks.
 */
import type { Doc, EventDate, EventPlace, Place, PlacePrecision, Span, TextSpan, TimeExpr } from '../document/types.js';

/** Lower is more specific. Unresolved toponyms (precision null) rank last. */
const PRECISION_RANK: Record<PlacePrecision, number> = {
  point: 0, neighbourhood: 1, city: 2, admin2: 3, admin1: 4, country: 5, region: 6,
};
const rank = (p: Place): number => (p.precision ? PRECISION_RANK[p.precision] : 7);

/** A wire dateline ("QAMISHLI, Syria —", "BEIRUT (Reuters) -"): where the story was filed. */
export const DATELINE = /^\s*[A-Z][A-Z'’.\- ]+(?:,\s*[A-Z][\w'’.\- ]*)?\s*(?:\([A-Za-z ]+\)\s*)?(?:—|–|--|-)\s/;

const CLAUSE_BREAK = /[;:()\u2014\u2013]|,\s|\s-\s/g;

/** The clause around [start, end) inside sentence `sent`: between the nearest breaks. */
export function clauseOf(text: string, sent: Span, at: Span): Span {
  const slice = text.slice(sent.start, sent.end);
  let lo = sent.start;
  let hi = sent.end;
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(slice)) !== null) {
    const pos = sent.start + m.index;
    if (pos + m[0].length <= at.start) lo = pos + m[0].length;
    else if (pos >= at.end) { hi = pos; break; }
  }
  return { start: lo, end: hi };
}

const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;
const distance = (s: Span, at: Span): number => (s.end <= at.start ? at.start - s.end : s.start >= at.end ? s.start - at.end : 0);

/** The best of `items` in `area`: most specific (by `score`, lower first), then nearest the trigger. */
function pick<T extends Span>(items: readonly T[], area: Span, at: Span, score: (t: T) => number, skip: T | null = null): T | null {
  let best: T | null = null;
  for (const it of items) {
    if (it === skip || !inside(it, area)) continue;
    if (!best || score(it) < score(best) || (score(it) === score(best) && distance(it, at) < distance(best, at))) best = it;
  }
  return best;
}

function toEventPlace(p: Place, inherited: boolean): EventPlace {
  const out: EventPlace = { text: p.text, start: p.start, end: p.end, precision: p.precision };
  if (p.name !== undefined) out.name = p.name;
  if (p.geonameid !== undefined) out.geonameid = p.geonameid;
  if (p.lat !== undefined) out.lat = p.lat;
  if (p.lon !== undefined) out.lon = p.lon;
  if (p.country !== undefined) out.country = p.country;
  if (p.admin1 !== undefined) out.admin1 = p.admin1;
  if (inherited) out.inherited = true;
  return out;
}

const coarse = (p: Place | EventPlace): boolean => p.precision === 'country' || p.precision === 'region' || p.precision === null;

/**
 * A toponym of at most three letters ("IS", "U.N.", "Al", "Mon", "Ain"): in FA-KES such matches
 * abroad were a group (IS as a Russian town), an organisation (UN as an Indian town), the Arabic
 * article cut from "Al Quriyah", a dateline weekday or the first word of "Ain al-Arab"; none was the
 * scene. Only places outside the article's country are doubted for it.
 */
function short(p: Place): boolean {
  let letters = 0;
  for (let i = 0; i < p.text.length && letters <= 3; i++) if (p.text.charCodeAt(i) !== 46) letters++;
  return letters <= 3;
}

/**
 * The article's main country: the country its places name most often. Places elsewhere rank
 * below it (a Syrian war report names Moscow, Washington and Geneva as speakers, not scenes) and a
 * wrongly resolved toponym ("Mon" as a Myanmar state) is usually out of country too.
 */
export function mainCountry(places: readonly Place[]): string | undefined {
  // Places count twice, countries named as such once, demonyms ("Turkish") not at all: they
  // mostly name actors, and a report about one country's strikes on another names the first often.
  const n = new Map<string, number>();
  for (const p of places) {
    if (!p.country || short(p)) continue;
    const w = !coarse(p) ? 2 : p.name && p.text.toLowerCase() === p.name.toLowerCase() ? 1 : 0;
    if (w) n.set(p.country, (n.get(p.country) ?? 0) + w);
  }
  let best: string | undefined;
  for (const [c, k] of n) if (best === undefined || k > n.get(best)!) best = c;
  return best;
}

const LOCATIVE = /\b(?:in|at|near|outside|inside|into|across|around|towards?|from|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

const rankIn = (country: string | undefined) => (p: Place): number => rank(p) + (country && p.country && p.country !== country ? 8 : 0);

/**
 * The place the event's own clause or sentence names, or `fallback`. The clause's place wins
 * unless it is only a country and the sentence names something more specific; a country alone
 * ("Israeli air strikes", "in Syria") yields to a more specific `fallback` in that country.
 * `clause` is the trigger's clause when the caller has it already.
 */
export function ownPlace(doc: Doc, sentence: number, at: Span, places: readonly Place[] = doc.places ?? [], fallback: EventPlace | null = null, country?: string, clause?: Span): EventPlace | null {
  if (!places.length) return fallback;
  const sent = doc.sentences[sentence];
  const score = rankIn(country);
  // A place abroad not introduced as a location ("in Ankara") is more likely a speaker's capital, a
  // misread word ("Mon" in a dateline) or a group ("IS") than the scene: the article's own country
  // context is the better answer, even if it is only the country.
  const doubtful = (p: Place | null): boolean =>
    p !== null && !!country && !!p.country && p.country !== country && (short(p) || !LOCATIVE.test(doc.text.slice(Math.max(0, p.start - 40), p.start)));
  let inClause = pick(places, clause ?? clauseOf(doc.text, sent, at), at, score);
  // A dateline's filing city ("ADEN —") is where the story was written, not the event's scene.
  let inSentence = pick(places, afterDateline(doc.text, sent), at, score);
  if (doubtful(inClause)) inClause = null;
  if (doubtful(inSentence)) inSentence = null;
  const p = inClause && !coarse(inClause) ? inClause : inSentence && !coarse(inSentence) ? inSentence : inClause ?? inSentence;
  if (!p) return fallback;
  if (coarse(p) && fallback && !coarse(fallback) && (!p.country || !fallback.country || fallback.country === p.country)) return fallback;
  return toEventPlace(p, false);
}

/** Sticky twin of DATELINE, run at a sentence's start without slicing the text. */
const DATELINE_AT = new RegExp(DATELINE.source.slice(1), 'y');

/** The sentence without its leading dateline, if it has one. */
function afterDateline(text: string, sent: Span): Span {
  DATELINE_AT.lastIndex = sent.start;
  const d = DATELINE_AT.exec(text);
  return d && d.index + d[0].length <= sent.end ? { start: d.index + d[0].length, end: sent.end } : sent;
}

/**
 * The article's place context, inherited: the most specific place of the earliest sentence that
 * names one in the article's main country (wire datelines and leads name the scene first), else
 * the country itself: a city abroad (where a minister spoke) is not the scene.
 */
export function articlePlace(doc: Doc, places: readonly Place[] = doc.places ?? [], country: string | undefined = mainCountry(places)): EventPlace | null {
  const score = rankIn(country);
  // The filing city of a dateline is the scene only when the text names no other.
  for (const skipDateline of [true, false]) {
    for (const s of doc.sentences) {
      const area = skipDateline ? afterDateline(doc.text, s) : s;
      const p = pick(places, area, { start: area.start, end: area.start }, score);
      if (p && !coarse(p) && (!country || p.country === country)) return toEventPlace(p, true);
    }
  }
  const any = places.find((p) => p.precision !== null && (!country || p.country === country)) ?? places[0];
  return any ? toEventPlace(any, true) : null;
}

/** TIMEX3 value → precision (TempEval-3 value syntax). */
export function datePrecision(value: string | null): EventDate['precision'] {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

// A date without its year ("XXXX-10", a time of day alone) cannot place an event in time.
const usable = (t: TimeExpr): boolean => (t.type === 'DATE' || t.type === 'TIME') && t.value !== null && /^\d{4}/.test(t.value);

/**
 * Times that can date an event: dates and times with a value, not "now" or "the past", and not:
 * - the report's own day ("the ministry said on Tuesday");
 * - the start of a period ("air strikes since the summer of 2014", "besieged since 2013");
 * - a photo caption's date ("… in Idlib on April 4 2017. (TRT World and Agencies)", "(Reuters
 *   Photo)"): scraped pages run captions into the text, and the photo may be weeks old;
 * - a bare four-digit number that no preposition or determiner makes a year: in FA-KES these were
 *   clock times and counters of scraped pages ("(updated 1723 16.04.2017)", "Get short URL 1721"),
 *   while years of events come as "in 2013", "since 2011", "the 2013 Ghouta attack".
 */
export function usableTimes(doc: Doc): TimeExpr[] {
  const out: TimeExpr[] = [];
  for (const t of doc.times ?? []) {
    if (!usable(t)) continue;
    const before = doc.text.slice(Math.max(0, t.start - 30), t.start);
    if (REPORT_DATE.test(before) || PERIOD_START.test(before)) continue;
    CAPTION_CREDIT.lastIndex = t.end;
    if (CAPTION_CREDIT.test(doc.text)) continue;
    if (BARE_NUMBER.test(t.text) && !YEAR_CUE.test(before)) continue;
    out.push(t);
  }
  return out;
}

/** "the ministry said on Tuesday": the day of the report, not of the event. */
const REPORT_DATE = /\b(?:said|says|reported|announced|added|stated|confirmed|told [\w-]+(?: [\w-]+)?)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
const PERIOD_START = /\bsince\s+(?:(?:early|late|mid)[-\s])?$/i;
const CAPTION_CREDIT = /\s*\.?\s*\([^()]{0,24}\b(?:[Pp]hoto|PHOTO|Agencies|Reuters|REUTERS|AFP|AP|File)\b[^()]{0,24}\)/y;
const BARE_NUMBER = /^\d{4}$/;
const YEAR_CUE = /\b(?:in|since|of|during|by|until|till|from|before|after|between|and|or|to|the|a|early|late|mid|summer|spring|autumn|fall|winter|year)[\s-]+$/i;

// Mention kinds the actors layer gives a name it could not type as a party: over a resolved
// place, such a mention is the NER misreading a toponym ("Deir Ezzor" and "Marib" tagged PER),
// as src/events/roles.ts also reads it.
const UNTYPED = new Set(['person', 'other']);

/**
 * A toponym used as a modifier names who or whose, not where: "US-led strikes", "the UK-based
 * monitor", "IS-held town", "Turkish-backed rebels"; and "Daesh (outlawed in Russia)", the legal
 * notice of Russian outlets, names no scene.
 */
const MODIFIER_AFTER = /-(?:led|backed|based|held|controlled|run|brokered|sponsored|funded|trained|supported|allied|aligned|affiliated|born|made)\b/y;
const NOTICE_BEFORE = /\b(?:outlawed|banned|prohibited|illegal)\s+in\s+$/;

/**
 * Places that are not actor mentions: "Israeli" in "Israeli air strikes" names who, not where, and
 * "IS" is a group, not a town. A city inside a longer actor name ("Idlib rebels") stays a place, and
 * so does a specific resolved place whose mention the actors layer could not type.
 */
export function placesApart(doc: Doc, exclude: readonly (TextSpan & { kind?: string })[]): Place[] {
  const out: Place[] = [];
  for (const p of doc.places ?? []) {
    MODIFIER_AFTER.lastIndex = p.end;
    if (MODIFIER_AFTER.test(doc.text)) continue;
    if (NOTICE_BEFORE.test(doc.text.slice(Math.max(0, p.start - 20), p.start))) continue;
    if (exclude.some((x) => p.start < x.end && x.start < p.end && (coarse(p) || (x.text === p.text && !(x.kind !== undefined && UNTYPED.has(x.kind)))))) continue;
    out.push(p);
  }
  return out;
}

const PREC_RANK: Record<string, number> = { day: 0, week: 1, month: 2, year: 3 };
const dateRank = (t: TimeExpr): number => PREC_RANK[datePrecision(t.value) ?? ''] ?? 4;

function toEventDate(t: TimeExpr, inherited: boolean): EventDate {
  // A time of day ("2016-08-10TNI", "2016-08-10T14:00") dates the event to its day.
  const value = t.value && /^\d{4}-\d{2}-\d{2}T/.test(t.value) ? t.value.slice(0, 10) : t.value;
  const out: EventDate = { text: t.text, start: t.start, end: t.end, value, precision: datePrecision(value) };
  if (inherited) out.inherited = true;
  return out;
}

/**
 * A full date opening the text, alone or after a publishing label ("12 February 2015 Free Syrian
 * Army…", "Posted on April 2 2017 by…", "Date of publication 14 August 2016"): the article's
 * dateline. "On Sunday, an air strike…" opens with an event's date and is no dateline.
 */
const DATELINE_LABEL = /^[\s\W]*(?:(?:posted on|published(?: on)?|date of publication|last updated(?: at| on)?|updated(?: at| on)?)\s+)?$/i;
function datelineTime(text: string, first: TimeExpr | undefined): TimeExpr | null {
  if (!first || first.start > 40 || !/\d{4}/.test(first.text)) return null;
  return DATELINE_LABEL.test(text.slice(0, first.start)) ? first : null;
}

/**
 * The date the event's own clause or sentence gives. A vaguer own date ("in March", "2011") yields
 * to a day-precise `fallback` that falls inside it (the article's date context). `clause` as in
 * `ownPlace`.
 */
export function ownDate(doc: Doc, sentence: number, at: Span, times: readonly TimeExpr[] = usableTimes(doc), fallback: EventDate | null = null, clause?: Span): EventDate | null {
  if (!times.length) return fallback;
  const sent = doc.sentences[sentence];
  // The article's own dateline dates the report; scraped pages run it into the first sentence.
  const dl = datelineTime(doc.text, times[0]);
  const t = pick(times, clause ?? clauseOf(doc.text, sent, at), at, dateRank, dl) ?? pick(times, sent, at, dateRank, dl);
  if (!t) return fallback;
  const own = toEventDate(t, false);
  if (own.precision !== 'day' && fallback?.precision === 'day' && own.value && fallback.value?.startsWith(own.value.replace(/-W\d+$/, ''))) return fallback;
  return own;
}

/** How many days before its publication a date may lie and still be the article's news. */
const NEWS_DAYS = 7;

/**
 * The article's date context. With a publication date: the first day-precise date of the text in
 * the week up to it (a dateline or the lead's "on Sunday"), else the publication date itself with
 * an empty evidence span (it comes from metadata); an older date ("On 15 Feb 2016 the minister
 * said…" in a March article) is background, not the news. Without one: the first day-precise date.
 */
export function articleDate(doc: Doc, times: readonly TimeExpr[] = usableTimes(doc)): EventDate | null {
  const pub = doc.meta.published;
  const pubDay = pub && /^\d{4}-\d{2}-\d{2}$/.test(pub) ? Date.parse(pub) : NaN;
  for (const t of times) {
    if (datePrecision(t.value) !== 'day') continue;
    if (Number.isNaN(pubDay)) return toEventDate(t, true);
    const age = (pubDay - Date.parse(t.value!.slice(0, 10))) / 86_400_000;
    if (age >= 0 && age <= NEWS_DAYS) return toEventDate(t, true);
  }
  if (!Number.isNaN(pubDay)) return { text: '', start: 0, end: 0, value: pub!, precision: 'day', inherited: true };
  return times[0] ? toEventDate(times[0], true) : null;
}
