/**
 * @module eval/metrics/timex
 * TempEval-3 Task A scores for time expressions, as the official scorer (TE3-evaluation.py,
 * evaluation-entities/evaluate_entities.py) computes them, micro-averaged over all documents:
 * - a gold TIMEX3 is matched (relaxed) when a system TIMEX3 overlaps it, strictly when the spans
 *   are identical; the TimeML normaliser pairs entities one to one, so each system span serves at
 *   most one gold span here too (an identical span first, then the largest overlap);
 * - precision = matched / system, recall = matched / gold, F1 their harmonic mean;
 * - attribute accuracy = pairs with the same attribute / relaxed pairs, and attribute F1 =
 *   accuracy × relaxed F1 (the "value F1" and "type F1" TempEval-3 ranks systems by).
 * Spans are character offsets here, where the scorer compares tokens; for spans on token
 * boundaries (all of TBAQ's) the two agree.
 */

export interface TimexSpan {
  start: number;
  end: number;
  type: string;
  value: string | null;
}

/** Raw counts; summing them across documents gives the micro-averaged scores. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeMatch: number;
  valueMatch: number;
}

export interface TimexScores {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  type_accuracy: number;
  type_f1: number;
  value_accuracy: number;
  value_f1: number;
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, system: 0, strict: 0, relaxed: 0, typeMatch: 0, valueMatch: 0 };
}

function overlap(a: TimexSpan, b: TimexSpan): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Pairs one document's gold and system expressions and counts matches. */
export function countDocument(gold: readonly TimexSpan[], system: readonly TimexSpan[]): TimexCounts {
  const used = new Set<number>();
  const c = emptyCounts();
  c.gold = gold.length;
  c.system = system.length;
  const pairs: Array<[TimexSpan, TimexSpan]> = [];
  // Identical spans pair first, so a partial overlap cannot steal a strict match.
  const exact = new Set<number>();
  gold.forEach((g, gi) => {
    const si = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    if (si >= 0) { used.add(si); exact.add(gi); pairs.push([g, system[si]]); c.strict++; }
  });
  gold.forEach((g, gi) => {
    if (exact.has(gi)) return;
    let best = -1, bestOv = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const ov = overlap(g, s);
      if (ov > bestOv) { bestOv = ov; best = i; }
    });
    if (best >= 0) { used.add(best); pairs.push([g, system[best]]); }
  });
  c.relaxed = pairs.length;
  for (const [g, s] of pairs) {
    if (g.type === s.type) c.typeMatch++;
    if (g.value !== null && g.value === s.value) c.valueMatch++;
  }
  return c;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold, system: a.system + b.system, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed,
    typeMatch: a.typeMatch + b.typeMatch, valueMatch: a.valueMatch + b.valueMatch,
  };
}

function prf(matched: number, system: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = system ? matched / system : 0;
  const recall = gold ? matched / gold : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function scoreCounts(c: TimexCounts): TimexScores {
  const strict = prf(c.strict, c.system, c.gold);
  const relaxed = prf(c.relaxed, c.system, c.gold);
  const typeAcc = c.relaxed ? c.typeMatch / c.relaxed : 0;
  const valueAcc = c.relaxed ? c.valueMatch / c.relaxed : 0;
  return {
    strict, relaxed,
    type_accuracy: typeAcc, type_f1: typeAcc * relaxed.f1,
    value_accuracy: valueAcc, value_f1: valueAcc * relaxed.f1,
  };
}
