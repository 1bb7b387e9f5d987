/**
 * @module bench/places
 * The places stage's own cost on one core: gazetteer load time and memory (a fresh load from the
 * built file), and articles per second through recognition + resolution (`findPlaces`) over
 * already segmented documents, with the segmentation-included figure beside it. Called by
 * `npm run bench`; runnable alone: `node --import tsx bench/places.ts` (uses the LGL and GeoVirus
 * texts from ../shared/datasets when present, else a few built-in sentences).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/segment/index.js';
import { findPlaces } from '../src/places/index.js';
import { DEFAULT_GAZETTEER } from '../src/places/gazetteer.js';
import { GazetteerStore } from '../src/places/store.js';
import { datasetsRoot } from '../src/eval/data.js';

export interface PlacesBench {
  /** Wall-clock articles per second through findPlaces on segmented documents. */
  articlesPerSecond: number;
  /** The same per second of this process's CPU time: steadier than wall time on a shared machine. */
  articlesPerCpuSecond: number;
  /** Articles per second when segmentation is included. */
  articlesPerSecondWithSegment: number;
  loadMs: number;
  memoryMB: number;
  meanChars: number;
  placesPerArticle: number;
}

export async function benchPlaces(texts: string[]): Promise<PlacesBench> {
  const path = process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER;
  if (!existsSync(path)) throw new Error(`gazetteer not built (${path}): run \`npm run build:gazetteer\``);
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const fresh = new GazetteerStore(readFileSync(path));
  const loadMs = performance.now() - t0;
  const memoryMB = (process.memoryUsage().rss - rss0) / 1e6;
  if (fresh.size === 0) throw new Error('gazetteer is empty');

  const docs = texts.map((t) => segment(t, {}));
  for (const d of docs.slice(0, 20)) findPlaces(d);
  // Enough rounds for at least ~1 s of work so the figure is stable on a shared machine.
  let rounds = 0, found = 0;
  const t1 = performance.now();
  const cpu0 = process.cpuUsage();
  do {
    for (const d of docs) found += findPlaces(d).length;
    rounds++;
  } while (performance.now() - t1 < 1000);
  const secs = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const t2 = performance.now();
  for (const t of texts) findPlaces(segment(t, {}));
  const withSeg = (performance.now() - t2) / 1000;
  return {
    articlesPerSecond: (docs.length * rounds) / secs,
    articlesPerCpuSecond: (docs.length * rounds) / cpuSecs,
    articlesPerSecondWithSegment: texts.length / withSeg,
    loadMs,
    memoryMB,
    meanChars: texts.reduce((n, t) => n + t.length, 0) / texts.length,
    placesPerArticle: found / (docs.length * rounds),
  };
}

const SAMPLE = [
  'Syrian government forces shelled villages near Maarat al-Numan in Idlib province on Sunday, the Britain-based Syrian Observatory for Human Rights said. Residents fled north towards the Turkish border at Bab al-Hawa.',
  'An air strike on a market in Saada, Yemen, killed at least 12 people, medics said. The Saudi-led coalition denied targeting civilians in the northern governorate.',
];

function defaultTexts(): string[] {
  const dir = join(datasetsRoot(), 'geoparsing');
  const out: string[] = [];
  for (const f of ['lgl.jsonl', 'geovirus.jsonl']) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  return out.length ? out : SAMPLE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchPlaces(defaultTexts());
  console.log(JSON.stringify(r, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 1));
}
