/**
 * @module eval/tasks/stance
 * `sitrep eval stance`: FNC-1 headline-versus-body stance. The pairs in ../shared are the ones the
 * shipped model was fitted on, so the default mode reports five-fold cross-validation split by body
 * (each fold refits on the other bodies): the figure to expect on unseen pairs. `--set mode=shipped`
 * scores the shipped weights on the same pairs instead (in-sample, for a regression check only).
 */
import { join } from 'node:path';
import type { EvalResult, EvalTask, MetricValue } from '../types.js';
import { readJsonl, requireData } from '../data.js';
import { fncScores, type FncScores, type Stance } from '../metrics/fnc.js';
import { hashedIdf } from '../../integrity/stance-features.js';
import { bodySentences, headlineStance, IDF_BITS, IDF_SCALE } from '../../integrity/stance.js';
import { buildIdfTable, crossValidate, DEFAULT_PARAMS, featurize, type Body, type Pair } from '../../integrity/stance-train.js';

function metrics(s: FncScores): Record<string, MetricValue> {
  return {
    score: +s.score.toFixed(2),
    macroF1: s.macroF1,
    perClassF1: { ...s.perClassF1 },
    confusion: Object.fromEntries(Object.entries(s.confusion).map(([g, row]) => [`gold_${g}`, { ...row }])),
  };
}

export const task: EvalTask = {
  name: 'stance',
  summary: 'FNC-1 stance of body toward headline: weighted score % and macro-F1 (body-split CV by default)',
  defaultData: 'fnc1',
  async run(opts): Promise<EvalResult> {
    const dir = requireData(opts.data, ['pairs.jsonl', 'bodies.jsonl']);
    const pairs = readJsonl<Pair>(join(dir, 'pairs.jsonl'), opts.limit);
    const bodies = readJsonl<Body>(join(dir, 'bodies.jsonl'));
    const notes: string[] = [];
    if (opts.limit) notes.push(`limited to the first ${opts.limit} pairs`);
    const mode = opts.flags?.mode === 'shipped' ? 'shipped' : 'cv';
    if (mode === 'shipped') {
      const byId = new Map(bodies.map((b) => [b.body_id, bodySentences(b.body)]));
      const pred: Stance[] = pairs.map((p) => headlineStance(p.headline, byId.get(p.body_id) ?? []).verdict);
      notes.push('shipped weights scored on the pairs they were fitted on: in-sample, not a generalisation figure');
      return { task: 'stance', dataset: `FNC-1 (${pairs.length} pairs), shipped model`, metrics: metrics(fncScores(pairs.map((p) => p.stance), pred)),
        counts: { pairs: pairs.length, bodies: byId.size }, notes };
    }
    requireData(dir, ['unlabelled_train_bodies.jsonl']);
    const idf = buildIdfTable(readJsonl<Body>(join(dir, 'unlabelled_train_bodies.jsonl')).map((b) => b.body));
    const rows = featurize(pairs, bodies, hashedIdf(idf, IDF_BITS, IDF_SCALE));
    const s = crossValidate(rows, DEFAULT_PARAMS);
    notes.push('five-fold cross-validation split by body, refitting the two-stage linear model per fold (IDF from the unlabelled training bodies)');
    notes.push('published on the full competition test set: winner 82.02%, RoBERTa 90.01%');
    return { task: 'stance', dataset: `FNC-1 (${s.pairs} pairs, ${new Set(pairs.map((p) => p.body_id)).size} bodies)`, metrics: metrics(s),
      counts: { pairs: s.pairs }, notes };
  },
};
