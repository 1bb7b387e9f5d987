/**
 * @module bench/stages
 * Where the whole pipeline's time goes: each stage of the compiled pipeline timed inside it,
 * article after article in pipeline order (so each stage pays the cache and heap traffic of the
 * others, as in `analyze`), wall milliseconds per article, the median of `rounds` rounds. Called by
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

export async function benchStages(articles: { title?: string; text: string; published?: string }[], rounds = 3): Promise<StageTimes> {
  const perRound: StageTimes[] = [];
  for (let r = 0; r <= rounds; r++) {
    const ms = Object.fromEntries([...STAGES, 'total'].map((k) => [k, 0])) as StageTimes;
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
    // Round 0 warms the code up and is not counted.
    if (r > 0) perRound.push(ms);
  }
  const out = {} as StageTimes;
  for (const k of STAGES) {
    const v = perRound.map((m) => m[k] / articles.length).sort((x, y) => x - y);
    out[k] = v[Math.floor(v.length / 2)];
  }
  out.total = STAGES.reduce((s, k) => s + out[k], 0);
  return out;
}
