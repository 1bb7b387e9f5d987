import { test } from 'node:test';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { readSources } from '../../src/corpus/sources/files.js';
import { readFeed, looksLikeFeed } from '../../src/corpus/sources/feed.js';
import { readHtml } from '../../src/corpus/sources/html.js';
import { HTML_PAGE, RSS, STRIKE_WIRE, tempDir, write } from './helpers.js';

const BOMB = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0"><channel><title>t</title><item><title>&c;</title><description>x</description></item></channel></rss>`;
const XXE = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&x;</title><description>x</description></item></channel></rss>`;

test('an RSS feed yields its items with title, link, date and source', () => {
  assert.ok(looksLikeFeed(RSS));
  const items = readFeed(RSS, 'feed.xml');
  assert.equal(items.length, 2);
  const first = items[0];
  assert.ok(first.ok);
  if (!first.ok) return;
  assert.equal(first.input.title, 'Bridge reopens in Norvale after floods');
  assert.equal(first.input.url, 'https://feed.invalid/bridge');
  assert.equal(first.input.published, '2024-03-05');
  assert.equal(first.input.source, 'Test Feed');
  assert.match(first.input.text, /^The main bridge in Norvale reopened/);
  assert.doesNotMatch(first.input.text, /<p>/);
});

test('entity bombs and external entities are refused before parsing; a truncated feed is an error', () => {
  assert.throws(() => readFeed(BOMB, 'bomb.xml'), /declares XML entities/);
  assert.throws(() => readFeed(XXE, 'xxe.xml'), /declares XML entities/);
  assert.throws(() => readFeed(RSS.slice(0, RSS.length / 2), 'cut.xml'), /not a valid feed/);
});

test('an HTML page gives its article through Readability; scripts never run', () => {
  const a = readHtml(HTML_PAGE, 'page.html');
  assert.equal(a.title, 'Quarry collapse traps miners');
  assert.equal(a.published, '2024-04-02');
  assert.equal(a.url, 'https://herald.invalid/quarry');
  assert.equal(a.source, 'Test Herald');
  assert.match(a.text, /trapping at least nine miners/);
  assert.doesNotMatch(a.text, /Home \| World/);
  assert.equal((globalThis as { pwned?: boolean }).pwned, undefined);
  assert.throws(() => readHtml('<html><body><p>Login</p></body></html>', 'login.html'), /no article found/);
});

test('a folder of mixed good and bad files: each problem named with its path (and line), the rest read', () => {
  const { dir, cleanup } = tempDir();
  try {
    write(dir, {
      'a/strike.txt': STRIKE_WIRE,
      'a/photo.jpg': Uint8Array.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46]),
      'b/batch.jsonl': '{"text": "One line article about a council meeting in Norvale that lasted all day.", "id": "j1"}\n{"text": "broken\n{"title": "no text"}\n\n{"text": "Another complete line about road repairs in Oldport.", "published": "2024-03-01"}\n',
      'b/feed.xml': RSS,
      'b/bomb.xml': BOMB,
      'b/cut.rss': RSS.slice(0, 300),
      'c/page.html': HTML_PAGE,
      'c/empty.html': '<!doctype html><html><body><div>Nothing here</div></body></html>',
      '.hidden/x.txt': 'hidden files are skipped entirely',
    });
    const items = [...readSources([dir])];
    const good = items.filter((i) => i.ok);
    const bad = items.flatMap((i) => (i.ok ? [] : [i.error.describe()]));
    assert.equal(good.length, 1 + 2 + 2 + 1, `good: ${good.length}`);
    const expect = [/photo\.jpg: .*binary/, /batch\.jsonl: line 2: not valid JSON/, /batch\.jsonl: line 3: .*no "text"/, /bomb\.xml: .*entities/, /cut\.rss: .*not a valid feed/, /empty\.html: no article found/];
    assert.equal(bad.length, expect.length, bad.join('\n'));
    for (const re of expect) assert.ok(bad.some((b) => re.test(b)), `no problem matching ${re}: ${bad.join(' | ')}`);
    const strike = good.find((g) => g.ok && g.input.title?.startsWith('Jets strike'));
    assert.ok(strike, 'the text file takes its first line as the headline');
    assert.equal([...readSources([dir + '/missing'])][0].ok, false);
    symlinkSync(dir, join(dir, 'a', 'loop'));
    assert.equal([...readSources([dir])].length, items.length, 'a link back up the tree is not walked again');
  } finally {
    cleanup();
  }
});

test('a folder with a manifest is read through it, with its metadata', () => {
  const { dir, cleanup } = tempDir();
  try {
    write(dir, {
      'one.txt': STRIKE_WIRE,
      'README.md': '# not an article',
      'manifest.json': JSON.stringify({ articles: [{ file: 'one.txt', id: 's1', published: '2024-03-04', source: 'Test Wire', url: 'https://t.invalid/1' }] }),
    });
    const items = [...readSources([dir])];
    assert.equal(items.length, 1);
    assert.ok(items[0].ok && items[0].input.published === '2024-03-04' && items[0].input.id === 's1');
  } finally {
    cleanup();
  }
});
