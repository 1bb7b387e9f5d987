/**
 * @module bench/integrity
 * The integrity stage's own cost: CPU milliseconds per article through `checkIntegrity` (headline
 * stance, coherence, spin) over already segmented documents, models loaded beforehand (median of
 * at least five passes over the texts). Each text's
 * first sentence serves as its headline so the stance model always runs. Called by `npm run bench`;
 * runnable alone: `node --import tsx bench/integrity.ts FILE.txt…` (one article per file; without
 * files, the held-out FA-KES and FNC-1 bodies from ../shared/datasets when present).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/segment/index.js';
import { checkIntegrity } from '../src/integrity/index.js';
import { loadNews } from '../src/integrity/corpus.js';

export interface IntegrityBench {
  msPerArticle: number;
  /** Mean article length in characters, to say what "typical" meant. */
  charsPerArticle: number;
}

export async function benchIntegrity(texts: string[]): Promise<IntegrityBench> {
  const docs = texts.map((t) => {
    const d = segment(t);
    const first = d.sentences[0];
    return { ...d, meta: { title: first ? t.slice(first.start, first.end) : '' } };
  });
  for (const d of docs) checkIntegrity(d);
  // CPU time of this thread per pass over the texts, for at least ~1 s and 5 passes; the median
  // pass is reported, so one pass slowed by other processes on a shared machine does not decide.
  const passes: number[] = [];
  const t0 = performance.now();
  while (passes.length < 5 || performance.now() - t0 < 1000) {
    const c0 = process.cpuUsage();
    for (const d of docs) checkIntegrity(d);
    const cpu = process.cpuUsage(c0);
    passes.push((cpu.user + cpu.system) / 1000 / Math.max(1, docs.length));
  }
  passes.sort((a, b) => a - b);
  return {
    msPerArticle: passes[Math.floor(passes.length / 2)],
    charsPerArticle: texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const texts = files.length
    ? files.map((f) => readFileSync(f, 'utf8'))
    : loadNews().filter((a) => a.heldOut && (a.source === 'fa-kes' || a.source === 'fnc1-test')).map((a) => a.text);
  if (!texts.length) {
    console.error('bench/integrity: no texts (pass article files, or provide ../shared/datasets)');
    process.exit(2);
  }
  const r = await benchIntegrity(texts);
  console.log(`integrity: ${texts.length} articles of ${r.charsPerArticle.toFixed(0)} chars, ${r.msPerArticle.toFixed(3)} ms/article`);
}
