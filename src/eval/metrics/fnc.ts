/**
 * @module eval/metrics/fnc
 * FNC-1 scoring (fakenewschallenge.org, scorer.py): per pair +0.25 when gold and prediction agree on
 * related-vs-unrelated, +0.75 more when a related gold stance is predicted exactly; reported as a
 * percentage of the best possible score. Macro-F1 over the four stances sits beside it because the
 * weighted score flatters systems that never predict `disagree`.
 */

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

export interface FncScores {
  /** Weighted score as % of the maximum (the competition's headline figure). */
  score: number;
  macroF1: number;
  perClassF1: Record<Stance, number>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<Stance, Record<Stance, number>>;
  accuracy: number;
}

function pairScore(gold: Stance, pred: Stance): number {
  let s = 0;
  const goldRel = gold !== 'unrelated';
  if (goldRel === (pred !== 'unrelated')) s += 0.25;
  if (goldRel && gold === pred) s += 0.75;
  return s;
}

/** Scores predictions against gold stances (same length, same order). */
export function fncScores(gold: readonly Stance[], pred: readonly Stance[]): FncScores {
  if (gold.length !== pred.length) throw new Error(`fncScores: ${gold.length} gold vs ${pred.length} predicted`);
  const confusion = Object.fromEntries(
    STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))]),
  ) as Record<Stance, Record<Stance, number>>;
  let got = 0;
  let best = 0;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    got += pairScore(gold[i], pred[i]);
    best += pairScore(gold[i], gold[i]);
    confusion[gold[i]][pred[i]]++;
    if (gold[i] === pred[i]) correct++;
  }
  const perClassF1 = {} as Record<Stance, number>;
  for (const c of STANCES) {
    const tp = confusion[c][c];
    const goldN = STANCES.reduce((a, p) => a + confusion[c][p], 0);
    const predN = STANCES.reduce((a, g) => a + confusion[g][c], 0);
    perClassF1[c] = goldN + predN === 0 ? 0 : (2 * tp) / (goldN + predN);
  }
  const macroF1 = STANCES.reduce((a, c) => a + perClassF1[c], 0) / STANCES.length;
  return {
    score: best ? (100 * got) / best : 0,
    macroF1,
    perClassF1,
    confusion,
    accuracy: gold.length ? correct / gold.length : 0,
  };
}
