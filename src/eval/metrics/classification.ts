/**
 * @module eval/metrics/classification
 * Single-label multi-class F1 as CASE 2021 task 2 scored it (scikit-learn's `f1_score` with
 * average = micro, macro, weighted): per-class precision/recall/F1, micro F1 (equal to accuracy
 * for single-label data), macro F1 (unweighted mean over the classes present in gold or
 * prediction) and weighted F1 (mean weighted by gold support).
 */

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  /** Number of gold items of this class. */
  support: number;
  predicted: number;
}

export interface ClassificationScores {
  micro: number;
  macro: number;
  weighted: number;
  accuracy: number;
  perClass: Record<string, ClassScore>;
  n: number;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Scores predictions against gold labels, pairwise. `labels` fixes the classes to average over
 * (scikit-learn's `labels=`); by default, every class seen in gold or prediction.
 */
export function classificationScores(gold: readonly string[], pred: readonly string[], labels?: readonly string[]): ClassificationScores {
  if (gold.length !== pred.length) throw new Error(`classificationScores: ${gold.length} gold labels but ${pred.length} predictions`);
  const classes = labels ? [...labels] : [...new Set([...gold, ...pred])].sort();
  const tp = new Map<string, number>();
  const goldN = new Map<string, number>();
  const predN = new Map<string, number>();
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    goldN.set(gold[i], (goldN.get(gold[i]) ?? 0) + 1);
    predN.set(pred[i], (predN.get(pred[i]) ?? 0) + 1);
    if (gold[i] === pred[i]) {
      tp.set(gold[i], (tp.get(gold[i]) ?? 0) + 1);
      correct++;
    }
  }
  const perClass: Record<string, ClassScore> = {};
  let macroSum = 0;
  let weightedSum = 0;
  let supportSum = 0;
  let tpSum = 0;
  let predSum = 0;
  let goldSum = 0;
  for (const c of classes) {
    const t = tp.get(c) ?? 0;
    const g = goldN.get(c) ?? 0;
    const p = predN.get(c) ?? 0;
    const precision = p ? t / p : 0;
    const recall = g ? t / g : 0;
    const score = f1(precision, recall);
    perClass[c] = { precision, recall, f1: score, support: g, predicted: p };
    macroSum += score;
    weightedSum += score * g;
    supportSum += g;
    tpSum += t;
    predSum += p;
    goldSum += g;
  }
  const microP = predSum ? tpSum / predSum : 0;
  const microR = goldSum ? tpSum / goldSum : 0;
  return {
    micro: f1(microP, microR),
    macro: classes.length ? macroSum / classes.length : 0,
    weighted: supportSum ? weightedSum / supportSum : 0,
    accuracy: gold.length ? correct / gold.length : 0,
    perClass,
    n: gold.length,
  };
}
