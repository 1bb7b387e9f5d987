/**
 * @module bench/analyze-worker
 * A worker for the all-cores measurement: analyses the articles it is sent, `rounds` times, and
 * reports how many it did. Before timing it analyses its whole share once, as the one-core run
 * does, so both figures are steady state: a cold thread needs ~300 ms for its first article (lazy
 * loads) and ~14 ms an article for the next ~50 (JIT tiers, empty caches) before settling near
 * 4.6 ms (FA-KES, compiled, 2026-11-25). Warmed on 40 articles only, the all-cores run timed that
 * warm-up and read 0.89x one core, while two warmed threads reach 1.45x.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze } from './engine.js';
import type { ArticleInput } from '../src/input/article.js';

const { articles, rounds } = workerData as { articles: ArticleInput[]; rounds: number };
for (const a of articles) analyze(a);
parentPort!.once('message', () => {
  let n = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const a of articles) { analyze(a); n++; }
  parentPort!.postMessage({ n, ms: performance.now() - t0 });
});
parentPort!.postMessage({ ready: true });
