/**
 * @module bench/ingest
 * Ingest throughput: articles into a fresh SQLite store in a temporary folder, analysis on every
 * core included, with the corpus rebuild (duplicates, provenance, stories, events) at the end.
 * - `articlesPerSecond`: wall clock from the first read to the rebuilt corpus, worker start-up
 *   and rebuild included.
 * - `steadyPerSecond`: wall clock between the first and last stored article (the rate a long
 *   ingest approaches).
 * - `cpuMsPerArticle`: process CPU time (all threads) per article, and `idleEstimatePerSecond`,
 *   cores × 1000 / cpuMsPerArticle: what the machine would reach unshared, since wall-clock
 *   figures on a machine shared with other jobs say more about the neighbours than about us.
 * - `writeMsPerArticle`, `rebuildSeconds`: the corpus layer's own cost, analysis excluded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import type { SourceItem } from '../src/corpus/sources/types.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { ArticleEntry } from '../src/store/types.js';

export interface IngestBench {
  articlesPerSecond: number;
  steadyPerSecond: number;
  cpuMsPerArticle: number;
  idleEstimatePerSecond: number;
  writeMsPerArticle: number;
  rebuildSeconds: number;
  articles: number;
  seconds: number;
}

export async function benchIngest(articles: { id: string; title?: string; text: string; published?: string }[]): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  const put = store.putArticle.bind(store);
  let writeMs = 0;
  store.putArticle = async (e: ArticleEntry) => {
    const t = performance.now();
    try { return await put(e); } finally { writeMs += performance.now() - t; }
  };
  try {
    const items: SourceItem[] = articles.map((a, i) => ({ ok: true, input: { ...a }, origin: `bench:${i + 1}` }));
    let first = 0;
    let last = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const summary = await ingest(items, store, {
      onProgress: (done) => {
        if (done === 1) first = performance.now();
        if (done > 0) last = performance.now();
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const n = Math.max(1, summary.added);
    return {
      articlesPerSecond: summary.added / seconds,
      steadyPerSecond: summary.added > 1 && last > first ? (summary.added - 1) / ((last - first) / 1000) : 0,
      cpuMsPerArticle: cpuMs / n,
      idleEstimatePerSecond: (availableParallelism() * 1000) / (cpuMs / n),
      writeMsPerArticle: writeMs / n,
      rebuildSeconds: seconds - (last - t0) / 1000,
      articles: summary.added,
      seconds,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
