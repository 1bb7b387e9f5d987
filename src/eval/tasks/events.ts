/**
 * @module eval/tasks/events
 * `sitrep eval events`: CASE 2021 shared task 2 (fine-grained event classification of news
 * snippets, 30 types). Each snippet runs through the whole pipeline; its predicted type is the
 * events stage's dominant type (OTHER when no event is found). Scored with micro, macro and
 * weighted F1 over the types, as the shared task did.
 */
import { join } from 'node:path';
import { classificationScores } from '../metrics/classification.js';
import { readJsonl, requireData } from '../data.js';
import type { EvalTask, MetricValue } from '../types.js';
import { runPipeline } from '../../pipeline/index.js';
import { analyzeEvents } from '../../events/index.js';

interface Snippet {
  id: string;
  text: string;
  label: string;
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

export const task: EvalTask = {
  name: 'events',
  summary: 'CASE 2021 task 2: event type of news snippets (micro/macro/weighted F1 over 30 types)',
  defaultData: 'case2021_task2',
  async run(opts) {
    const t0 = performance.now();
    const dir = requireData(opts.data, ['snippets.jsonl']);
    const rows = readJsonl<Snippet>(join(dir, 'snippets.jsonl'), opts.limit);
    const gold: string[] = [];
    const pred: string[] = [];
    const errors: string[] = [];
    for (const r of rows) {
      const doc = runPipeline(r.text);
      const p = analyzeEvents(doc).dominant ?? 'OTHER';
      gold.push(r.label);
      pred.push(p);
      if (opts.flags?.errors && p !== r.label) errors.push(`${r.id}\t${r.label}\t${p}`);
    }
    const s = classificationScores(gold, pred);
    const perType: Record<string, MetricValue> = {};
    for (const [label, c] of Object.entries(s.perClass)) if (c.support) perType[label] = round(c.f1);
    const notes = [
      'Published best on the full CASE 2021 test set: weighted F1 0.771 over 30 types (Haneczok et al. 2021).',
      'No training data: types come from a hand-written lexicon (src/events/lexicon) built from the ACLED codebook.',
    ];
    if (opts.limit !== undefined) notes.push(`limited to the first ${opts.limit} snippets`);
    if (errors.length) notes.push(`errors (id, gold, predicted):\n${errors.join('\n')}`);
    return {
      task: 'events',
      dataset: `CASE 2021 task 2 snippets (${rows.length})`,
      metrics: { micro_f1: round(s.micro), macro_f1: round(s.macro), weighted_f1: round(s.weighted), per_type_f1: perType },
      counts: { snippets: rows.length, correct: Math.round(s.accuracy * rows.length), types_in_gold: Object.keys(perType).length },
      notes,
      seconds: (performance.now() - t0) / 1000,
    };
  },
};
