/**
 * @module eval/tasks/timex
 * `sitrep eval timex`: TempEval-3 Task A (time expressions) on the TBAQ training data in
 * ../shared/datasets/tempeval3 (TimeBank and AQUAINT), each document segmented and run through the
 * time stage with its `dct` as the publication date. Scores per corpus and combined, micro-averaged.
 * `--errors FILE` writes every missed, spurious or mis-valued expression as TSV for inspection.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, requireData } from '../data.js';
import type { EvalTask, MetricValue } from '../types.js';
import { addCounts, countDocument, emptyCounts, scoreCounts, type TimexCounts, type TimexSpan } from '../metrics/timex.js';
import { segment } from '../../segment/index.js';
import { findTimes } from '../../time/index.js';

interface Record {
  id: string;
  dct: string;
  text: string;
  timexes: Array<{ start: number; end: number; type: string; value: string | null; text: string }>;
}

const FILES: Array<[string, string]> = [['timebank', 'train_timebank.jsonl'], ['aquaint', 'train_aquaint.jsonl']];

function metricsOf(c: TimexCounts): { [key: string]: MetricValue } {
  const s = scoreCounts(c);
  const r = (x: number): number => Math.round(x * 10000) / 10000;
  return {
    strict_precision: r(s.strict.precision), strict_recall: r(s.strict.recall), strict_f1: r(s.strict.f1),
    relaxed_precision: r(s.relaxed.precision), relaxed_recall: r(s.relaxed.recall), relaxed_f1: r(s.relaxed.f1),
    type_accuracy: r(s.type_accuracy), type_f1: r(s.type_f1),
    value_accuracy: r(s.value_accuracy), value_f1: r(s.value_f1),
  };
}

function describe(rec: Record, gold: TimexSpan[], sys: TimexSpan[]): string[] {
  const lines: string[] = [];
  const ctx = (s: number, e: number): string =>
    (rec.text.slice(Math.max(0, s - 40), s) + '[[' + rec.text.slice(s, e) + ']]' + rec.text.slice(e, e + 30)).replace(/\s+/g, ' ');
  for (const g of gold) {
    const s = sys.find((x) => x.start < g.end && g.start < x.end);
    if (!s) lines.push(['MISS', rec.dct, g.type, g.value, '', ctx(g.start, g.end)].join('\t'));
    else if (s.start !== g.start || s.end !== g.end) lines.push(['SPAN', rec.dct, g.type, g.value, s.value, `${ctx(g.start, g.end)} || sys: ${rec.text.slice(s.start, s.end)}`].join('\t'));
    else if (s.value !== g.value || s.type !== g.type) lines.push(['VALUE', rec.dct, `${g.type}/${s.type}`, g.value, s.value, ctx(g.start, g.end)].join('\t'));
  }
  for (const s of sys) {
    if (!gold.some((g) => s.start < g.end && g.start < s.end)) lines.push(['SPURIOUS', rec.dct, s.type, '', s.value, ctx(s.start, s.end)].join('\t'));
  }
  return lines;
}

export const task: EvalTask = {
  name: 'timex',
  summary: 'TempEval-3 Task A time expressions (TimeBank + AQUAINT): strict/relaxed F1, type and value F1',
  defaultData: 'tempeval3',
  async run(opts) {
    const t0 = Date.now();
    const dir = requireData(opts.data, FILES.map(([, f]) => f));
    const metrics: { [key: string]: MetricValue } = {};
    const counts: { [key: string]: number } = {};
    const errors: string[] = [];
    let all = emptyCounts();
    let docs = 0;
    for (const [name, file] of FILES) {
      let c = emptyCounts();
      for (const rec of readJsonl<Record>(join(dir, file), opts.limit)) {
        const doc = segment(rec.text, { published: rec.dct, id: rec.id });
        const sys: TimexSpan[] = findTimes(doc);
        const gold: TimexSpan[] = rec.timexes.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
        c = addCounts(c, countDocument(gold, sys));
        if (opts.flags?.errors) errors.push(...describe(rec, gold, sys));
        docs++;
      }
      metrics[name] = metricsOf(c);
      counts[`${name}_gold`] = c.gold;
      counts[`${name}_system`] = c.system;
      all = addCounts(all, c);
    }
    Object.assign(metrics, metricsOf(all));
    if (typeof opts.flags?.errors === 'string') writeFileSync(opts.flags.errors, errors.join('\n') + '\n');
    return {
      task: 'timex',
      dataset: `TempEval-3 TBAQ training data (${docs} documents: TimeBank + AQUAINT)`,
      metrics,
      counts: { documents: docs, gold: all.gold, system: all.system, ...counts },
      notes: [
        'Top-level metrics are TimeBank + AQUAINT combined (micro); per-corpus figures under timebank/aquaint.',
        'This is the tuning data; published figures (HeidelTime value F1 0.776, strict F1 0.813) are on the unseen TE3 platinum test set.',
        ...(opts.limit ? [`limited to ${opts.limit} records per file`] : []),
      ],
      seconds: (Date.now() - t0) / 1000,
    };
  },
};
