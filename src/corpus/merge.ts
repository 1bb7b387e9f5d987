/**
 * @module corpus/merge
 * Reports of one real event merged into one event (GDELT's failure was to count reports: one
 * abduction became 366 records). Two event reports merge when their types and places are
 * compatible (corpus/compatible), their dates agree, and their perpetrators do not contradict
 * each other. Dates agree when both are days within a day of each other, or for a follow-up
 * (below); a report with no day (undated, or only a month or year) or no place merges only
 * inside its own story, and only with a report whose place agrees and whose day its period
 * holds. Clusters are complete-link: a report joins an event only if it is compatible with
 * every report in it. Casualties become {low, best, high} across reports, as UCDP GED does;
 * each report keeps its own figure and attribution, so conflicting figures stay visible.
 */
import { createHash } from 'node:crypto';
import type { Count, Event, EventPlace } from '../document/types.js';
import type { CountSpread, EventReportRef, MergedEventRecord } from '../store/types.js';
import { compatibleTypes, placesAgree, PRECISION_RANK, violentType } from './compatible.js';

export interface MergeArticle {
  id: string;
  source: string | null;
  published: string | null;
  /** The near-duplicate group (wire copies), if any. */
  duplicateGroup?: string | null;
  story?: string | null;
}

interface Candidate {
  article: MergeArticle;
  event: Event;
  /** The event's day, or its article's publication day when the event has no date at all. */
  day: number | null;
  /** A month, week or year date as the days it spans; null when the date is a day or unknown. */
  period: [number, number] | null;
  /** The day the event's own text dates it to; null for no date, a period, or the publication day. */
  ownDay: number | null;
  /** Days of the day-dated events of the same article. */
  articleDays: Set<number>;
  published: number | null;
  perpetrators: Set<string>;
}

/**
 * How much later a follow-up may date a report of the same event: tolls are updated over the days
 * after a strike (samples 05 and 10 come one and two days after the event).
 */
const FOLLOW_UP_DAYS = 3;

function dayOf(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  if (!m) return null;
  const t = Date.parse(m[1] + 'T00:00:00Z');
  return Number.isNaN(t) ? null : t / 86_400_000;
}

function periodOf(value: string | null | undefined): [number, number] | null {
  const m = value ? /^(\d{4})(?:-(\d{2}))?$/.exec(value) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = m[2] ? Number(m[2]) - 1 : null;
    const lo = Date.UTC(y, mo ?? 0, 1) / 86_400_000;
    const hi = Date.UTC(mo === null ? y + 1 : y, mo === null ? 0 : mo + 1, 1) / 86_400_000 - 1;
    return [lo, hi];
  }
  const w = value ? /^(\d{4})-W(\d{2})$/.exec(value) : null;
  if (!w) return null;
  // ISO week 1 holds 4 January; its Monday starts the week count.
  const jan4 = Date.UTC(Number(w[1]), 0, 4) / 86_400_000;
  const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7) + (Number(w[2]) - 1) * 7;
  return [monday, monday + 6];
}

/**
 * A follow-up ("the toll has risen to 11", published two days later): the later report carries
 * its own article's publication day ("died overnight"), and that article dates another of its
 * events within a day of the earlier report, so it says itself when the event happened. Only
 * within one story, and up to FOLLOW_UP_DAYS.
 */
function followUp(early: Candidate, late: Candidate): boolean {
  if (late.day! - early.day! > FOLLOW_UP_DAYS || late.day !== late.published) return false;
  for (const d of late.articleDays) if (Math.abs(d - early.day!) <= 1) return true;
  return false;
}

const inside = (p: [number, number] | null, d: number | null): boolean => !p || d === null || (d >= p[0] && d <= p[1]);

function datesAgree(x: Candidate, y: Candidate, sameStory: boolean): boolean {
  if (x.day !== null && y.day !== null) {
    if (Math.abs(x.day - y.day) <= 1) return true;
    return sameStory && (x.day < y.day ? followUp(x, y) : followUp(y, x));
  }
  if (!sameStory) return false;
  const overlap = !x.period || !y.period || (x.period[0] <= y.period[1] && y.period[0] <= x.period[1]);
  return overlap && inside(x.period, y.day) && inside(y.period, x.day);
}

function compatible(x: Candidate, y: Candidate): boolean {
  if (!compatibleTypes(x.event.type, y.event.type)) return false;
  // Two non-violent events one article dates to different days are two events by its own account
  // ("a ceasefire took effect on Sunday" and "talks on Monday" in sample 08): the day of tolerance
  // below is for two outlets' accounts of one event, not for rejoining what a text kept apart.
  // Violent events keep it: "two of the wounded died overnight" dates a strike's follow-up to the
  // publication day, a day after the strike the same article reports (see followUp).
  if (x.article.id === y.article.id && !(violentType(x.event.type) && violentType(y.event.type))) {
    if (x.ownDay !== null && y.ownDay !== null && x.ownDay !== y.ownDay) return false;
  }
  const sameStory = !!x.article.story && x.article.story === y.article.story;
  if (!datesAgree(x, y, sameStory)) return false;
  const place = placesAgree(x.event.place, y.event.place);
  if (place === false || (place === null && !sameStory)) return false;
  // An undated report in a story has only its place to say which of the story's events it is.
  if (place === null && (x.day === null || y.day === null)) return false;
  if (x.perpetrators.size && y.perpetrators.size && ![...x.perpetrators].some((p) => y.perpetrators.has(p))) return false;
  return true;
}

/** A report's figure as a [low, high] pair, and the single figure it stands for. */
function reportRange(c: Count): { lo: number; hi: number; best: number } | null {
  const lo = c.min ?? c.max;
  const hi = c.max ?? c.min;
  if (lo === null || hi === null) return null;
  // "at least N" says N is the figure known so far; a range stands for its midpoint.
  const best = c.qualifier === 'range' ? Math.round((lo + hi) / 2) : c.qualifier === 'up_to' ? hi : lo;
  return { lo, hi, best };
}

/**
 * Spread across reports. `best` is the median of one figure per independent source (the highest
 * that source gave: tolls rise as bodies are found), rounded down to stay conservative; but when
 * the source published last, on a later day than every other, gives the highest figure, the toll
 * has risen since the earlier reports ("rises to 11", "climbs to 111": samples 05 and 10) and its
 * figure is the best, as UCDP GED revises its best estimate with later information.
 */
function spread(refs: EventReportRef[], field: 'killed' | 'injured', sourceOf: (r: EventReportRef) => string): CountSpread | null {
  let low = Infinity;
  let high = -Infinity;
  const perSource = new Map<string, { best: number; day: string }>();
  for (const r of refs) {
    const c = r[field];
    const range = c ? reportRange(c) : null;
    if (!range) continue;
    low = Math.min(low, range.lo);
    high = Math.max(high, range.hi);
    const s = sourceOf(r);
    const day = r.published?.slice(0, 10) ?? '';
    const prev = perSource.get(s);
    perSource.set(s, { best: Math.max(prev?.best ?? -Infinity, range.best), day: prev && prev.day > day ? prev.day : day });
  }
  if (!perSource.size) return null;
  const sources = [...perSource.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const last = sources[sources.length - 1];
  const rising = sources.length > 1 && last.day > sources[sources.length - 2].day && sources.every((x) => x.best <= last.best);
  const bests = sources.map((x) => x.best).sort((a, b) => a - b);
  return { low, best: rising ? last.best : bests[(bests.length - 1) >> 1], high };
}

function independentSources(articles: MergeArticle[]): { groupOf: Map<string, string>; names: string[] } {
  // Articles join when they are copies of one wire story or come from the same publisher.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => { const ra = find(a); const rb = find(b); if (ra !== rb) parent.set(rb, ra); };
  for (const a of articles) {
    if (a.duplicateGroup) union('a:' + a.id, 'd:' + a.duplicateGroup);
    if (a.source) union('a:' + a.id, 's:' + a.source.trim().toLowerCase());
  }
  const groupOf = new Map(articles.map((a) => [a.id, find('a:' + a.id)]));
  const names = [...new Set(articles.map((a) => a.source).filter((s): s is string => !!s))].sort();
  return { groupOf, names };
}

function mostCommon<T>(values: T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && key(c.v) < key(best.v))) best = c;
  return best?.v ?? null;
}

/** The precision of a merged event's date, from its shape: YYYY-MM-DD, YYYY-MM or YYYY. */
export function mergedDatePrecision(date: string | null): MergedEventRecord['datePrecision'] {
  return date === null ? null : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

function build(members: Candidate[]): MergedEventRecord {
  members.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || (a.article.id < b.article.id ? -1 : 1) || (a.event.id < b.event.id ? -1 : 1));
  const refs: EventReportRef[] = members.map((m) => ({
    articleId: m.article.id, eventId: m.event.id, source: m.article.source, published: m.article.published,
    killed: m.event.killed, injured: m.event.injured, attribution: m.event.attribution, certainty: m.event.certainty,
  }));
  const articles = [...new Map(members.map((m) => [m.article.id, m.article])).values()];
  const { groupOf, names } = independentSources(articles);
  const sourceOf = (r: EventReportRef) => groupOf.get(r.articleId)!;
  const places = members.map((m) => m.event.place).filter((p): p is EventPlace => !!p);
  // The most precise place; at equal precision one a report's own sentence gives over one it
  // inherits from its article's context.
  places.sort((a, b) => (a.precision === null ? 9 : PRECISION_RANK[a.precision]) - (b.precision === null ? 9 : PRECISION_RANK[b.precision]) ||
    Number(!!a.inherited) - Number(!!b.inherited));
  const dated = members.map((m) => m.event.date?.value ?? m.article.published).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10));
  // With no day in any report, the month or year the reports give ("collapsed in late April"), so
  // an event the text dates only coarsely is not printed as undated.
  const coarse = dated.length ? [] : members.map((m) => m.event.date?.value).filter((d): d is string => !!d && /^\d{4}(-\d{2})?$/.test(d));
  const date = dated.length ? mostCommon(dated, (d) => d) : mostCommon(coarse, (d) => d);
  const actors = new Map<string, MergedEventRecord['actors'][number]>();
  for (const m of members) for (const a of m.event.actors) {
    const k = a.role + '|' + (a.canonical ?? a.text).toLowerCase();
    if (!actors.has(k)) actors.set(k, { role: a.role, text: a.text, ...(a.canonical ? { canonical: a.canonical } : {}) });
  }
  const conflicts: string[] = [];
  for (const f of ['killed', 'injured'] as const) {
    const values = new Set(refs.map((r) => (r[f] ? reportRange(r[f]!)?.best : undefined)).filter((v) => v !== undefined));
    if (values.size > 1) conflicts.push(f);
  }
  const first = refs[0];
  return {
    id: 'event:' + createHash('sha256').update(first.articleId + '|' + first.eventId).digest('hex').slice(0, 16),
    type: mostCommon(members.map((m) => m.event.type), (t) => t)!,
    date,
    datePrecision: mergedDatePrecision(date),
    place: places[0] ?? null,
    actors: [...actors.values()],
    killed: spread(refs, 'killed', sourceOf),
    injured: spread(refs, 'injured', sourceOf),
    sources: new Set(groupOf.values()).size,
    sourceNames: names,
    reports: refs,
    conflicts,
    storyId: mostCommon(members.map((m) => m.article.story ?? '').filter(Boolean), (s) => s),
  };
}

/**
 * Merges the events of every report, given as each article's event list (in ingestion order).
 * `articles` supplies source, date, duplicate group and story.
 */
export function mergeEvents(reports: ReadonlyMap<string, readonly Event[]>, articles: ReadonlyMap<string, MergeArticle>): MergedEventRecord[] {
  const candidates: Candidate[] = [];
  for (const [id, events] of reports) {
    const article = articles.get(id);
    if (!article) continue;
    const published = dayOf(article.published);
    const articleDays = new Set<number>();
    for (const event of events) {
      // A month or year is a period, not the publication day: "the truce agreed in April" in a
      // July article is no July event.
      const vague = !!event.date?.precision && event.date.precision !== 'day';
      const period = vague ? periodOf(event.date!.value) : null;
      const own = vague ? null : dayOf(event.date?.value);
      const ownDay = own !== null && event.date?.precision === 'day' ? own : null;
      if (ownDay !== null) articleDays.add(ownDay);
      const perpetrators = new Set<string>();
      for (const a of event.actors) if (a.role === 'perpetrator') perpetrators.add((a.canonical ?? a.text).toLowerCase());
      candidates.push({ article, event, day: period ? null : own ?? published, period, ownDay, articleDays, published, perpetrators });
    }
  }
  candidates.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0) || (a.event.id < b.event.id ? -1 : 1));
  // Complete link needs every member within a day of the newcomer, or FOLLOW_UP_DAYS for a
  // follow-up; candidates come in date order, so a cluster whose first day is further behind can
  // be set aside for the dated ones. A report with no day may only join inside its own story, so
  // those look clusters up by story.
  const clusters: Candidate[][] = [];
  let active: Candidate[][] = [];
  const byStory = new Map<string, Candidate[][]>();
  for (const c of candidates) {
    const story = c.article.story ?? null;
    let home: Candidate[] | null = null;
    if (c.day !== null) {
      const day = c.day;
      active = active.filter((cl) => cl[0].day! >= day - FOLLOW_UP_DAYS);
      // Clusters more than a day behind can only take a follow-up of their own story.
      const followUp = day === c.published && story !== null;
      for (const cl of active) {
        if ((cl[0].day! >= day - 1 || (followUp && cl[0].article.story === story)) && joins(cl, c)) { home = cl; break; }
      }
    } else if (story) {
      for (const cl of byStory.get(story) ?? []) if (joins(cl, c)) { home = cl; break; }
    }
    if (home) { home.push(c); continue; }
    const created = [c];
    clusters.push(created);
    if (c.day !== null) active.push(created);
    if (story) (byStory.get(story) ?? byStory.set(story, []).get(story)!).push(created);
  }
  return clusters.map(build);
}

/** Complete link: a report joins a cluster only if it is compatible with every member. */
function joins(cluster: readonly Candidate[], c: Candidate): boolean {
  for (const m of cluster) if (!compatible(m, c)) return false;
  return true;
}
