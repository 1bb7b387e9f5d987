/**
 * @module cli/load
 * The analysis stages, loaded on first use. Loading them reads the NER model, the gazetteer and
 * the other tables (about a second of CPU), which `sitrep --help`, `sitrep events` or an ingest
 * whose analysis runs on worker threads should not pay on the main thread.
 */
import type { analyze as Analyze } from '../analyze.js';

let loaded: Promise<typeof Analyze> | undefined;

/** The `analyze` function, importing the pipeline the first time it is asked for. */
export function loadAnalyze(): Promise<typeof Analyze> {
  loaded ??= import('../analyze.js').then((m) => m.analyze);
  return loaded;
}
