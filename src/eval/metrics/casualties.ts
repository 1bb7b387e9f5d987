/**
 * @module eval/metrics/casualties
 * Scoring casualty figures against ../shared/datasets/casualties: exact match of (min, max,
 * qualifier) on killed and on injured, null matching null (README: null = "no deaths stated");
 * subset recall over (of, group, count); and, on texts judged to state no casualties, how often a
 * figure is produced anyway (false-positive rate).
 */

export interface CountLike {
  min: number | null;
  max: number | null;
  qualifier: string;
}

export interface SubsetLike {
  of: string;
  group: string;
  count: number;
}

export interface CasualtyAnnotation {
  killed: CountLike | null;
  injured: CountLike | null;
  subsets: SubsetLike[];
}

export interface CasualtyScores {
  /** Share of records whose killed figure matches exactly (null = null counts as a match). */
  killed_accuracy: number;
  injured_accuracy: number;
  /** The same, only over records whose gold figure is not null. */
  killed_accuracy_stated: number | null;
  injured_accuracy_stated: number | null;
  subset_recall: number | null;
  subset_precision: number | null;
}

/** Exact match of one figure: min, max and qualifier all equal, or both null. */
export function sameCount(gold: CountLike | null, pred: CountLike | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  return gold.min === pred.min && gold.max === pred.max && gold.qualifier === pred.qualifier;
}

const key = (s: SubsetLike): string => `${s.of}\u0000${s.group.toLowerCase()}\u0000${s.count}`;

/** Multiset matches of subsets by (of, group, count). */
export function subsetMatches(gold: SubsetLike[], pred: SubsetLike[]): number {
  const left = new Map<string, number>();
  for (const p of pred) left.set(key(p), (left.get(key(p)) ?? 0) + 1);
  let hit = 0;
  for (const g of gold) {
    const n = left.get(key(g)) ?? 0;
    if (n > 0) { hit++; left.set(key(g), n - 1); }
  }
  return hit;
}

/** Scores paired gold and predicted annotations (same order). */
export function scoreCasualties(gold: CasualtyAnnotation[], pred: CasualtyAnnotation[]): CasualtyScores {
  if (gold.length !== pred.length) throw new Error(`scoreCasualties: ${gold.length} gold records but ${pred.length} predictions`);
  let killed = 0, injured = 0, killedStated = 0, killedStatedOk = 0, injuredStated = 0, injuredStatedOk = 0;
  let goldSubsets = 0, predSubsets = 0, subsetHits = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    const k = sameCount(g.killed, p.killed);
    const j = sameCount(g.injured, p.injured);
    killed += Number(k);
    injured += Number(j);
    if (g.killed) { killedStated++; killedStatedOk += Number(k); }
    if (g.injured) { injuredStated++; injuredStatedOk += Number(j); }
    goldSubsets += g.subsets.length;
    predSubsets += p.subsets.length;
    subsetHits += subsetMatches(g.subsets, p.subsets);
  });
  const n = gold.length;
  return {
    killed_accuracy: n ? killed / n : 0,
    injured_accuracy: n ? injured / n : 0,
    killed_accuracy_stated: killedStated ? killedStatedOk / killedStated : null,
    injured_accuracy_stated: injuredStated ? injuredStatedOk / injuredStated : null,
    subset_recall: goldSubsets ? subsetHits / goldSubsets : null,
    subset_precision: predSubsets ? subsetHits / predSubsets : null,
  };
}

/** Share of texts (all stating no casualties) for which a figure was produced anyway. */
export function falsePositiveRate(pred: CasualtyAnnotation[]): number | null {
  if (!pred.length) return null;
  return pred.filter((p) => p.killed !== null || p.injured !== null).length / pred.length;
}
