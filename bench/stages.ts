/**
 * @module bench/stages
 * Where the whole pipeline's time goes: each stage of the compiled pipeline timed inside it,
 * article after article in pipeline order (so each stage pays the cache and heap traffic of the
 * others, as in `analyze`), wall milliseconds per article. The stages warm up on the first half of
 * the corpus (three passes) and are timed on one pass over the second half: several stages keep per-word caches
 * across articles (entity word pairs, place candidates, the integrity word table), so timing
 * repeated passes over the same texts would measure a cache no real stream enjoys (on FA-KES the
 * repeated-pass total was 2.6 ms against 4 ms on unseen text, 2026-11-25). Called by
 * `npm run bench`; the stage list mirrors src/pipeline/index.ts.
 */
import type { Doc } from '../src/document/types.js';
import { compiledModule } from './engine.js';

type Fn<A extends unknown[], R> = (...a: A) => R;
const { segment } = await compiledModule<{ segment: Fn<[string, Doc['meta']], Doc> }>('segment/index');
const { recognizeEntities } = await compiledModule<{ recognizeEntities: Fn<[Doc], NonNullable<Doc['entities']>> }>('entities/index');
const { canonicalizeEntities } = await compiledModule<{ canonicalizeEntities: Fn<[Doc, NonNullable<Doc['entities']>], NonNullable<Doc['entities']>> }>('actors/index');
const { findTimes } = await compiledModule<{ findTimes: Fn<[Doc], NonNullable<Doc['times']>> }>('time/index');
const { findPlaces } = await compiledModule<{ findPlaces: Fn<[Doc], NonNullable<Doc['places']>> }>('places/index');
const { extractEvents } = await compiledModule<{ extractEvents: Fn<[Doc], NonNullable<Doc['events']>> }>('events/index');
const { checkIntegrity } = await compiledModule<{ checkIntegrity: Fn<[Doc], NonNullable<Doc['integrity']>> }>('integrity/index');

export const STAGES = ['segment', 'ner', 'actors', 'time', 'places', 'events', 'integrity'] as const;
export type StageTimes = Record<(typeof STAGES)[number] | 'total', number>;

/** One pass in pipeline order, adding each stage's wall milliseconds to `ms`. */
function pass(articles: readonly { title?: string; text: string; published?: string }[], ms: StageTimes): void {
  for (const a of articles) {
    let t = performance.now();
    const lap = (k: (typeof STAGES)[number]): void => { const n = performance.now(); ms[k] += n - t; t = n; };
    let doc = segment(a.text, { title: a.title, published: a.published });
    lap('segment');
    const ents = recognizeEntities(doc);
    lap('ner');
    doc = { ...doc, entities: canonicalizeEntities(doc, ents) };
    lap('actors');
    doc = { ...doc, times: findTimes(doc) };
    lap('time');
    doc = { ...doc, places: findPlaces(doc) };
    lap('places');
    doc = { ...doc, events: extractEvents(doc) };
    lap('events');
    checkIntegrity(doc);
    lap('integrity');
  }
}

const zero = (): StageTimes => Object.fromEntries([...STAGES, 'total'].map((k) => [k, 0])) as StageTimes;

/** Per-stage milliseconds per article on the unseen second half, after warming on the first. */
export async function benchStages(articles: { title?: string; text: string; published?: string }[]): Promise<StageTimes> {
  const half = Math.floor(articles.length / 2);
  // Three passes: the optimising compiler needs a few hundred calls of each hot function.
  for (let r = 0; r < 3; r++) pass(articles.slice(0, half), zero());
  const timed = articles.slice(half);
  const ms = zero();
  pass(timed, ms);
  const out = zero();
  for (const k of STAGES) out[k] = ms[k] / Math.max(1, timed.length);
  out.total = STAGES.reduce((sum, k) => sum + out[k], 0);
  return out;
}
