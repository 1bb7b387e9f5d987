/**
 * @module bench/corpus
 * The texts a benchmark runs on: the FA-KES articles from ../shared/datasets by default (real
 * Syrian-war news, 388 articles), or a JSONL/text folder given with --corpus; the bundled samples
 * when neither is present (said clearly, since figures on 15 short texts mean little).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetsRoot } from '../src/eval/data.js';
import { loadSamples } from '../src/cli/samples.js';
import type { ArticleInput } from '../src/input/article.js';

export interface BenchCorpus { name: string; articles: ArticleInput[] }

export function loadBenchCorpus(path?: string): BenchCorpus {
  const file = path ?? join(datasetsRoot(), 'fa-kes', 'fa-kes.jsonl');
  if (!existsSync(file)) {
    if (path) throw new Error(`bench corpus not found: ${path}`);
    process.stderr.write(`bench: ${file} is absent (../shared/datasets is not on this machine); falling back to the 15 bundled samples\n`);
    return { name: 'bundled samples', articles: loadSamples() };
  }
  const articles: ArticleInput[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (typeof r.text !== 'string' || !r.text.trim()) continue;
    articles.push({ id: String(r.id ?? articles.length), text: r.text, ...(typeof r.title === 'string' ? { title: r.title } : {}) });
  }
  return { name: file, articles };
}
