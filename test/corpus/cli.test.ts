import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { RSS, STRIKE_COPY, STRIKE_WIRE, VOTE, tempDir, write } from './helpers.js';

/** Runs the CLI in-process, capturing stdout and stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  // The CLI writes strings; the test runner's own (binary) reports pass through untouched.
  process.stdout.write = ((s: string | Uint8Array, ...rest: never[]) => (typeof s === 'string' ? (out.push(s), true) : o(s, ...rest))) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array, ...rest: never[]) => (typeof s === 'string' ? (err.push(s), true) : e(s, ...rest))) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, out: out.join(''), err: err.join('') };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

test('sitrep ingest, stories, events and export work together on a store', async () => {
  const { dir, cleanup } = tempDir();
  try {
    write(dir, { 'in/wire.txt': STRIKE_WIRE, 'in/copy.txt': STRIKE_COPY, 'in/vote.txt': VOTE, 'in/feed.xml': RSS, 'in/bad.jsonl': '{"text": 1}\n' });
    const db = join(dir, 'c.db');
    const ing = await run(['ingest', join(dir, 'in'), '--db', db, '--workers', '0', '--json']);
    assert.equal(ing.code, 1, 'a skipped input gives exit status 1');
    assert.match(ing.err, /bad\.jsonl: line 1: "text" must be a string/);
    assert.equal(JSON.parse(ing.out).added, 5);
    const stories = await run(['stories', '--db', db, '--json']);
    assert.equal(stories.code, 0);
    const list = stories.out.trim().split('\n').map((l) => JSON.parse(l) as { articles: string[] });
    assert.equal(list.length, 1, 'only the wire and its copy form a multi-article story');
    assert.equal(list[0].articles.length, 2);
    assert.equal((await run(['stories', '--db', db, '--all'])).code, 0);
    const events = await run(['events', '--db', db, '--json']);
    assert.equal(events.code, 0);
    const geo = await run(['export', '--db', db, '--format', 'geojson']);
    assert.equal(JSON.parse(geo.out).type, 'FeatureCollection');
    const csv = await run(['export', '--db', db, '--format', 'csv', '--from', '2024-01-01']);
    assert.match(csv.out, /^event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities/);
    assert.equal((await run(['export', '--db', db, '--format', 'xml'])).code, 2);
    assert.equal((await run(['export', '--db', db, '--format', 'csv', '--bbox', '1,2'])).code, 2);
    const quick = await run(['ingest', join(dir, 'in', 'vote.txt'), '--db', join(dir, 'q.db'), '--workers', '0', '--no-rebuild', '--json']);
    assert.equal(JSON.parse(quick.out).rebuild, null);
    const missing = await run(['events', '--db', join(dir, 'none.db')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no store at/);
  } finally {
    cleanup();
  }
});

test('the library entry: ingestPaths, then listStories and listEvents', async () => {
  const { ingestPaths, listEvents, listStories } = await import('../../src/corpus/index.js');
  const { dir, cleanup } = tempDir();
  try {
    write(dir, { 'in/wire.txt': STRIKE_WIRE, 'in/copy.txt': STRIKE_COPY });
    const db = join(dir, 'lib.db');
    assert.deepEqual(await listStories({ db }), []);
    const s = await ingestPaths([join(dir, 'in')], { db, workers: 0 });
    assert.equal(s.added, 2);
    assert.equal((await listStories({ db }))[0].articles.length, 2);
    assert.ok(Array.isArray(await listEvents({ db, from: '2000-01-01' })));
  } finally {
    cleanup();
  }
});
