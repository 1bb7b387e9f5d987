/**
 * @module eval/metrics/geo
 * Geoparsing metrics as in Gritta et al. 2019 ("A Pragmatic Guide to Geoparsing Evaluation"):
 * toponym recognition P/R/F1 on exact spans; resolution as accuracy within 161 km (100 miles),
 * mean and median great-circle error, and exact GeoNames-id match where the gold has ids. Resolution
 * is scored on the gold toponyms that have coordinates, as that paper does.
 * An unresolved prediction counts as wrong, with the largest possible error (20,039 km, half the
 * Earth's circumference), so a system cannot improve its mean by abstaining.
 */
import type { Span } from '../../document/types.js';

export const MAX_ERROR_KM = 20039;

export interface Point { lat: number; lon: number; geonameid?: number | string | null }

/** A gold point that can be scored: both coordinates are finite numbers (LGL leaves 626 toponyms without any). */
export function hasCoordinates(p: { lat?: number | null; lon?: number | null }): boolean {
  return typeof p.lat === 'number' && Number.isFinite(p.lat) && typeof p.lon === 'number' && Number.isFinite(p.lon);
}

export function haversineKm(a: Point, b: Point): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface SpanScores { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }

/** Exact-span micro P/R/F1 over documents; `gold[i]` and `pred[i]` are the spans of document i. */
export function spanPRF(gold: readonly Span[][], pred: readonly Span[][]): SpanScores {
  let tp = 0, fp = 0, fn = 0;
  gold.forEach((g, i) => {
    const keys = new Set(g.map((s) => `${s.start}:${s.end}`));
    const p = new Set((pred[i] ?? []).map((s) => `${s.start}:${s.end}`));
    for (const k of p) if (keys.has(k)) tp++; else fp++;
    for (const k of keys) if (!p.has(k)) fn++;
  });
  return prf(tp, fp, fn);
}

export function prf(tp: number, fp: number, fn: number): SpanScores {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

export interface ResolutionScores {
  accuracy161: number;
  meanKm: number;
  medianKm: number;
  /** Share of gold toponyms with a GeoNames id whose prediction has the same id; null when none has one. */
  exactId: number | null;
  unresolved: number;
  n: number;
}

/**
 * Scores predicted points against gold points, pair by pair; a null prediction is unresolved. A gold
 * toponym without coordinates cannot be matched: it counts as a miss at the largest error (callers
 * that follow Gritta et al. leave such toponyms out before scoring).
 */
export function resolutionScores(pairs: readonly { gold: Point; pred: Point | null }[]): ResolutionScores {
  if (!pairs.length) return { accuracy161: 0, meanKm: 0, medianKm: 0, exactId: null, unresolved: 0, n: 0 };
  const errors: number[] = [];
  let within = 0, unresolved = 0, idGold = 0, idHit = 0;
  for (const { gold, pred } of pairs) {
    const e = pred && hasCoordinates(gold) ? haversineKm(gold, pred) : MAX_ERROR_KM;
    if (!pred) unresolved++;
    if (e <= 161) within++;
    errors.push(e);
    if (gold.geonameid !== undefined && gold.geonameid !== null && gold.geonameid !== '') {
      idGold++;
      if (pred?.geonameid !== undefined && pred.geonameid !== null && String(pred.geonameid) === String(gold.geonameid)) idHit++;
    }
  }
  errors.sort((a, b) => a - b);
  const mid = errors.length >> 1;
  const median = errors.length % 2 ? errors[mid] : (errors[mid - 1] + errors[mid]) / 2;
  return {
    accuracy161: within / pairs.length,
    meanKm: errors.reduce((s, x) => s + x, 0) / errors.length,
    medianKm: median,
    exactId: idGold ? idHit / idGold : null,
    unresolved,
    n: pairs.length,
  };
}
