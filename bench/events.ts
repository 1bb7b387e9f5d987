/**
 * @module bench/events
 * CPU cost of the events stage per FA-KES article, alone: the articles are analysed up to the
 * places stage once, then `analyzeEvents` and its two largest parts (`findCasualties`,
 * `docTriggers`) run over them, pass after pass, and the median per-pass CPU time per article is
 * printed. For before/after figures run it at both commits on the same machine, alternating; the
 * stage costs about twice as much inside the pipeline (caches shared with the other stages).
 * Run: `node --import tsx bench/events.ts [passes]` (needs ../shared/datasets/fa-kes).
 */
import { join } from 'node:path';
import { datasetsRoot, readJsonl } from '../src/eval/data.js';
import type { Doc } from '../src/document/types.js';
import { segment } from '../src/segment/index.js';
import { recognizeEntities } from '../src/entities/index.js';
import { canonicalizeEntities } from '../src/actors/index.js';
import { findTimes } from '../src/time/index.js';
import { findPlaces } from '../src/places/index.js';
import { analyzeEvents } from '../src/events/index.js';
import { findCasualties } from '../src/events/casualties/index.js';
import { docTriggers } from '../src/events/triggers.js';

const passes = Number(process.argv[2] ?? 15);
const articles = readJsonl<{ text: string; title?: string }>(join(datasetsRoot(), 'fa-kes', 'fa-kes.jsonl'));
const docs: Doc[] = articles.map((a) => {
  let doc = segment(a.text, a.title ? { title: a.title } : {});
  doc = { ...doc, entities: canonicalizeEntities(doc, recognizeEntities(doc)) };
  doc = { ...doc, times: findTimes(doc) };
  return { ...doc, places: findPlaces(doc) };
});

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const parts: [string, (d: Doc) => unknown][] = [['analyzeEvents', analyzeEvents], ['findCasualties', findCasualties], ['docTriggers', docTriggers]];
const times = new Map<string, number[]>(parts.map(([name]) => [name, []]));
for (let p = 0; p < passes + 1; p++) {
  for (const [name, f] of parts) {
    const t0 = cpuMs();
    for (const d of docs) f(d);
    // The first pass warms the code and the memos up; it is not counted.
    if (p > 0) times.get(name)!.push((cpuMs() - t0) / docs.length);
  }
}
for (const [name, v] of times) {
  v.sort((a, b) => a - b);
  console.log(`${name.padEnd(15)} median ${v[v.length >> 1].toFixed(3)}  min ${v[0].toFixed(3)} ms CPU per FA-KES article (${docs.length} articles, ${passes} passes)`);
}
