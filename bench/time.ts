/**
 * @module bench/time
 * The time stage's own speed on one core: MB of article text per CPU-second through `findTimes`
 * over already segmented documents (segmentation is timed by the whole-pipeline bench), plus the
 * figure with segmentation included for reference. Called by `npm run bench`; runnable alone:
 * `node --import tsx bench/time.ts FILE.txt…` (one article per file; without files, the
 * TempEval-3 texts from ../shared/datasets when present).
 *
 * `--against DIR` compares with another copy of the stage (DIR/src/time/index.ts, e.g. from
 * `git archive REV src | tar -x -C DIR`) in the same process on the same segmented documents:
 * both alternate over many rounds, the medians of CPU per article are printed, and the outputs
 * must be identical. `--no-date` segments without a publication date (as prof.ts does with FA-KES).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Doc } from '../src/document/types.js';
import { segment } from '../src/segment/index.js';
import { findTimes } from '../src/time/index.js';
import { datasetsRoot } from '../src/eval/data.js';

export interface TimeBench {
  /** MB of text per second through findTimes alone. */
  mbPerSecond: number;
  /** MB per second for segment + findTimes. */
  mbPerSecondWithSegment: number;
  expressionsPerArticle: number;
}

const PUBLISHED = '2019-10-15';

export async function benchTime(texts: string[]): Promise<TimeBench> {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const docs = texts.map((t) => segment(t, { published: PUBLISHED }));
  for (const d of docs.slice(0, 20)) findTimes(d);
  // Enough rounds for at least ~1 s of work so the figure is stable on a shared machine.
  // CPU time of this thread, not wall time: the figure is per core even on a loaded machine.
  let rounds = 0, found = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  do {
    for (const d of docs) found += findTimes(d).length;
    rounds++;
  } while (performance.now() - t0 < 1000);
  const cpu = process.cpuUsage(c0);
  const secs = (cpu.user + cpu.system) / 1e6;
  const c1 = process.cpuUsage();
  for (const t of texts) findTimes(segment(t, { published: PUBLISHED }));
  const cpu1 = process.cpuUsage(c1);
  const withSeg = (cpu1.user + cpu1.system) / 1e6;
  return {
    mbPerSecond: (bytes * rounds) / 1e6 / secs,
    mbPerSecondWithSegment: bytes / 1e6 / withSeg,
    expressionsPerArticle: found / rounds / Math.max(1, texts.length),
  };
}

function jsonlTexts(p: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

function defaultTexts(): string[] {
  const dir = join(datasetsRoot(), 'tempeval3');
  return ['train_timebank.jsonl', 'train_aquaint.jsonl'].map((f) => join(dir, f)).filter((p) => existsSync(p)).flatMap(jsonlTexts);
}

type FindTimes = typeof findTimes;

/** Median CPU ms per document of `a` and `b`, alternating which runs first, after checking their outputs agree. */
function compare(docs: Doc[], a: FindTimes, b: FindTimes, rounds = 31): { a: number; b: number; differ: number } {
  let differ = 0;
  for (const d of docs) if (JSON.stringify(a(d)) !== JSON.stringify(b(d))) differ++;
  const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const ta: number[] = [], tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [f, out] of (r % 2 ? [[a, ta], [b, tb]] : [[b, tb], [a, ta]]) as Array<[FindTimes, number[]]>) {
      const t0 = cpu();
      for (const d of docs) f(d);
      out.push((cpu() - t0) / docs.length);
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  return { a: median(ta), b: median(tb), differ };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--against');
  const against = at >= 0 ? args.splice(at, 2)[1] : null;
  const nd = args.indexOf('--no-date');
  const noDate = nd >= 0 && args.splice(nd, 1).length > 0;
  // One article per file, or one per line of a .jsonl file with a "text" field.
  const texts = args.length ? args.flatMap((f) => (f.endsWith('.jsonl') ? jsonlTexts(f) : [readFileSync(f, 'utf8')])) : defaultTexts();
  if (!texts.length) {
    console.error('bench/time: no texts (pass article files, or provide ../shared/datasets/tempeval3)');
    process.exit(2);
  }
  if (against) {
    const other = (await import(pathToFileURL(resolve(against, 'src/time/index.ts')).href)) as { findTimes: FindTimes };
    const docs = texts.map((t) => segment(t, noDate ? {} : { published: PUBLISHED }));
    const r = compare(docs, findTimes, other.findTimes);
    console.log(`time: ${docs.length} articles, CPU ms per article (median): this ${r.a.toFixed(4)}, ${against} ${r.b.toFixed(4)}; outputs differ on ${r.differ}`);
  } else {
    const r = await benchTime(texts);
    console.log(`time: ${texts.length} articles, findTimes ${r.mbPerSecond.toFixed(2)} MB/s, with segmentation ${r.mbPerSecondWithSegment.toFixed(2)} MB/s, ${r.expressionsPerArticle.toFixed(1)} expressions/article`);
  }
}
