/**
 * @module eval/tasks/fakes
 * `sitrep eval fakes`: FA-KES (Abu Salem et al. 2019), Syrian-war news with the gold date and
 * place (a city or governorate) of each article's main event. Measures whether the events stage's
 * main event (its first violent event with a toll, else its first well-evidenced violent event) has
 * that date and that place.
 *
 * Relative dates: FA-KES gives no publication date apart from the text, and its articles open with
 * a dateline ("Fri 07 Apr 2017 at 0914", "21.08.2013"). Each article is analysed once to read that
 * dateline (see `datelineDay`), then again with it as the publication date, so "on Friday"
 * resolves against the day the article was written.
 */
import { join } from 'node:path';
import { analyzeEvents } from '../../events/index.js';
import type { EventDate, EventPlace } from '../../document/types.js';
import { runPipeline } from '../../pipeline/index.js';
import { readJsonl, requireData } from '../data.js';
import type { EvalTask } from '../types.js';

interface Article {
  id: string;
  title: string;
  text: string;
  date: string;
  location: string;
}

/** Folds spelling variation: case, diacritics, apostrophes, Arabic article, hyphens and spaces. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`‘]/g, '')
    .replace(/\b(?:governorate|province|city|countryside)\b/g, '')
    .replace(/^\s*(?:al|ar|as|ad|az|ash|el|ed|an)[- ]/, '')
    .replace(/[^a-z]/g, '');
}

/**
 * Spellings of Syria's governorates and their seats as news and GeoNames write them (GeoNames
 * admin1 names for SY, plus common transliterations). Keys and values are folded names.
 */
const SYRIAN_NAMES: Record<string, string> = {
  // FA-KES's label set has no Rif Dimashq (Damascus countryside) governorate: its events (Douma,
  // Ghouta, Madaya) are labelled "damascus", so the countryside governorate counts as Damascus.
  rifdimashq: 'damascus', rifdimashk: 'damascus', damascuscountryside: 'damascus', ruraldamascus: 'damascus', damascussuburbs: 'damascus',
  halab: 'aleppo', dimashq: 'damascus', damas: 'damascus', idleb: 'idlib', edlib: 'idlib',
  deirezzor: 'deirezzor', dayrazzawr: 'deirezzor', deirezor: 'deirezzor', deiralzor: 'deirezzor', deirelzor: 'deirezzor', deirazzor: 'deirezzor', deirezzour: 'deirezzor',
  raqqah: 'raqqa', rakka: 'raqqa', raqa: 'raqqa', hims: 'homs', hasakah: 'hasakeh', hasaka: 'hasakeh', hassakeh: 'hasakeh', hasakeh: 'hasakeh', hassake: 'hasakeh', hasakah2: 'hasakeh',
  dara: 'daraa', deraa: 'daraa', daraa: 'daraa', dera: 'daraa', hamah: 'hama', latakia: 'lattakia', ladhiqiyah: 'lattakia', lattakia: 'lattakia', latakiya: 'lattakia',
  qunaytirah: 'quneitra', quneitra: 'quneitra', kuneitra: 'quneitra', tartus: 'tartous', tartous: 'tartous', tartouss: 'tartous',
};

const canon = (s: string): string => {
  const f = foldName(s);
  return SYRIAN_NAMES[f] ?? f;
};

/** Does the event's place name the gold place or lie inside it (its admin1 is the governorate)? */
export function placeMatches(place: EventPlace | null, gold: string): boolean {
  if (!place || place.precision === 'country' || place.precision === 'region') return false;
  const g = canon(gold);
  return [place.name, place.text, place.admin1].some((n) => n !== undefined && canon(n) === g);
}

/** FA-KES dates are M/D/YYYY; TIMEX3 day values are YYYY-MM-DD. */
export function goldDay(mdy: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(mdy.trim());
  return m ? `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}` : null;
}

/** The event's own date (not inherited) is a day 1 to 7 days before `gold`. */
export function eventDayBefore(date: EventDate | null, gold: string): boolean {
  if (!date || date.inherited || date.precision !== 'day' || !date.value) return false;
  const days = (Date.parse(gold) - Date.parse(date.value.slice(0, 10))) / 86_400_000;
  return days >= 1 && days <= 7;
}

/** How far into the text a dateline may start (FA-KES texts open with title, then date, or the reverse). */
const DATELINE_REACH = 160;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = (y: number, m: number, d: number): string | null =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;

/**
 * Dateline shapes of scraped pages that a news-prose time tagger does not read: "21.08.2013Get
 * short URL" and "17-12-2014" (numeric, day first, as outside the US), "Apr 152017" (day and year
 * run together by the scrape). Only at the very start of the text.
 */
export function scrapedDateline(text: string): string | null {
  const head = text.slice(0, 40);
  const num = /^\s*(\d{1,2})[.-](\d{1,2})[.-](\d{4})/.exec(head);
  if (num) return iso(+num[3], +num[2], +num[1]);
  const glued = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\s*(\d{4})\b/i.exec(head);
  if (glued) return iso(+glued[3], MONTHS.indexOf(glued[1].toLowerCase()) + 1, +glued[2]);
  return null;
}

/**
 * A dateline after the headline, in the shapes the time tagger left unread: day-first numeric
 * ("… Middle East 1924 16.05.2017(updated …", "… Security 31-08-2014 0742 PM") and day-first with a
 * month name ("AFP Thursday 6 Mar 2014"). Searched within the first `DATELINE_REACH` characters.
 */
export function laterDateline(text: string): string | null {
  const head = text.slice(0, DATELINE_REACH);
  const num = /(?<![\d.-])(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?!\d)/.exec(head);
  if (num) return iso(+num[3], +num[2], +num[1]);
  const named = /\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i.exec(head);
  if (named) return iso(+named[3], MONTHS.indexOf(named[2].toLowerCase()) + 1, +named[1]);
  return null;
}

/**
 * The dateline's day: a day-precise date opening the text (first 40 characters), else a scraped
 * dateline shape there, else the first day-precise date further into the title and lead, else a
 * dateline shape there (`laterDateline`).
 */
function datelineDay(text: string): string | null {
  const doc = runPipeline(text);
  const day = (reach: number) => (doc.times ?? []).find((x) => x.start < reach && x.value !== null && /^\d{4}-\d{2}-\d{2}/.test(x.value))?.value?.slice(0, 10);
  return day(40) ?? scrapedDateline(text) ?? day(DATELINE_REACH) ?? laterDateline(text);
}

export const task: EvalTask = {
  name: 'fakes',
  summary: 'FA-KES: date and place (city/governorate) of each article\'s main event',
  defaultData: 'fa-kes',
  async run(opts) {
    const t0 = performance.now();
    const dir = requireData(opts.data, ['fa-kes.jsonl']);
    const rows = readJsonl<Article>(join(dir, 'fa-kes.jsonl'), opts.limit);
    let placeOk = 0;
    let dateOk = 0;
    let datelineOk = 0;
    let noEvent = 0;
    let noPlace = 0;
    let noDate = 0;
    let dayBefore = 0;
    let placeUnseen = 0;
    const misses: string[] = [];
    for (const r of rows) {
      const published = datelineDay(r.text);
      const doc = runPipeline(r.text, published ? { published } : {});
      const main = analyzeEvents(doc).main;
      const gold = goldDay(r.date);
      if (!main) noEvent++;
      if (main && !main.place) noPlace++;
      if (main && !main.date?.value) noDate++;
      const pOk = placeMatches(main?.place ?? null, r.location);
      const dOk = gold !== null && main?.date?.value?.slice(0, 10) === gold;
      if (pOk) placeOk++;
      if (dOk) dateOk++;
      if (!dOk && gold !== null && published === gold && eventDayBefore(main?.date ?? null, gold)) dayBefore++;
      if (!pOk && !(doc.places ?? []).some((p) => placeMatches(p, r.location))) placeUnseen++;
      if (gold !== null && published === gold) datelineOk++;
      if (opts.flags?.errors && (!pOk || !dOk)) {
        misses.push(`${r.id}\tgold ${r.location} ${gold}\tgot ${main?.place?.text ?? '-'}/${main?.place?.admin1 ?? '-'} ${main?.date?.value ?? '-'} (${main?.type ?? 'no event'}: ${main?.trigger.text ?? ''})`);
      }
    }
    const n = rows.length || 1;
    const round = (x: number): number => Math.round(x * 10000) / 10000;
    const notes = [
      'Place right: the gold city or governorate is the main event\'s place, or its admin1 (country-level places never count).',
      'Relative dates resolve against the article\'s own dateline: a date opening the text, else a scraped dateline shape ("21.08.2013", day first), else the first full date within 160 characters, else a day-first dateline there ("16.05.2017", "6 Mar 2014").',
      'dateline_date_accuracy is the article\'s own dateline day read from its text, not an event date: FA-KES\'s gold date is usually the article\'s date, so an event dated "on Tuesday" of a Wednesday article counts as wrong in date_accuracy.',
      `date misses where the gold date is the article's dateline and the text itself dates the main event 1-7 days earlier ("on Monday" in a Tuesday article): ${dayBefore} (counts.date_gold_is_dateline_event_earlier); Sitrep keeps the text's date.`,
      `location misses where no recognised place of the article is the gold governorate or lies in it (the places layer did not find it): ${placeUnseen} (counts.place_gold_not_recognised).`,
    ];
    if (opts.limit !== undefined) notes.push(`limited to the first ${opts.limit} articles`);
    if (misses.length) notes.push(`misses:\n${misses.join('\n')}`);
    return {
      task: 'fakes',
      dataset: `FA-KES (${rows.length} articles)`,
      metrics: {
        location_accuracy: round(placeOk / n),
        date_accuracy: round(dateOk / n),
        // Not the event's date: the article's own, for comparison (FA-KES's gold date mostly is it).
        dateline_date_accuracy: round(datelineOk / n),
      },
      counts: {
        articles: rows.length, location_right: placeOk, date_right: dateOk, no_event: noEvent, no_place: noPlace, no_date: noDate,
        date_gold_is_dateline_event_earlier: dayBefore, place_gold_not_recognised: placeUnseen,
      },
      notes,
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
