/**
 * @module analyze
 * The library's front door: one article in, one `sitrep/article@1` report out. Pure: the same
 * input gives the same report; nothing is read from the network or kept between calls.
 */
import type { ArticleReport, Doc } from './document/types.js';
import { validateArticle, type ArticleInput } from './input/article.js';
import { runPipeline } from './pipeline/index.js';
import { toReport } from './report/index.js';

/** Analyses one article (or a bare string of body text). Throws InputError on invalid input. */
export function analyze(input: ArticleInput | string): ArticleReport {
  return toReport(analyzeDoc(input));
}

/** Like `analyze`, but returns the Doc with every layer, for stages and tools that want tokens. */
export function analyzeDoc(input: ArticleInput | string): Doc {
  const { text, meta } = validateArticle(input);
  return runPipeline(text, meta);
}
