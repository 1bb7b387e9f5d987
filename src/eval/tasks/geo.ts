/**
 * @module eval/tasks/geo
 * `sitrep eval geo`: LGL and GeoVirus (../shared/datasets/geoparsing). Three measurements per
 * corpus: toponym recognition (exact-span P/R/F1), resolution given the gold spans (accuracy within
 * 161 km, mean/median km, exact GeoNames id where the gold has one) and end to end (a toponym counts
 * only when its span is exact and its point within 161 km). Gold toponyms with
 * `span_status: unresolved` are skipped, as the dataset README asks. Resolution is scored on the gold
 * toponyms with coordinates (Gritta et al. 2019); `gold_spans_all_toponyms` counts the others as misses.
 * Switches (`--set key=value`): corpus=lgl|geovirus (default both), mode=gold|e2e|both (default both).
 */
import { join } from 'node:path';
import type { Span } from '../../document/types.js';
import { segment } from '../../segment/index.js';
import { recognizeEntities } from '../../entities/index.js';
import { findPlaces, gazetteerAvailable, getGazetteer, resolvePlaces } from '../../places/index.js';
import { nameCandidates } from '../../places/resolve.js';
import { DataMissingError, readJsonl, requireData } from '../data.js';
import { hasCoordinates, haversineKm, prf, resolutionScores, spanPRF, type Point } from '../metrics/geo.js';
import type { EvalResult, EvalTask, MetricValue } from '../types.js';

interface GoldToponym extends Span { text: string; lat: number; lon: number; geonameid?: string | number | null; span_status: string }
interface GeoRecord { id: string; corpus: string; text: string; toponyms: GoldToponym[] }

const CORPORA: Record<string, string> = { lgl: 'lgl.jsonl', geovirus: 'geovirus.jsonl' };

function evaluateCorpus(records: GeoRecord[], mode: string): { metrics: Record<string, MetricValue>; counts: Record<string, number> } {
  const metrics: Record<string, MetricValue> = {};
  const golds = records.map((r) => r.toponyms.filter((t) => t.span_status !== 'unresolved'));
  const counts: Record<string, number> = { articles: records.length, gold_toponyms: golds.reduce((s, g) => s + g.length, 0) };
  if (mode !== 'e2e') {
    const pairs: { gold: Point; pred: Point | null }[] = [];
    const withId: { gold: Point; pred: Point | null }[] = [];
    records.forEach((r, i) => {
      const places = resolvePlaces(r.text, golds[i]);
      golds[i].forEach((g, j) => {
        const p = places[j];
        const pair = { gold: g, pred: p.precision !== null && p.lat !== undefined ? { lat: p.lat, lon: p.lon!, geonameid: p.geonameid } : null };
        pairs.push(pair);
        if (g.geonameid) withId.push(pair);
      });
    });
    // Gritta et al. score resolution on the gold toponyms that have coordinates (LGL: 4,462 of 5,088;
    // the rest are streets, rivers and buildings with neither point nor GeoNames id). The figure over
    // all toponyms, where those count as misses, is reported beside it.
    const scorable = pairs.filter((p) => hasCoordinates(p.gold));
    const s = resolutionScores(scorable);
    metrics.gold_spans = { 'accuracy@161km': s.accuracy161, mean_km: s.meanKm, median_km: s.medianKm, exact_geonameid: s.exactId };
    metrics.gold_spans_candidate_ceiling = candidateCeiling(golds.flat().filter((t) => hasCoordinates(t)), withId.length > 0);
    counts.gold_unresolved = s.unresolved;
    counts.gold_without_coordinates = pairs.length - scorable.length;
    if (scorable.length < pairs.length) {
      const all = resolutionScores(pairs);
      metrics.gold_spans_all_toponyms = { 'accuracy@161km': all.accuracy161, mean_km: all.meanKm, median_km: all.medianKm };
    }
    // LGL gives GeoNames ids to 4,462 of its 5,088 toponyms; the rest are streets, rivers and
    // buildings that no city gazetteer holds. Mordecai 3's published figures are on the ids.
    if (withId.length) {
      const w = resolutionScores(withId);
      metrics.gold_spans_with_geonameid = { 'accuracy@161km': w.accuracy161, mean_km: w.meanKm, median_km: w.medianKm, exact_geonameid: w.exactId };
      counts.gold_with_geonameid = w.n;
    }
  }
  if (mode !== 'gold') {
    const preds: Span[][] = [];
    let tp = 0, fp = 0, fn = 0;
    records.forEach((r, i) => {
      const doc0 = segment(r.text, {});
      const doc = { ...doc0, entities: recognizeEntities(doc0) };
      const places = findPlaces(doc);
      preds.push(places);
      const byKey = new Map(golds[i].map((g) => [`${g.start}:${g.end}`, g]));
      for (const p of places) {
        const g = byKey.get(`${p.start}:${p.end}`);
        if (g && hasCoordinates(g) && p.precision !== null && p.lat !== undefined && haversineKm(g, { lat: p.lat, lon: p.lon! }) <= 161) { tp++; byKey.delete(`${p.start}:${p.end}`); } else fp++;
      }
      fn += byKey.size;
    });
    const rec = spanPRF(golds, preds);
    metrics.recognition = { precision: rec.precision, recall: rec.recall, f1: rec.f1 };
    const e2e = prf(tp, fp, fn);
    metrics.end_to_end = { precision: e2e.precision, recall: e2e.recall, f1: e2e.f1 };
    counts.predicted_toponyms = rec.tp + rec.fp;
  }
  return { metrics, counts };
}

/**
 * The best any resolver could score with this gazetteer's points, given the gold spans: the share
 * of gold toponyms (with coordinates) for which some record the name can stand for (its main and
 * alternate names, spelling family, a demonym's base) lies within 161 km of the gold point. Where
 * the gold has GeoNames ids (LGL), `by_name_or_gold_id` also counts a toponym whose gold id the
 * gazetteer holds under another name (an alias away). A gap between accuracy and the ceiling is
 * resolution's to close; a gap between the ceiling and 1 is the gazetteer's (missing places and
 * aliases) or the point convention's (GeoVirus places countries and regions at Wikipedia's points,
 * the gazetteer at GeoNames': data/gazetteer/README.md).
 */
function candidateCeiling(golds: GoldToponym[], hasIds: boolean): Record<string, MetricValue> {
  const g = getGazetteer();
  const ids = new Set<number>();
  if (hasIds) for (let r = 0; r < g.size; r++) if (g.gid[r]) ids.add(g.gid[r]);
  let near = 0, nearOrId = 0;
  for (const t of golds) {
    const byName = nameCandidates(g, t.text).some((r) => haversineKm(t, { lat: g.lat[r], lon: g.lon[r] }) <= 161);
    if (byName) near++;
    if (byName || (t.geonameid && ids.has(Number(t.geonameid)))) nearOrId++;
  }
  const n = golds.length || 1;
  const out: Record<string, MetricValue> = { 'accuracy@161km': near / n };
  if (hasIds) out.by_name_or_gold_id = nearOrId / n;
  return out;
}

export const task: EvalTask = {
  name: 'geo',
  summary: 'toponym recognition and resolution on LGL and GeoVirus (P/R/F1, accuracy@161km, km errors)',
  defaultData: 'geoparsing',
  async run(opts): Promise<EvalResult> {
    const t0 = Date.now();
    const flag = (k: string) => (typeof opts.flags?.[k] === 'string' ? (opts.flags[k] as string) : undefined);
    const wanted = flag('corpus') ? [flag('corpus')!.toLowerCase()] : Object.keys(CORPORA);
    for (const c of wanted) if (!CORPORA[c]) throw new Error(`geo: unknown corpus=${c} (use --set corpus=lgl or corpus=geovirus)`);
    const mode = flag('mode') ?? 'both';
    if (!['gold', 'e2e', 'both'].includes(mode)) throw new Error(`geo: unknown mode=${mode} (use --set mode=gold, e2e or both)`);
    const dir = requireData(opts.data, wanted.map((c) => CORPORA[c]));
    if (!gazetteerAvailable()) throw new DataMissingError('the gazetteer is not built: run `npm run build:gazetteer` first');
    const metrics: Record<string, MetricValue> = {};
    const counts: Record<string, number> = {};
    for (const c of wanted) {
      const records = readJsonl<GeoRecord>(join(dir, CORPORA[c]), opts.limit);
      const r = evaluateCorpus(records, mode);
      metrics[c] = r.metrics;
      for (const [k, v] of Object.entries(r.counts)) counts[`${c}_${k}`] = v;
    }
    const notes = [
      'Unresolved predictions count as wrong with a 20,039 km error in mean/median.',
      'Country and admin-area records carry no GeoNames id (the npm sources lack them), so exact_geonameid counts only populated places.',
      'gold_spans_candidate_ceiling: share of gold toponyms some gazetteer record of that name places within 161 km (the best any resolver could do with these points); GeoVirus gives countries and regions Wikipedia points, the gazetteer GeoNames points.',
      'LGL annotates demonyms ("American") and names inside organisation names ("Gainesville Police") as toponyms; the recogniser follows that.',
    ];
    if (opts.limit !== undefined) notes.push(`limited to the first ${opts.limit} articles of each corpus`);
    return { task: 'geo', dataset: `geoparsing: ${wanted.join(' + ')}`, metrics, counts, notes, seconds: (Date.now() - t0) / 1000 };
  },
};
