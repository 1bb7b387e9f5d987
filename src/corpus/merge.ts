/**
 * @module corpus/merge
 * Reports of one real event merged into one event (GDELT's failure was to count reports: one
 * abduction became 366 records). Two event reports merge when their types are compatible
 * (corpus/acled), their dates are within a day, their places agree (same gazetteer id, within
 * 50 km, or one only names the country the other lies in), and their perpetrators do not
 * contradict each other; a report without a place merges only inside its own story. Clusters
 * are complete-link: a report joins an event only if it is compatible with every report in it.
 * Casualties become {low, best, high} across reports, as UCDP GED does; each report keeps its
 * own figure and attribution, so conflicting figures stay visible.
 */
import { createHash } from 'node:crypto';
import type { Count, Event, EventPlace, PlacePrecision } from '../document/types.js';
import type { CountSpread, EventReportRef, MergedEventRecord } from '../store/types.js';
import { compatibleTypes } from './acled.js';

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
  day: number | null;
  perpetrators: Set<string>;
}

const MAX_KM = 50;
const PRECISION_RANK: Record<PlacePrecision, number> = { point: 0, neighbourhood: 1, city: 2, admin2: 3, admin1: 4, country: 5, region: 6 };

function dayOf(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  if (!m) return null;
  const t = Date.parse(m[1] + 'T00:00:00Z');
  return Number.isNaN(t) ? null : t / 86_400_000;
}

function km(a: EventPlace, b: EventPlace): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat! - a.lat!) * rad;
  const dLon = (b.lon! - a.lon!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * rad) * Math.cos(b.lat! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const coarse = (p: EventPlace) => p.precision === null || PRECISION_RANK[p.precision] >= PRECISION_RANK.admin1;

function placesAgree(a: EventPlace | null, b: EventPlace | null): boolean | null {
  if (!a || !b) return null;
  if (a.geonameid !== undefined && a.geonameid === b.geonameid) return true;
  if (a.country && b.country && a.country !== b.country) return false;
  if (a.lat !== undefined && a.lon !== undefined && b.lat !== undefined && b.lon !== undefined && !coarse(a) && !coarse(b)) {
    return km(a, b) <= MAX_KM;
  }
  if (a.country && a.country === b.country && (coarse(a) || coarse(b))) return true;
  const name = (p: EventPlace) => (p.name ?? p.text).toLowerCase();
  return name(a) === name(b);
}

function compatible(x: Candidate, y: Candidate): boolean {
  if (!compatibleTypes(x.event.type, y.event.type)) return false;
  const sameStory = !!x.article.story && x.article.story === y.article.story;
  if (x.day !== null && y.day !== null) {
    if (Math.abs(x.day - y.day) > 1) return false;
  } else if (!sameStory) return false;
  const place = placesAgree(x.event.place, y.event.place);
  if (place === false || (place === null && !sameStory)) return false;
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
 * that source gave: tolls rise as bodies are found), rounded down to stay conservative.
 */
function spread(refs: EventReportRef[], field: 'killed' | 'injured', sourceOf: (r: EventReportRef) => string): CountSpread | null {
  let low = Infinity;
  let high = -Infinity;
  const perSource = new Map<string, number>();
  for (const r of refs) {
    const c = r[field];
    const range = c ? reportRange(c) : null;
    if (!range) continue;
    low = Math.min(low, range.lo);
    high = Math.max(high, range.hi);
    const s = sourceOf(r);
    perSource.set(s, Math.max(perSource.get(s) ?? -Infinity, range.best));
  }
  if (!perSource.size) return null;
  const bests = [...perSource.values()].sort((a, b) => a - b);
  const best = bests[(bests.length - 1) >> 1];
  return { low, best, high };
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
  places.sort((a, b) => (a.precision === null ? 9 : PRECISION_RANK[a.precision]) - (b.precision === null ? 9 : PRECISION_RANK[b.precision]));
  const dated = members.map((m) => m.event.date?.value ?? m.article.published).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}/.test(d)).map((d) => d.slice(0, 10));
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
    date: mostCommon(dated, (d) => d),
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
    for (const event of events) {
      const day = dayOf(event.date?.precision === 'day' || !event.date?.precision ? event.date?.value : null) ?? dayOf(article.published);
      const perpetrators = new Set(event.actors.filter((a) => a.role === 'perpetrator').map((a) => (a.canonical ?? a.text).toLowerCase()));
      candidates.push({ article, event, day, perpetrators });
    }
  }
  candidates.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0) || (a.event.id < b.event.id ? -1 : 1));
  // Complete link needs every member within a day of the newcomer; candidates come in date order,
  // so a cluster whose first day is two days behind can be set aside for the dated ones. An
  // undated report may only join inside its own story, so those look clusters up by story.
  const clusters: Candidate[][] = [];
  let active: Candidate[][] = [];
  const byStory = new Map<string, Candidate[][]>();
  const place = (c: Candidate, pool: Candidate[][] | undefined): Candidate[][] | null => {
    const home = pool?.find((cl) => cl.every((m) => compatible(m, c)));
    if (home) { home.push(c); return null; }
    const cl = [c];
    clusters.push(cl);
    return [cl];
  };
  for (const c of candidates) {
    const story = c.article.story ?? null;
    let created: Candidate[][] | null;
    if (c.day !== null) {
      active = active.filter((cl) => cl[0].day !== null && cl[0].day >= c.day! - 1);
      created = place(c, active);
      if (created) active.push(created[0]);
    } else {
      created = place(c, story ? byStory.get(story)?.filter((cl) => cl.every((m) => m.article.story === story)) : undefined);
    }
    if (created && story) (byStory.get(story) ?? byStory.set(story, []).get(story)!).push(created[0]);
  }
  return clusters.map(build);
}
