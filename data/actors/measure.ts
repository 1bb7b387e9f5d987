/**
 * Development measurements of the actor layer (not a benchmark task: no gold canonical names exist).
 * 1. Coverage: how many hand-annotated perpetrator and attribution mentions of the casualties dev set
 *    (../shared/datasets/casualties, read-only) an actor found by findActors overlaps.
 * 2. Context: on FA-KES (all Syrian-war news), how many articles get Syria as country context.
 * 3. Speed: CPU time of findActors on a 1,600-character wire-style article written for this script,
 *    the one-time dictionary build, and canonicalizeEntities (the pipeline's actors stage) per FA-KES
 *    article, warm, on freshly segmented documents with NER entities computed once beforehand.
 *
 * Run: node --import tsx data/actors/measure.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { segment } from '../../src/segment/index.js';
import { canonicalizeEntities, findActors } from '../../src/actors/index.js';
import { recognizeEntities } from '../../src/entities/index.js';
import { articleContext } from '../../src/actors/context.js';
import { dictionary } from '../../src/actors/dictionary.js';

const DATA = new URL('../../../shared/datasets/', import.meta.url);

function jsonl(path: string): Array<Record<string, unknown>> {
  return readFileSync(new URL(path, DATA), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

function coverage(): void {
  const rows = jsonl('casualties/dev.jsonl');
  for (const field of ['perpetrator', 'attribution']) {
    let n = 0;
    let hit = 0;
    for (const r of rows) {
      const gold = r[field];
      const text = r.text as string;
      if (typeof gold !== 'string' || !text.includes(gold)) continue;
      const at = text.indexOf(gold);
      n++;
      if (findActors(segment(text)).some((m) => m.start < at + gold.length && at < m.end)) hit++;
    }
    console.log(`casualties dev ${field}: ${hit}/${n} gold mentions overlapped by an actor (${((100 * hit) / n).toFixed(1)}%)`);
  }
  const fakes = jsonl('fa-kes/fa-kes.jsonl');
  const syria = fakes.filter((r) => articleContext(segment(r.text as string)).country === 'SY').length;
  console.log(`FA-KES country context = Syria: ${syria}/${fakes.length} (${((100 * syria) / fakes.length).toFixed(1)}%), without a places layer`);
}

function speed(): void {
  const paragraph =
    'Syrian government forces and Russian warplanes pounded rebel-held Idlib on Sunday, killing at least 14 civilians, ' +
    'the Britain-based Syrian Observatory for Human Rights said. The army also shelled villages, the Observatory said, ' +
    'while state news agency SANA reported that regime forces repelled an attack by Hayat Tahrir al-Sham. Turkey, which ' +
    'backs some rebel factions, condemned the strikes. Washington warned Damascus against a wider offensive, and the UN ' +
    'Security Council will meet on Tuesday. Protesters in Idlib city denounced the assault, witnesses said. ';
  const text = paragraph.repeat(4).slice(0, 1600);
  const doc = segment(text);
  for (let i = 0; i < 2000; i++) findActors(doc);
  const n = 5000;
  const c1 = process.cpuUsage();
  for (let i = 0; i < n; i++) findActors(doc);
  const ms = process.cpuUsage(c1).user / 1000 / n;
  console.log(`findActors: ${ms.toFixed(3)} ms CPU per 1,600-char article (${doc.tokens.length} tokens, ${findActors(doc).length} actors), ${Math.round(doc.tokens.length / ms * 1000)} tokens/s`);
}

function fakesSpeed(): void {
  const arts = jsonl('fa-kes/fa-kes.jsonl').map((r) => ({ text: r.text as string, title: r.title as string }));
  const entities = arts.map((a) => recognizeEntities(segment(a.text, { title: a.title })));
  const perArticle: number[] = [];
  for (let round = 0; round < 8; round++) {
    // Fresh documents each round, as in the pipeline (the token index is cached per token list).
    const docs = arts.map((a) => segment(a.text, { title: a.title }));
    const c = process.cpuUsage();
    docs.forEach((d, i) => canonicalizeEntities(d, entities[i]));
    const u = process.cpuUsage(c);
    if (round >= 2) perArticle.push((u.user + u.system) / 1000 / docs.length);
  }
  perArticle.sort((a, b) => a - b);
  console.log(`canonicalizeEntities on FA-KES: ${perArticle[perArticle.length >> 1].toFixed(3)} ms CPU per article (median of 6 warm rounds; min ${perArticle[0].toFixed(3)})`);
}

const c0 = process.cpuUsage();
dictionary();
console.log(`dictionary build (first use): ${(process.cpuUsage(c0).user / 1000).toFixed(0)} ms CPU`);
if (existsSync(DATA)) coverage();
else console.log('../shared/datasets not found: skipping coverage');
speed();
if (existsSync(DATA)) fakesSpeed();
