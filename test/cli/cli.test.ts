/**
 * The command line as a user meets it: real processes, real files, real exit codes.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');
let dir: string;

function sitrep(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => { dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-')); });
after(() => rmSync(dir, { recursive: true, force: true }));

test('analyze FILE: first line is the headline, JSON report on stdout', () => {
  const f = join(dir, 'a.txt');
  writeFileSync(f, 'Jets strike market\nWarplanes struck a market on Monday. Nine people died.\n');
  const r = sitrep(['analyze', f, '--published', '2019-07-22']);
  assert.equal(r.code, 0, r.err);
  const rep = JSON.parse(r.out);
  assert.equal(rep.schema, 'sitrep/article@1');
  assert.equal(rep.article.title, 'Jets strike market');
  assert.equal(rep.article.published, '2019-07-22');
  assert.equal(rep.sentences.length, 2);
});

test('analyze - reads stdin; --title keeps the whole text as body; --format text is readable', () => {
  const r = sitrep(['analyze', '-', '--title', 'Given headline', '--format', 'text'], 'Body only. Second sentence.');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Given headline\n/);
  assert.match(r.out, /2 sentences/);
  assert.match(r.out, /Events \(\d+\)/);
  assert.match(r.out, /Integrity/);
});

test('analyze: bad inputs get one clear line naming the input, no stack trace', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const bin = join(dir, 'bin.dat');
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  const latin = join(dir, 'latin1.txt');
  writeFileSync(latin, Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x0a, 0x41, 0xe9]));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'Headline\n' + 'Shelling continued in the area. '.repeat(700_000));
  const cases: Array<[string[], RegExp]> = [
    [['analyze', empty], /empty\.txt: the input is empty/],
    [['analyze', bin], /bin\.dat: this is binary data/],
    [['analyze', latin], /latin1\.txt: the input is not valid UTF-8/],
    [['analyze', huge], /huge\.txt: the (file|article) has [\d,]+ (bytes|characters), over the limit/],
    [['analyze', join(dir, 'missing.txt')], /missing\.txt: cannot read the file \(ENOENT\)/],
    [['analyze', '-', '--published', 'last Tuesday'], /--published is not a date/],
    [['analyze', dir], /is a folder/],
  ];
  for (const [args, re] of cases) {
    const r = sitrep(args, 'Some text.');
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, re);
    assert.equal(r.err.trim().split('\n').length, 1, `one line expected: ${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at /);
    assert.equal(r.out, '');
  }
});

test('analyze --jsonl: one report per line in order, bad lines answered in place, summary and exit 1', () => {
  const lines = [
    JSON.stringify({ id: 'a', text: 'Jets struck. Nine died.', published: '2019-07-22' }),
    'this is not json',
    JSON.stringify({ id: 'c', title: 'no text field' }),
    JSON.stringify({ id: 'd', text: 'x', published: '2019-02-30' }),
    '',
    JSON.stringify({ text: 'No id here.' }),
  ].join('\n');
  const r = sitrep(['analyze', '--jsonl'], lines);
  assert.equal(r.code, 1);
  const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 5);
  assert.equal(out[0].article.id, 'a');
  assert.equal(out[0].schema, 'sitrep/article@1');
  assert.deepEqual(Object.keys(out[1]), ['id', 'error']);
  assert.match(out[1].error, /^not_json/);
  assert.equal(out[2].id, 'c');
  assert.match(out[2].error, /^missing_text/);
  assert.match(out[3].error, /^bad_date/);
  assert.equal(out[4].article.id, 'line-6');
  assert.match(r.err, /analysed 2 article\(s\), 3 failed/);
  assert.match(r.err, /line 2 \(id line-2\): not valid JSON/);
});

test('analyze --jsonl: an all-good batch exits 0', () => {
  const r = sitrep(['analyze', '--jsonl'], JSON.stringify({ id: 1, text: 'Calm day.' }) + '\n');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).article.id, '1');
});

test('eval: unknown task and absent data are explained, not crashed', () => {
  const r1 = sitrep(['eval', 'no-such-task']);
  assert.equal(r1.code, 2);
  assert.match(r1.err, /unknown eval task "no-such-task"/);
  const r2 = sitrep(['eval', 'ner'], undefined, { SITREP_DATASETS: join(dir, 'nowhere') });
  if (!/unknown eval task/.test(r2.err)) {
    assert.equal(r2.code, 2);
    assert.match(r2.err, /dataset not found at .*nowhere/);
    assert.doesNotMatch(r2.err, /\n\s+at /);
  }
});

test('unknown command: usage error, exit 2', () => {
  const r = sitrep(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown command/);
});
