/**
 * @module corpus/sources/feed
 * RSS, Atom, RDF and JSON feeds through feedsmith. Feeds are XML from strangers: a document type
 * declaration with an internal subset (the carrier of entity-expansion bombs and external
 * entities) is refused before parsing, feeds over MAX_FEED_BYTES are refused, and feedsmith's
 * parser (fast-xml-parser with processEntities off) never expands declared entities anyway.
 */
import { createRequire } from 'node:module';
import { parsePublished, type ArticleInput } from '../../input/article.js';
import { InputError } from '../../input/errors.js';
import type { SourceItem } from './types.js';
import { htmlToText } from './html.js';

/** feedsmith, loaded on first use (its CommonJS build): see htmlLibs in ./html for why. */
let feedsmith: typeof import('feedsmith') | null = null;
function parseFeed(xml: string): unknown {
  feedsmith ??= createRequire(import.meta.url)('feedsmith') as typeof import('feedsmith');
  return feedsmith.parseFeed(xml);
}

export const MAX_FEED_BYTES = 16 * 1024 * 1024;

/** True when the text looks like a feed (XML with a feed root, or a JSON Feed). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head);
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)\b/i.test(head) || (/^<\?xml/.test(head) && /<(rss|feed|rdf:RDF)\b/i.test(head));
}

type Loose = Record<string, unknown>;

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Loose).value === 'string') return (v as Loose).value as string;
  return undefined;
}

function dateOf(...values: unknown[]): string | undefined {
  for (const v of values) {
    const s = str(v);
    if (!s) continue;
    const iso = parsePublished(s);
    if (iso) return iso;
    const t = Date.parse(s); // RFC 822 dates of RSS
    if (!Number.isNaN(t)) return new Date(t).toISOString().slice(0, 10);
  }
  return undefined;
}

function itemArticle(item: Loose, feedTitle: string | undefined): ArticleInput | null {
  const content = item.content as Loose | string | undefined;
  const html =
    (typeof content === 'object' && content ? str(content.encoded) ?? str(content) : str(content)) ??
    str(item.content_html) ?? str(item.description) ?? str(item.summary) ?? str(item.content_text) ?? '';
  const text = htmlToText(html);
  const title = str(item.title)?.trim();
  if (!text && !title) return null;
  const a: ArticleInput = { text };
  if (title) a.title = htmlToText(title);
  const links = item.links as Loose[] | undefined;
  const url = str(item.link) ?? str(item.url) ?? (Array.isArray(links) ? str(links[0]?.href) : undefined);
  if (url && /^https?:\/\//i.test(url)) a.url = url;
  const guid = str(item.guid) ?? str(item.id);
  if (guid) a.id = guid;
  const published = dateOf(item.pubDate, item.published, item.date_published, item.updated, (item.dc as Loose | undefined)?.date);
  if (published) a.published = published;
  if (feedTitle) a.source = feedTitle;
  return a;
}

/** Reads every item of a feed; the whole feed fails (one problem) when it is unsafe or malformed. */
export function readFeed(xml: string, where: string): SourceItem[] {
  if (xml.length > MAX_FEED_BYTES) throw new InputError('too_large', `feed over ${MAX_FEED_BYTES / 1024 / 1024} MB refused`, where);
  if (/<!DOCTYPE[^>]*\[/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new InputError('unreadable', 'feed refused: it declares XML entities (a document type with an internal subset), the form entity bombs and external-entity attacks take', where);
  }
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseFeed(xml) as { format: string; feed: unknown };
  } catch (e) {
    const cause = (e as { cause?: { message?: string } }).cause?.message;
    throw new InputError('unreadable', `not a valid feed (${(e as Error).message}${cause ? ': ' + cause : ''}); truncated or malformed XML?`, where);
  }
  const feed = parsed.feed as Loose;
  const items = ((feed.items ?? feed.entries ?? []) as Loose[]);
  const feedTitle = str(feed.title)?.trim();
  const out: SourceItem[] = [];
  items.forEach((item, i) => {
    const at = `${where}: item ${i + 1}`;
    const a = itemArticle(item, feedTitle);
    if (a) out.push({ ok: true, input: a, origin: a.url ?? at });
    else out.push({ ok: false, error: new InputError('empty', 'feed item has neither title nor content', at) });
  });
  return out;
}
