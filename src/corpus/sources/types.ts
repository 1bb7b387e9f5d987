/**
 * @module corpus/sources/types
 * What every source yields: an article ready for `analyze`, with where it came from, or a problem
 * with its location (the ingest reports it and goes on).
 */
import type { ArticleInput } from '../../input/article.js';
import type { InputError } from '../../input/errors.js';

export type SourceItem =
  | { ok: true; input: ArticleInput; origin: string }
  | { ok: false; error: InputError };
