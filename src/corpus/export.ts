/**
 * @module corpus/export
 * Merged events out: filters (date range, country, type, bounding box) and three formats. JSONL
 * is the full record; CSV follows ACLED's column names so the file drops into tools built for
 * ACLED; GeoJSON is a FeatureCollection of points (RFC 7946: [longitude, latitude]) for any GIS.
 */
import type { MergedEventRecord } from '../store/types.js';
import { acledType } from './acled.js';
import { mergedDatePrecision } from './merge.js';

export interface EventFilter {
  /** Inclusive ISO dates. */
  from?: string;
  to?: string;
  /** ISO 3166-1 alpha-2 codes, compared case-insensitively. */
  countries?: string[];
  types?: string[];
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
}

export type ExportFormat = 'jsonl' | 'csv' | 'geojson';

/** Parses "minLon,minLat,maxLon,maxLat"; null when malformed. */
export function parseBbox(s: string): [number, number, number, number] | null {
  const parts = s.split(',').map((x) => Number(x.trim()));
  if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x))) return null;
  const [a, b, c, d] = parts;
  if (a > c || b > d || b < -90 || d > 90) return null;
  return [a, b, c, d];
}

function lastDayOf(date: string): string {
  const p = mergedDatePrecision(date);
  return p === 'month' ? date + '-31' : p === 'year' ? date + '-12-31' : date;
}

export function filterEvents(events: readonly MergedEventRecord[], f: EventFilter): MergedEventRecord[] {
  const countries = f.countries?.map((c) => c.toUpperCase());
  const types = f.types?.map((t) => t.toUpperCase());
  return events.filter((e) => {
    if ((f.from || f.to) && !e.date) return false;
    // A month- or year-dated event is kept when its period overlaps the range: its last day is
    // on or after `from` and its first day on or before `to` (plain string order on ISO dates).
    if (f.from && lastDayOf(e.date!) < f.from) return false;
    if (f.to && e.date! > f.to) return false;
    if (countries?.length && !(e.place?.country && countries.includes(e.place.country.toUpperCase()))) return false;
    if (types?.length && !types.includes(e.type)) return false;
    if (f.bbox) {
      const { lat, lon } = e.place ?? {};
      if (lat === undefined || lon === undefined) return false;
      const [x0, y0, x1, y1] = f.bbox;
      if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false;
    }
    return true;
  });
}

/**
 * A conservative single figure for a spread, as ACLED's fatalities column wants one number: the
 * low end (a vague "dozens" reported by the events stage as at least 12 stays 12). The
 * qualifier column says how the figure was reached.
 */
export function conservativeFatalities(e: MergedEventRecord): { value: number; qualifier: string } {
  if (!e.killed) return { value: 0, qualifier: 'none_reported' };
  const quals = new Set(e.reports.map((r) => r.killed?.qualifier).filter(Boolean));
  const q = e.killed.low === e.killed.high ? (quals.size === 1 ? [...quals][0]! : 'agreed') : 'lowest_of_range';
  return { value: e.killed.low, qualifier: q };
}

export const CSV_COLUMNS = [
  'event_id_cnty', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities', 'fatalities_qualifier', 'fatalities_best',
  'fatalities_high', 'injured_low', 'injured_high', 'sources_independent', 'reports', 'sitrep_type',
] as const;

function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  // Quote when needed; a leading =,+,-,@ is prefixed so spreadsheets do not run it as a formula.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d/.test(s) ? "'" + s : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** ACLED geo_precision: 1 exact town or finer, 2 a nearby or larger part of a region, 3 a region or country. */
function geoPrecision(p: MergedEventRecord['place']): number | null {
  if (!p?.precision) return null;
  if (p.precision === 'point' || p.precision === 'neighbourhood' || p.precision === 'city') return 1;
  if (p.precision === 'admin2') return 2;
  return 3;
}

/** ACLED's time_precision: 1 the day is known, 3 only the month (or, here, the year). */
function timePrecision(e: MergedEventRecord): number | null {
  const p = mergedDatePrecision(e.date);
  return p === null ? null : p === 'day' ? 1 : 3;
}

function csvRow(e: MergedEventRecord): string {
  const t = acledType(e.type);
  const perps = e.actors.filter((a) => a.role === 'perpetrator' || a.role === 'participant').map((a) => a.canonical ?? a.text);
  const targets = e.actors.filter((a) => a.role === 'target').map((a) => a.canonical ?? a.text);
  const f = conservativeFatalities(e);
  const notes = e.reports.map((r) => {
    const k = r.killed ? `killed: ${r.killed.text}` : '';
    const by = r.attribution ? ` (${r.attribution.canonical ?? r.attribution.text})` : '';
    return `${r.source ?? r.articleId}${k ? ' — ' + k + by : ''}${r.certainty !== 'reported' && r.certainty !== 'confirmed' ? ' [' + r.certainty + ']' : ''}`;
  }).join('; ');
  const values: (string | number | null | undefined)[] = [
    e.id, e.date, timePrecision(e), t.eventType, t.subEventType, perps[0], targets[0] ?? perps[1], e.place?.country, e.place?.admin1,
    e.place?.name ?? e.place?.text, e.place?.lat, e.place?.lon, geoPrecision(e.place), e.sourceNames.join('; '), notes,
    f.value, f.qualifier, e.killed?.best, e.killed?.high, e.injured?.low, e.injured?.high, e.sources, e.reports.length, e.type,
  ];
  return values.map(csvCell).join(',');
}

export function toCsv(events: readonly MergedEventRecord[]): string {
  return [CSV_COLUMNS.join(','), ...events.map(csvRow)].join('\n') + '\n';
}

export function toJsonl(events: readonly MergedEventRecord[]): string {
  return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
}

/** A FeatureCollection; events without coordinates are left out (GeoJSON geometry needs them). */
export function toGeoJson(events: readonly MergedEventRecord[]): string {
  const features = events.filter((e) => e.place?.lat !== undefined && e.place?.lon !== undefined).map((e) => {
    const t = acledType(e.type);
    return {
      type: 'Feature' as const,
      id: e.id,
      geometry: { type: 'Point' as const, coordinates: [e.place!.lon!, e.place!.lat!] },
      properties: {
        id: e.id, type: e.type, event_type: t.eventType, sub_event_type: t.subEventType, date: e.date,
        location: e.place!.name ?? e.place!.text, country: e.place!.country ?? null, precision: e.place!.precision,
        killed_low: e.killed?.low ?? null, killed_best: e.killed?.best ?? null, killed_high: e.killed?.high ?? null,
        injured_low: e.injured?.low ?? null, injured_best: e.injured?.best ?? null, injured_high: e.injured?.high ?? null,
        sources: e.sources, reports: e.reports.length, conflicts: e.conflicts, story: e.storyId,
      },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
}

export function exportEvents(events: readonly MergedEventRecord[], format: ExportFormat): string {
  return format === 'csv' ? toCsv(events) : format === 'geojson' ? toGeoJson(events) : toJsonl(events);
}
