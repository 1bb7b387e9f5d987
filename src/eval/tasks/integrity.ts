/**
 * @module eval/tasks/integrity
 * `sitrep eval integrity`: the stitched-and-spun benchmark, generated at run time (seeded) from the
 * held-out fifth of the news corpora in ../shared/datasets (src/integrity/corpus.ts), which the
 * shipped statistics and models never saw.
 * - coherence: stitched bodies (k = 2..4 sources) against the real held-out articles, whole;
 *   stitched precision/recall/F1 and the false-alarm rate on real single-source articles;
 * - spin: three spinner edits per held-out article; recall of the edits (a flag overlapping the
 *   edited span), per kind, and flags per real unedited article (all counted as false).
 * `--set stitched=N` sets the number of stitched bodies (default 600), `--set seed=S` the seed.
 */
import type { EvalResult, EvalTask } from '../types.js';
import { requireData } from '../data.js';
import { loadNews } from '../../integrity/corpus.js';
import { segment } from '../../segment/index.js';
import { checkCoherence } from '../../integrity/coherence.js';
import { findSpin } from '../../integrity/spin.js';
import { makeStitched, spin } from '../../integrity/synth.js';
import { mulberry32 } from '../../util/random.js';

export const task: EvalTask = {
  name: 'integrity',
  summary: 'stitched-body detection and spin recall on a seeded stitched-and-spun benchmark from held-out news',
  defaultData: '.',
  async run(opts): Promise<EvalResult> {
    const root = requireData(opts.data);
    const seed = Number(opts.flags?.seed ?? 2026);
    const nStitched = Number(opts.flags?.stitched ?? 600);
    let held = loadNews(root).filter((a) => a.natural && a.heldOut);
    if (!held.length) throw new Error(`no news corpora found under ${root}`);
    if (opts.limit) held = held.slice(0, opts.limit);
    const notes: string[] = [];
    if (opts.limit) notes.push(`limited to the first ${opts.limit} held-out articles`);

    // Coherence: real whole articles (negatives) and stitched bodies (positives).
    let realJudged = 0;
    let falseAlarms = 0;
    for (const a of held) {
      const c = checkCoherence(segment(a.text));
      if (!c) continue;
      realJudged++;
      if (c.verdict === 'stitched') falseAlarms++;
    }
    const stitched = makeStitched(held, nStitched, seed);
    let caught = 0;
    const byK: Record<string, { n: number; caught: number }> = {};
    for (const s of stitched) {
      const k = `k${s.sources.length}`;
      byK[k] ??= { n: 0, caught: 0 };
      byK[k].n++;
      if (checkCoherence(segment(s.text))?.verdict === 'stitched') { caught++; byK[k].caught++; }
    }
    const precision = caught + falseAlarms ? caught / (caught + falseAlarms) : 0;
    const recall = stitched.length ? caught / stitched.length : 0;

    // Spin: edits on held-out articles, and flags on the same articles unedited.
    const rand = mulberry32(seed + 1);
    const byKind: Record<string, { gold: number; found: number }> = {};
    let gold = 0;
    let found = 0;
    let flagsOnEdited = 0;
    let flagsOffGold = 0;
    let realFlags = 0;
    for (const a of held) {
      realFlags += findSpin(a.text).length;
      const s = spin(a.text, 3, rand);
      const flags = findSpin(s.text);
      flagsOnEdited += flags.length;
      for (const g of s.gold) {
        const hit = flags.some((f) => f.start < g.end && g.start < f.end);
        byKind[g.kind] ??= { gold: 0, found: 0 };
        byKind[g.kind].gold++;
        gold++;
        if (hit) { byKind[g.kind].found++; found++; }
      }
      flagsOffGold += flags.filter((f) => !s.gold.some((g) => f.start < g.end && g.start < f.end)).length;
    }
    notes.push(`held-out fifth of ${[...new Set(held.map((a) => a.source))].sort().join(', ')}; seed ${seed}`);
    notes.push('spin flags on real articles are all counted as false, though some are the sources\' own typos ("the the")');
    return {
      task: 'integrity',
      dataset: `stitched-and-spun benchmark (${held.length} held-out articles, ${stitched.length} stitched bodies)`,
      metrics: {
        stitched: {
          precision,
          recall,
          f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
          falseAlarmRate: realJudged ? falseAlarms / realJudged : 0,
          recallBySources: Object.fromEntries(Object.entries(byK).sort().map(([k, v]) => [k, v.caught / v.n])),
        },
        spin: {
          recall: gold ? found / gold : 0,
          precision: flagsOnEdited ? (flagsOnEdited - flagsOffGold) / flagsOnEdited : 0,
          falseFlagsPer10Real: held.length ? (10 * realFlags) / held.length : 0,
          recallByKind: Object.fromEntries(Object.entries(byKind).sort().map(([k, v]) => [k, v.gold ? v.found / v.gold : 0])),
        },
      },
      counts: { realArticles: realJudged, stitchedBodies: stitched.length, falseAlarms, caught, spinEdits: gold, spinFound: found, realFlags },
      notes,
    };
  },
};
