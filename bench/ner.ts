/**
 * @module bench/ner
 * The entity recogniser's own speed: tokens per second on one core over already segmented texts
 * (segmentation is timed elsewhere), the model's load time from disk, its size on disk and the
 * heap the loaded model holds. Called by `npm run bench`; runnable alone:
 * `node --import tsx bench/ner.ts FILE.txt…` (one article per file).
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/segment/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { decodeModel, MODEL_URL } from '../src/entities/model.js';

export interface NerBench {
  /** Tokens per second of CPU time (user + system) of this process: one core's throughput. */
  tokensPerSecond: number;
  /** Tokens per second of wall-clock time: lower than the CPU figure when the machine is busy. */
  wallTokensPerSecond: number;
  loadMs: number;
  /** Model file size on disk, MB. */
  modelMB: number;
  /**
   * Heap and typed-array memory held by the loaded model and its word cache after one pass over
   * the texts, MB (exact with --expose-gc; without it, garbage may inflate it).
   */
  memoryMB: number;
}

function usedBytes(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export async function benchNer(texts: string[]): Promise<NerBench> {
  const docs = texts.map((t) => segment(t));
  const tokens = docs.reduce((n, d) => n + d.tokens.length, 0);
  const before = usedBytes();
  const t0 = performance.now();
  const model = decodeModel(readFileSync(MODEL_URL));
  const loadMs = performance.now() - t0;
  // Warm-up pass (fills the word cache) so the figure is the steady state of a long-running ingest.
  for (const d of docs) recognizeEntities(d, model);
  const memoryMB = (usedBytes() - before) / 1e6;
  let rounds = 0;
  let secs = 0;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  while (rounds < 1 || (secs < 2 && rounds < 20)) {
    for (const d of docs) recognizeEntities(d, model);
    rounds++;
    secs = (performance.now() - start) / 1000;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  return {
    tokensPerSecond: Math.round((tokens * rounds) / cpuSecs),
    wallTokensPerSecond: Math.round((tokens * rounds) / secs),
    loadMs: Math.round(loadMs * 10) / 10,
    modelMB: Math.round((statSync(MODEL_URL).size / 1e6) * 100) / 100,
    memoryMB: Math.round(memoryMB * 10) / 10,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node --import tsx bench/ner.ts FILE.txt…');
    process.exit(2);
  }
  console.log(await benchNer(files.map((f) => readFileSync(f, 'utf8'))));
}
