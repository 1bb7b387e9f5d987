import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ingest } from '../../src/corpus/ingest.js';
import { readSources } from '../../src/corpus/sources/files.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { HTML_PAGE, RSS, STRIKE_COPY, STRIKE_WIRE, VOTE, tempDir, write } from './helpers.js';

const TABLES = ['articles', 'reports', 'signatures', 'lsh_bands', 'sentence_keys', 'duplicates', 'provenance', 'stories', 'story_articles', 'events', 'event_reports'];

function snapshot(store: SqliteStore): string {
  return JSON.stringify(TABLES.map((t) => store.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}

function corpus(dir: string): void {
  write(dir, {
    'wire.txt': STRIKE_WIRE,
    'copy.txt': STRIKE_COPY,
    'vote.txt': VOTE,
    'feed.xml': RSS,
    'page.html': HTML_PAGE,
  });
}

test('ingesting the same batch twice changes nothing', async () => {
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, 'x.db'));
  try {
    corpus(join(dir, 'in'));
    const first = await ingest(readSources([join(dir, 'in')]), store, { workers: 0 });
    assert.equal(first.added, 6);
    assert.equal(first.problems, 0);
    const before = snapshot(store);
    const second = await ingest(readSources([join(dir, 'in')]), store, { workers: 0 });
    assert.equal(second.added, 0);
    assert.equal(second.known, 6);
    assert.equal(second.rebuild, null, 'nothing new: the corpus is not recomputed');
    assert.equal(snapshot(store), before);
  } finally {
    await store.close();
    cleanup();
  }
});

test('a wire copy is grouped as a near-duplicate and its sentences point to the earlier article', async () => {
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, 'x.db'));
  try {
    // The copy is ingested first but published a day later: provenance follows publication.
    write(dir, {
      'in/batch.jsonl': [
        JSON.stringify({ text: STRIKE_COPY, published: '2024-03-05', source: 'Paper' }),
        JSON.stringify({ text: STRIKE_WIRE, published: '2024-03-04', source: 'Wire' }),
        JSON.stringify({ text: VOTE, published: '2024-03-04', source: 'Wire' }),
      ].join('\n'),
    });
    await ingest(readSources([join(dir, 'in')]), store, { workers: 0 });
    const arts = await store.listArticles();
    const wire = arts.find((a) => a.source === 'Wire' && a.text.includes('Tarrow'))!;
    const copy = arts.find((a) => a.source === 'Paper')!;
    const dups = await store.listDuplicates();
    assert.deepEqual(dups.map((d) => [d.articleId, d.groupId]).sort(), [[copy.id, wire.id], [wire.id, wire.id]].sort());
    const prov = await store.listProvenance(copy.id);
    // Sentence 1 (dateline dropped) and 2 are copies; sentence 3 gained a closing "witnesses added".
    assert.deepEqual(prov.map((p) => p.kind), ['copy', 'copy', 'rewrite']);
    for (const p of prov) {
      assert.equal(p.sourceArticleId, wire.id);
      assert.equal(copy.text.slice(p.start, p.end).split(' ').length > 5, true);
    }
    assert.equal((await store.listProvenance(wire.id)).length, 0);
    const stories = await store.listStories();
    const strikeStory = stories.find((s) => s.articles.includes(wire.id))!;
    assert.ok(strikeStory.articles.includes(copy.id));
    assert.ok(!strikeStory.articles.includes(arts.find((a) => a.text.includes('Kessland'))!.id));
    assert.equal(strikeStory.start, '2024-03-04');
    assert.equal(strikeStory.end, '2024-03-05');
  } finally {
    await store.close();
    cleanup();
  }
});

test('bad input is reported and skipped; what was stored before is untouched; the worker pool analyses', async () => {
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, 'x.db'));
  try {
    write(dir, { 'first/vote.txt': VOTE });
    await ingest(readSources([join(dir, 'first')]), store, { workers: 0 });
    const before = JSON.stringify(await store.listArticles()) + JSON.stringify([...(await store.listReports())]);
    // Enough articles to start the worker pool (more than the inline limit).
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ text: `Road ${i} in Oldport was repaved by crew ${i * 3} over the weekend, the council said.` }));
    lines.splice(10, 0, '{"text": "cut off');
    write(dir, { 'second/batch.jsonl': lines.join('\n'), 'second/blob.bin': Uint8Array.from([1, 2, 0, 3]), 'second/vote.txt': VOTE });
    const problems: string[] = [];
    const r = await ingest(readSources([join(dir, 'second')]), store, { workers: 1, onProblem: (m) => problems.push(m) });
    assert.equal(r.added, 60);
    assert.equal(r.known, 1);
    assert.equal(r.problems, 2);
    assert.ok(problems.some((p) => /batch\.jsonl: line 11: not valid JSON/.test(p)), problems.join('\n'));
    assert.ok(problems.some((p) => /blob\.bin: .*binary/.test(p)), problems.join('\n'));
    const after = await store.listArticles();
    assert.equal(after.length, 61);
    const vote = after[0];
    assert.equal(JSON.stringify([vote]) + JSON.stringify([[vote.id, await store.getReport(vote.id)]]), before);
    assert.equal((await store.getReport(after[30].id))?.schema, 'sitrep/article@1');
  } finally {
    await store.close();
    cleanup();
  }
});

test('with several workers, articles are stored in input order whatever order their analyses finish in', async () => {
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, 'x.db'));
  try {
    // The first batch is slow (long articles), so the second worker finishes its short ones first.
    const long = (i: number) => Array.from({ length: 40 }, (_, k) => `Crews in district ${i} cleared drain ${k} after the storm, the office said.`).join(' ');
    const lines = Array.from({ length: 64 }, (_, i) => JSON.stringify({ id: `a${i}`, text: i < 8 ? long(i) : `Road ${i} in Oldport was repaved over the weekend, the council said.` }));
    write(dir, { 'in/batch.jsonl': lines.join('\n') });
    const r = await ingest(readSources([join(dir, 'in')]), store, { workers: 2, skipRebuild: true });
    assert.equal(r.added, 64);
    assert.deepEqual((await store.listArticles()).map((a) => a.externalId), lines.map((_, i) => `a${i}`));
  } finally {
    await store.close();
    cleanup();
  }
});

test('an ingest on the worker pool (stories grouped on a worker) stores the same corpus as one in this thread', async () => {
  const { dir, cleanup } = tempDir();
  const derived = (store: SqliteStore): string =>
    JSON.stringify(['duplicates', 'provenance', 'stories', 'story_articles', 'events', 'event_reports'].map((t) => store.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
  // More articles than the inline limit, so that the pool runs; two situations, so that there are stories to group.
  const lines = [STRIKE_WIRE, STRIKE_COPY, VOTE].map((text, i) => JSON.stringify({ text, published: `2024-03-0${4 + i}` }));
  for (let i = 0; i < 60; i++) lines.push(JSON.stringify({ text: `Road ${i} in ${i % 2 ? 'Oldport' : 'Newbury'} was repaved by crew ${i * 3} over the weekend, the council said.` }));
  const pooled = new SqliteStore(join(dir, 'pool.db'));
  const inline = new SqliteStore(join(dir, 'inline.db'));
  try {
    write(dir, { 'in/batch.jsonl': lines.join('\n') });
    const a = await ingest(readSources([join(dir, 'in')]), pooled, { workers: 2 });
    const b = await ingest(readSources([join(dir, 'in')]), inline, { workers: 0 });
    assert.equal(a.added, 63);
    assert.ok(a.rebuild!.stories < 63 && a.rebuild!.stories > 1, `stories: ${a.rebuild!.stories}`);
    assert.deepEqual(a.rebuild, b.rebuild);
    assert.equal(derived(pooled), derived(inline));
  } finally {
    await pooled.close();
    await inline.close();
    cleanup();
  }
});

test('a rerun that adds nothing still rebuilds a corpus whose rebuild never ran', async () => {
  const { dir, cleanup } = tempDir();
  const store = new SqliteStore(join(dir, 'x.db'));
  try {
    corpus(join(dir, 'in'));
    // As if killed after its writes: articles stored, no rebuild.
    await ingest(readSources([join(dir, 'in')]), store, { workers: 0, skipRebuild: true });
    assert.equal((await store.listStories()).length, 0);
    const rerun = await ingest(readSources([join(dir, 'in')]), store, { workers: 0 });
    assert.equal(rerun.added, 0);
    assert.equal(rerun.rebuild?.articles, 6);
    assert.equal((await store.listStories()).flatMap((s) => s.articles).length, 6);
  } finally {
    await store.close();
    cleanup();
  }
});
