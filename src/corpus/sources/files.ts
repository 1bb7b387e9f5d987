/**
 * @module corpus/sources/files
 * Paths to articles: folders are walked (hidden entries skipped), and each file is read by kind:
 * JSONL (one article object a line), JSON (one article or an array), feeds (RSS/Atom/RDF/JSON
 * Feed), HTML pages, and plain text (first line the headline). A file that cannot be read is one
 * problem with its path; a bad JSONL line is one problem with its path and line; the rest goes on.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { decodeText, MAX_FILE_BYTES } from '../../input/decode.js';
import { InputError, isInputError } from '../../input/errors.js';
import { validateArticle, type ArticleInput } from '../../input/article.js';
import { readFeed, looksLikeFeed } from './feed.js';
import { readHtml } from './html.js';
import type { SourceItem } from './types.js';

const FEED_EXT = new Set(['.rss', '.atom', '.xml', '.rdf']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/** Splits "headline\n\nbody" the way the bundled samples and most saved articles are laid out. */
export function splitHeadline(text: string): { title: string | undefined; body: string } {
  const m = /^\s*([^\n]{1,300})\n/.exec(text);
  if (!m) return { title: undefined, body: text };
  return { title: m[1].trim() || undefined, body: text.slice(m[0].length) };
}

function fail(e: unknown, where: string): SourceItem {
  if (isInputError(e)) return { ok: false, error: e.where ? e : new InputError(e.code, e.message, where) };
  return { ok: false, error: new InputError('unreadable', (e as Error).message ?? String(e), where) };
}

/** Checks an object from JSON and keeps the fields `analyze` understands. */
function articleFromJson(obj: unknown, where: string): ArticleInput {
  const { text, meta } = validateArticle(obj, where);
  return { text, ...meta };
}

function* readJsonl(text: string, path: string): Generator<SourceItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${path}: line ${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { ok: false, error: new InputError('not_json', 'not valid JSON (broken or truncated line)', where) };
      continue;
    }
    try {
      yield { ok: true, input: articleFromJson(obj, where), origin: where };
    } catch (e) {
      yield fail(e, where);
    }
  }
}

function* readFile(path: string): Generator<SourceItem> {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_FILE_BYTES) throw new InputError('too_large', `file of ${size.toLocaleString('en')} bytes is over the ${MAX_FILE_BYTES.toLocaleString('en')}-byte limit`, path);
    text = decodeText(readFileSync(path), path);
  } catch (e) {
    yield fail(e, path);
    return;
  }
  const ext = extname(path).toLowerCase();
  try {
    if (JSONL_EXT.has(ext)) { yield* readJsonl(text, path); return; }
    if (ext === '.json') {
      const data = JSON.parse(text) as unknown;
      if (looksLikeFeed(text)) { yield* readFeed(text, path); return; }
      const list = Array.isArray(data) ? data : [data];
      for (let i = 0; i < list.length; i++) {
        const where = Array.isArray(data) ? `${path}: item ${i + 1}` : path;
        try { yield { ok: true, input: articleFromJson(list[i], where), origin: where }; } catch (e) { yield fail(e, where); }
      }
      return;
    }
    const head = text.slice(0, 512).trimStart().toLowerCase();
    if (FEED_EXT.has(ext) || looksLikeFeed(text)) { yield* readFeed(text, path); return; }
    if (HTML_EXT.has(ext) || head.startsWith('<!doctype html') || head.startsWith('<html')) {
      yield { ok: true, input: readHtml(text, path), origin: path };
      return;
    }
    const { title, body } = splitHeadline(text);
    const input: ArticleInput = { text: body };
    if (title) input.title = title;
    validateArticle(input, path);
    yield { ok: true, input, origin: path };
  } catch (e) {
    yield fail(e instanceof SyntaxError ? new InputError('not_json', 'not valid JSON', path) : e, path);
  }
}

interface ManifestEntry { file: string; id?: string; published?: string; source?: string; url?: string }

/**
 * A folder with a `manifest.json` listing `{"articles": [{"file", "id"?, "published"?, "source"?,
 * "url"?}]}` (as samples/ has) is read through it: the listed files with their metadata, and
 * nothing else (a README beside them is not an article).
 */
function readManifest(dir: string): SourceItem[] | null {
  const path = join(dir, 'manifest.json');
  let data: { articles?: ManifestEntry[] };
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as { articles?: ManifestEntry[] };
  } catch {
    return null;
  }
  if (!Array.isArray(data?.articles)) return null;
  const out: SourceItem[] = [];
  for (const m of data.articles) {
    if (typeof m?.file !== 'string') continue;
    for (const item of readFile(join(dir, m.file))) {
      if (!item.ok) { out.push(item); continue; }
      const input = { ...item.input };
      for (const k of ['id', 'published', 'source', 'url'] as const) if (typeof m[k] === 'string') input[k] = m[k];
      out.push({ ok: true, input, origin: item.origin });
    }
  }
  return out;
}

function* walk(path: string, visited = new Set<string>()): Generator<string | SourceItem> {
  let st;
  let real: string;
  try {
    st = statSync(path);
    real = realpathSync(path);
  } catch {
    yield { ok: false, error: new InputError('unreadable', 'no such file or folder', path) };
    return;
  }
  if (!st.isDirectory()) { yield path; return; }
  // A symbolic link back up the tree would otherwise be walked forever.
  if (visited.has(real)) return;
  visited.add(real);
  const manifest = readManifest(path);
  if (manifest) { yield* manifest; return; }
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    yield* walk(join(path, name), visited);
  }
}

/** Every article (or problem) under the given paths, in a stable order. */
export function* readSources(paths: readonly string[]): Generator<SourceItem> {
  for (const p of paths) {
    for (const f of walk(p)) {
      if (typeof f === 'string') yield* readFile(f);
      else yield f;
    }
  }
}
