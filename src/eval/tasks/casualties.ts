/**
 * @module eval/tasks/casualties
 * `sitrep eval casualties`: killed and injured figures on ../shared/datasets/casualties/dev.jsonl
 * (109 CASE 2021 snippets annotated by hand; a development set, tuned on), scored by exact match
 * of (min, max, qualifier) and subset recall. False positives are measured on the other 169
 * snippets of ../case2021_task2/snippets.jsonl: the casualties README says all 278 were read and
 * those not selected report no casualties. FA-KES articles are run too, but they are Syrian-war
 * casualty reports (their credibility label comes from matching casualty records), so the share
 * with a figure there is a coverage figure, not a false-positive rate.
 * `--set errors=FILE` writes every mismatch as TSV.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl, requireData } from '../data.js';
import type { EvalTask, MetricValue } from '../types.js';
import { type CasualtyAnnotation, type CountLike, falsePositiveRate, sameCount, scoreCasualties, subsetMatches } from '../metrics/casualties.js';
import { segment } from '../../segment/index.js';
import { findCasualties, mainCasualties } from '../../events/casualties/index.js';

interface GoldRecord extends CasualtyAnnotation {
  id: string;
  text: string;
}

const r4 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10000) / 10000);
const show = (c: CountLike | null): string => (c ? `${c.min ?? '-'}..${c.max ?? '-'} ${c.qualifier}` : 'null');

function predict(text: string): CasualtyAnnotation {
  const m = mainCasualties(segment(text));
  return { killed: m.killed, injured: m.injured, subsets: m.subsets };
}

export const task: EvalTask = {
  name: 'casualties',
  summary: 'killed/injured figures (min, max, qualifier) and subsets on the casualties dev set; false positives on CASE snippets without casualties',
  defaultData: 'casualties',
  async run(opts) {
    const t0 = Date.now();
    const dir = requireData(opts.data, ['dev.jsonl']);
    const gold = readJsonl<GoldRecord>(join(dir, 'dev.jsonl'), opts.limit);
    const pred = gold.map((g) => predict(g.text));
    const s = scoreCasualties(gold, pred);
    const metrics: Record<string, MetricValue> = {
      killed_accuracy: r4(s.killed_accuracy),
      injured_accuracy: r4(s.injured_accuracy),
      killed_accuracy_stated: r4(s.killed_accuracy_stated),
      injured_accuracy_stated: r4(s.injured_accuracy_stated),
      subset_recall: r4(s.subset_recall),
      subset_precision: r4(s.subset_precision),
    };
    const counts: Record<string, number> = {
      records: gold.length,
      killed_stated: gold.filter((g) => g.killed).length,
      injured_stated: gold.filter((g) => g.injured).length,
      gold_subsets: gold.reduce((n, g) => n + g.subsets.length, 0),
    };
    const notes = ['single-annotator development set, tuned on: expect lower figures on unseen text'];
    if (opts.limit !== undefined) notes.push(`limited to the first ${opts.limit} records`);

    const errors: string[] = [];
    gold.forEach((g, i) => {
      const p = pred[i];
      if (!sameCount(g.killed, p.killed)) errors.push(['KILLED', g.id, show(g.killed), show(p.killed), g.text.slice(0, 160)].join('\t'));
      if (!sameCount(g.injured, p.injured)) errors.push(['INJURED', g.id, show(g.injured), show(p.injured), g.text.slice(0, 160)].join('\t'));
      if (subsetMatches(g.subsets, p.subsets) < g.subsets.length) {
        errors.push(['SUBSETS', g.id, g.subsets.map((x) => `${x.of}:${x.group}:${x.count}`).join(','), p.subsets.map((x) => `${x.of}:${x.group}:${x.count}`).join(','), g.text.slice(0, 160)].join('\t'));
      }
    });

    // False positives: CASE snippets read for the casualties set and left out of it.
    const snippets = join(dir, '..', 'case2021_task2', 'snippets.jsonl');
    if (existsSync(snippets)) {
      const annotated = new Set(readJsonl<GoldRecord>(join(dir, 'dev.jsonl')).map((g) => g.id));
      const negatives = readJsonl<{ id: string; text: string }>(snippets).filter((r) => !annotated.has(r.id));
      const negPred = negatives.map((r) => predict(r.text));
      metrics.false_positive_rate = r4(falsePositiveRate(negPred));
      counts.negatives = negatives.length;
      counts.negatives_with_figure = negPred.filter((p) => p.killed || p.injured).length;
      negatives.forEach((r, i) => {
        const p = negPred[i];
        if (p.killed || p.injured) errors.push(['FALSE_POS', r.id, 'null', `${show(p.killed)} / ${show(p.injured)}`, r.text.slice(0, 160)].join('\t'));
      });
    } else {
      notes.push(`no false-positive figure: ${snippets} not found`);
    }

    const fakes = join(dir, '..', 'fa-kes', 'fa-kes.jsonl');
    if (existsSync(fakes)) {
      const articles = readJsonl<{ id: string; text: string }>(fakes);
      let withFigure = 0;
      let absurd = 0;
      for (const a of articles) {
        const p = predict(a.text);
        if (p.killed || p.injured) withFigure++;
        if (findCasualties(segment(a.text)).some((m) => m.flags?.some((f) => f.startsWith('absurd_figure')))) absurd++;
      }
      metrics.fakes_with_figure_rate = r4(articles.length ? withFigure / articles.length : null);
      counts.fakes_articles = articles.length;
      counts.fakes_absurd_flagged = absurd;
      notes.push('fakes_with_figure_rate: FA-KES articles are casualty reports, so this is coverage, not a false-positive rate');
    }

    if (typeof opts.flags?.errors === 'string') writeFileSync(opts.flags.errors, errors.join('\n') + '\n');
    return {
      task: 'casualties',
      dataset: `casualties dev (${gold.length} snippets)`,
      metrics,
      counts,
      notes,
      seconds: (Date.now() - t0) / 1000,
    };
  },
};
