/**
 * @module sitrep
 * Public surface: `analyze` and the report types. Everything else is internal.
 */
export { analyze, analyzeDoc } from './analyze.js';
export { InputError } from './input/errors.js';
export type { ArticleInput } from './input/article.js';
export type * from './document/types.js';
