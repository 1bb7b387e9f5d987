/**
 * @module bench/time
 * The time stage's own speed on one core: MB of article text per CPU-second through `findTimes`
 * over already segmented documents (segmentation is timed by the whole-pipeline bench), plus the
 * figure with segmentation included for reference. Called by `npm run bench`; runnable alone:
 * `node --import tsx bench/time.ts FILE.txt…` (one article per file; without files, the
 * TempEval-3 texts from ../shared/datasets when present).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

function defaultTexts(): string[] {
  const dir = join(datasetsRoot(), 'tempeval3');
  const out: string[] = [];
  for (const f of ['train_timebank.jsonl', 'train_aquaint.jsonl']) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const texts = files.length ? files.map((f) => readFileSync(f, 'utf8')) : defaultTexts();
  if (!texts.length) {
    console.error('bench/time: no texts (pass article files, or provide ../shared/datasets/tempeval3)');
    process.exit(2);
  }
  const r = await benchTime(texts);
  console.log(`time: ${texts.length} articles, findTimes ${r.mbPerSecond.toFixed(2)} MB/s, with segmentation ${r.mbPerSecondWithSegment.toFixed(2)} MB/s, ${r.expressionsPerArticle.toFixed(1)} expressions/article`);
}
