/**
 * @module bench/ingest
 * Ingest throughput: articles into a fresh SQLite store in a temporary folder, analysis on every
 * core included, with the corpus rebuild (duplicates, provenance, stories, events) at the end.
 * `articlesPerSecond` counts everything from the first read to the last commit, worker start-up
 * and rebuild included; `steadyPerSecond` leaves out the start-up and the rebuild (the rate a
 * long ingest approaches).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/corpus/ingest.js';
import type { SourceItem } from '../src/corpus/sources/types.js';
import { SqliteStore } from '../src/store/sqlite.js';

export async function benchIngest(
  articles: { id: string; title?: string; text: string; published?: string }[],
): Promise<{ articlesPerSecond: number; steadyPerSecond: number; articles: number; seconds: number; rebuildSeconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const store = new SqliteStore(join(dir, 'bench.db'));
  try {
    const items: SourceItem[] = articles.map((a, i) => ({ ok: true, input: { ...a }, origin: `bench:${i + 1}` }));
    let first = 0;
    let last = 0;
    const t0 = performance.now();
    const summary = await ingest(items, store, {
      onProgress: (done) => {
        if (done === 1) first = performance.now();
        last = performance.now();
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    const steady = summary.added > 1 && last > first ? (summary.added - 1) / ((last - first) / 1000) : 0;
    return {
      articlesPerSecond: summary.added / seconds,
      steadyPerSecond: steady,
      articles: summary.added,
      seconds,
      rebuildSeconds: seconds - (last - t0) / 1000,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
