/**
 * Fixtures for the corpus tests, written into a temporary folder by each test (short texts written
 * for these tests; nothing comes from the shared datasets).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export function tempDir(prefix = 'sitrep-corpus-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function write(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
}

export const STRIKE_WIRE = `Jets strike fuel depot near Tarrow, killing six
TARROW (Test Wire) — Warplanes struck a fuel depot on the edge of Tarrow on Monday, killing six workers and wounding eleven, a local monitoring group said.
The depot supplied bakeries across the northern district, and residents said queues for bread had already doubled by the evening.
Rescue teams searched the burning site for hours while the fire spread to two nearby warehouses.`;

export const STRIKE_COPY = `Six killed as jets hit Tarrow fuel depot
Warplanes struck a fuel depot on the edge of Tarrow on Monday, killing six workers and wounding eleven, a local monitoring group said.
The depot supplied bakeries across the northern district, and residents said queues for bread had already doubled by the evening.
Rescue teams searched the burning site for hours while the fire spread to two nearby warehouses, witnesses added.`;

export const VOTE = `Kessland votes in tense parliamentary election
Voters in Kessland queued from dawn to elect a new parliament, while the electoral commission promised provisional results within three days.
Observers from neighbouring states reported minor irregularities at a handful of polling stations in the capital.`;

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Feed</title>
<item><title>Bridge reopens in Norvale after floods</title><link>https://feed.invalid/bridge</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;The main bridge in Norvale reopened to traffic on Tuesday, two weeks after floods damaged its eastern pillars and cut the town in two.&lt;/p&gt;</description></item>
<item><title>Market fire contained in Oldport</title><link>https://feed.invalid/fire</link>
<pubDate>Wed, 06 Mar 2024 09:30:00 GMT</pubDate>
<description>Firefighters in Oldport contained a blaze that swept through the covered market overnight; no casualties were reported.</description></item>
</channel></rss>`;

export const HTML_PAGE = `<!doctype html><html><head><title>Quarry collapse traps miners</title>
<meta property="article:published_time" content="2024-04-02T10:00:00Z"><meta property="og:site_name" content="Test Herald">
<link rel="canonical" href="https://herald.invalid/quarry"><script>globalThis.pwned = true;</script></head>
<body><nav>Home | World | Sport</nav><article><h1>Quarry collapse traps miners</h1>
<p>A wall of the limestone quarry outside Belmar collapsed on Tuesday morning, trapping at least nine miners underground, regional officials said.</p>
<p>Rescue crews drilled a narrow shaft through the afternoon and lowered water and lamps to the men, who could be heard tapping on the rock.</p>
<p>The quarry had been closed twice last year over safety complaints filed by the miners' union, according to court records.</p>
</article><footer>Copyright</footer></body></html>`;
