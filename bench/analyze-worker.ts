/**
 * @module bench/analyze-worker
 * A worker for the all-cores measurement: analyses the articles it is sent, `rounds` times, and
 * reports how many it did. Before timing it analyses its share WARM_PASSES times, so that the
 * figure is steady state like the one-core run's (which warms on the whole corpus, twice a
 * worker's share): a cold thread needs ~300 ms for its first article (lazy loads) and ~14 ms an
 * article for the next ~50 (JIT tiers, empty caches), and its optimising compiler is still busy
 * well after one pass over half of FA-KES. Warmed by one pass, two workers read 255 articles/s at
 * 7.7 ms of process CPU an article; by four, 425/s at 4.5 ms (one worker: 300/s and 353/s;
 * 2026-11-25, while other jobs ran).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from './engine.js';
import type { ArticleInput } from '../src/input/article.js';

const WARM_PASSES = 4;
const { articles, rounds } = workerData as { articles: ArticleInput[]; rounds: number };
for (let w = 0; w < WARM_PASSES; w++) for (const a of articles) analyze(a);
parentPort!.once('message', () => {
  let n = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) { analyze(a); n++; }
  parentPort!.postMessage({ n, ms: performance.now() - t0 });
});
parentPort!.postMessage({ ready: true });
