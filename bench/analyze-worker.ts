/**
 * @module bench/analyze-worker
 * A worker for the all-cores measurement: analyses the articles it is sent, `rounds` times, and
 * reports how many it did.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from './engine.js';
import type { ArticleInput } from '../src/input/article.js';

const { articles, rounds } = workerData as { articles: ArticleInput[]; rounds: number };
// Warm up on this worker's own articles, as the one-core figure is warmed, so both measure steady state.
for (const a of articles.slice(0, 40)) analyze(a);
parentPort!.once('message', () => {
  let n = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) { analyze(a); n++; }
  parentPort!.postMessage({ n, ms: performance.now() - t0 });
});
parentPort!.postMessage({ ready: true });
