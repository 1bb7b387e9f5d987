/**
 * @module eval/metrics/conlleval
 * Entity-level exact-match scoring as the CoNLL shared tasks' conlleval script computes it:
 * a predicted chunk counts only if its start, end and type all match a gold chunk. Tags are read
 * as BIO/IOB1 (conlleval's chunk-start rules); figures are percentages, as conlleval prints them.
 */
import { spansFromTags } from '../../entities/tags.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface ConllScore {
  overall: PRF;
  /** Token accuracy over all tags, as conlleval reports it. */
  accuracy: number;
  byType: Record<string, PRF>;
}

export function prf(correct: number, predicted: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : (100 * correct) / predicted;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/** Scores sentences of gold and predicted tags (equal lengths per sentence, else it throws). */
export function conlleval(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): ConllScore {
  if (gold.length !== pred.length) throw new Error(`conlleval: ${gold.length} gold sentences, ${pred.length} predicted`);
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (type: string, key: 'g' | 'p' | 'c'): void => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { g: 0, p: 0, c: 0 }));
    c[key]++;
  };
  let tokens = 0;
  let tokenRight = 0;
  for (let k = 0; k < gold.length; k++) {
    const g = gold[k];
    const p = pred[k];
    if (g.length !== p.length) throw new Error(`conlleval: sentence ${k} has ${g.length} gold tags, ${p.length} predicted`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) tokenRight++;
    const gs = spansFromTags(g);
    const ps = spansFromTags(p);
    const goldKeys = new Set(gs.map((s) => `${s.start}:${s.end}:${s.type}`));
    for (const s of gs) bump(s.type, 'g');
    for (const s of ps) {
      bump(s.type, 'p');
      if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) bump(s.type, 'c');
    }
  }
  const byType: Record<string, PRF> = {};
  let G = 0, P = 0, C = 0;
  for (const [type, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    byType[type] = prf(c.c, c.p, c.g);
    G += c.g;
    P += c.p;
    C += c.c;
  }
  return { overall: prf(C, P, G), accuracy: tokens === 0 ? 0 : (100 * tokenRight) / tokens, byType };
}
