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
export const rank = (p: Place | EventPlace): number => (p.precision ? PRECISION_RANK[p.precision] : 7);

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


const distance = (s: Span, at: Span): number => (s.end <= at.start ? at.start - s.end : s.start >= at.end ? s.start - at.end : 0);

/** A place's rank for an article whose main country is `country`: places abroad rank below. */
const placeRank = (p: Place, country: string | undefined): number => rank(p) + (country && p.country && p.country !== country ? 8 : 0);

/** The best place in `area`: most specific (by `placeRank`), then nearest the trigger. */
function pickPlace(places: readonly Place[], area: Span, at: Span, country: string | undefined): Place | null {
  let best: Place | null = null;
  let bestRank = 0;
  let bestDistance = 0;
  for (const p of places) {
    if (p.start < area.start || p.end > area.end) continue;
    const r = placeRank(p, country);
    if (best !== null && r > bestRank) continue;
    const d = distance(p, at);
    if (best === null || r < bestRank || d < bestDistance) { best = p; bestRank = r; bestDistance = d; }
  }
  return best;
}

/** The best time in `area` other than `skip`: most precise (by `dateRank`), then nearest the trigger. */
function pickTime(times: readonly TimeExpr[], area: Span, at: Span, skip: TimeExpr | null): TimeExpr | null {
  let best: TimeExpr | null = null;
  let bestRank = 0;
  let bestDistance = 0;
  for (const t of times) {
    if (t === skip || t.start < area.start || t.end > area.end) continue;
    const r = dateRank(t);
    if (best !== null && r > bestRank) continue;
    const d = distance(t, at);
    if (best === null || r < bestRank || d < bestDistance) { best = t; bestRank = r; bestDistance = d; }
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
  if (p.text.length > 6) return false;
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

/**
 * The place the event's own clause or sentence names, or `fallback`. The clause's place wins
 * unless it is only a country and the sentence names something more specific; a country alone
 * ("Israeli air strikes", "in Syria") yields to a more specific `fallback` in that country.
 * `clause` is the trigger's clause when the caller has it already.
 */
export function ownPlace(doc: Doc, sentence: number, at: Span, places: readonly Place[] = doc.places ?? [], fallback: EventPlace | null = null, country?: string, clause?: Span): EventPlace | null {
  if (!places.length) return fallback;
  const sent = doc.sentences[sentence];
  let inClause = pickPlace(places, clause ?? clauseOf(doc.text, sent, at), at, country);
  // A dateline's filing city ("ADEN —") is where the story was written, not the event's scene.
  let inSentence = pickPlace(places, afterDateline(doc.text, sent), at, country);
  if (doubtful(doc.text, inClause, country)) inClause = null;
  if (doubtful(doc.text, inSentence, country) || (inSentence && inSentence !== inClause && describesPerson(doc.text, sent, inSentence))) inSentence = null;
  const p = inClause && !coarse(inClause) ? inClause : inSentence && !coarse(inSentence) ? inSentence : inClause ?? inSentence;
  if (!p) return fallback;
  if (coarse(p) && fallback && !coarse(fallback) && (!p.country || !fallback.country || fallback.country === p.country)) return fallback;
  return toEventPlace(p, false);
}

// "Fayez al-Serraj, head of the government in Tripoli, signed...": an appositive that opens with a
// title says who someone is, and its place is that person's seat, not where the event happened.
const APPOSITIVE_TITLE = /^(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:head|leader|chief|commander|president|prime minister|premier|member|governor|mayor|spokes(?:man|woman|person)|founder|director|minister|envoy|ambassador|representative)s?\s+(?:of|for|in|at)\b/i;

/** Is `p` inside a clause of `sent` that is an appositive naming someone's title? */
function describesPerson(text: string, sent: Span, p: Place): boolean {
  const c = clauseOf(text, sent, p);
  return c.start > sent.start && APPOSITIVE_TITLE.test(text.slice(c.start, c.end));
}

/**
 * A place abroad not introduced as a location ("in Ankara") is more likely a speaker's capital, a
 * misread word ("Mon" in a dateline) or a group ("IS") than the scene: the article's own country
 * context is the better answer, even if it is only the country. A short one is doubted even after
 * a locative ("killed in IS group blast").
 */
function doubtful(text: string, p: Place | null, country: string | undefined): boolean {
  if (p === null || !country || !p.country || p.country === country) return false;
  return short(p) || !LOCATIVE.test(text.slice(Math.max(0, p.start - 40), p.start));
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
  // The filing city of a dateline is the scene only when the text names no other.
  for (const skipDateline of [true, false]) {
    for (const s of doc.sentences) {
      const area = skipDateline ? afterDateline(doc.text, s) : s;
      const p = pickPlace(places, area, { start: area.start, end: area.start }, country);
      if (p && !coarse(p) && (!country || p.country === country)) return toEventPlace(p, true);
    }
  }
  const any = places.find((p) => p.precision !== null && (!country || p.country === country)) ?? places[0];
  return any ? toEventPlace(any, true) : null;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * TIMEX3 value → precision (TempEval-3 value syntax): `YYYY-MM-DD…` day, `YYYY-Www…` week,
 * `YYYY-MM` month, `YYYY` year. Read from character codes: it runs for every date compared.
 */
export function datePrecision(value: string | null): EventDate['precision'] {
  if (!value || value.length < 4 || !isDigit(value.charCodeAt(0)) || !isDigit(value.charCodeAt(1)) || !isDigit(value.charCodeAt(2)) || !isDigit(value.charCodeAt(3))) return null;
  const n = value.length;
  if (n === 4) return 'year';
  if (value.charCodeAt(4) !== 45) return null;
  const c5 = value.charCodeAt(5);
  if (n >= 10 && isDigit(c5) && isDigit(value.charCodeAt(6)) && value.charCodeAt(7) === 45 && isDigit(value.charCodeAt(8)) && isDigit(value.charCodeAt(9))) return 'day';
  if (n >= 8 && c5 === 87 && isDigit(value.charCodeAt(6)) && isDigit(value.charCodeAt(7))) return 'week';
  if (n === 7 && isDigit(c5) && isDigit(value.charCodeAt(6))) return 'month';
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
    if (NOT_EVENT_DATE.test(before)) continue;
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
const NOT_EVENT_DATE = new RegExp(`(?:${REPORT_DATE.source})|(?:${PERIOD_START.source})`, 'i');
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
  const text = doc.text;
  const out: Place[] = [];
  for (const p of doc.places ?? []) {
    if (text.charCodeAt(p.end) === 45) {
      MODIFIER_AFTER.lastIndex = p.end;
      if (MODIFIER_AFTER.test(text)) continue;
    }
    if (afterIn(text, p.start) && NOTICE_BEFORE.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
    if (!actorOver(p, exclude)) out.push(p);
  }
  return out;
}

/** Does the text before `at` end in "in" and a space (the cheap test before NOTICE_BEFORE)? */
function afterIn(text: string, at: number): boolean {
  return at >= 4 && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at - 2) === 110 && text.charCodeAt(at - 3) === 105;
}

/** Is `p` (part of) an actor mention that names no place? */
function actorOver(p: Place, exclude: readonly (TextSpan & { kind?: string })[]): boolean {
  for (const x of exclude) {
    if (p.start >= x.end || x.start >= p.end) continue;
    if (coarse(p) || (x.text === p.text && !(x.kind !== undefined && UNTYPED.has(x.kind)))) return true;
  }
  return false;
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
  const sent = doc.sentences[sentence];
  if (!times.length) return lastDay(doc, sent) ?? fallback;
  // The article's own dateline dates the report; scraped pages run it into the first sentence.
  const dl = datelineTime(doc.text, times[0]);
  const t = pickTime(times, clause ?? clauseOf(doc.text, sent, at), at, dl) ?? pickTime(times, sent, at, dl);
  if (!t) return lastDay(doc, sent) ?? fallback;
  const own = toEventDate(t, false);
  if (own.precision !== 'day' && fallback?.precision === 'day' && own.value && fallback.value?.startsWith(own.value.replace(/-W\d+$/, ''))) return fallback;
  return own;
}

const LAST_DAY = /^(?:the\s+)?(?:last|past|previous)\s+(?:24|twenty-four)\s+hours$/i;

/**
 * "…killed 35 militants in the last 24 hours, media reported": a count over the day up to the
 * report dates its events to the report's day, the publication date, rather than to a day the
 * article's lead names for something else. Only when the sentence gives no date of its own.
 */
function lastDay(doc: Doc, sent: Span): EventDate | null {
  const pub = doc.meta.published;
  if (pub === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(pub)) return null;
  for (const t of doc.times ?? []) {
    if (t.start >= sent.start && t.end <= sent.end && LAST_DAY.test(t.text)) return { text: t.text, start: t.start, end: t.end, value: pub, precision: 'day' };
  }
  return null;
}

/** How many days before its publication a date may lie and still be the article's news. */
const NEWS_DAYS = 7;

/**
 * The article's date context. With a publication date: the first day-precise date of the lead (its
 * first three sentences: a dateline, the headline, the lead's "on Sunday") in the week up to the
 * publication, else the publication date itself with an empty evidence span (it comes from
 * metadata). An older date ("On 15 Feb 2016 the minister said…" in a March article) is background,
 * and a date further down belongs to the body's own events, not to the article. Without a
 * publication date: the first day-precise date anywhere.
 */
export function articleDate(doc: Doc, times: readonly TimeExpr[] = usableTimes(doc)): EventDate | null {
  const pub = doc.meta.published;
  const known = pub !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(pub) && !Number.isNaN(Date.parse(pub));
  // ISO days compare as strings: the news week is [earliest, pub].
  const earliest = known ? new Date(Date.parse(pub) - NEWS_DAYS * 86_400_000).toISOString().slice(0, 10) : '';
  const lead = doc.sentences[Math.min(2, doc.sentences.length - 1)]?.end ?? 0;
  for (const t of times) {
    if (datePrecision(t.value) !== 'day') continue;
    if (!known) return toEventDate(t, true);
    if (t.start >= lead) break;
    const day = t.value!.slice(0, 10);
    if (day >= earliest && day <= pub) return toEventDate(t, true);
  }
  if (known) return { text: '', start: 0, end: 0, value: pub, precision: 'day', inherited: true };
  return times[0] ? toEventDate(times[0], true) : null;
}
