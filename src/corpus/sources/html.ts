/**
 * @module corpus/sources/html
 * HTML pages through Readability over linkedom: title, byline, publication time and body text.
 * linkedom builds a DOM without running scripts or fetching anything, and Readability only reads
 * it, so a hostile page is data, never code.
 */
import { createRequire } from 'node:module';
import { parsePublished } from '../../input/article.js';
import type { ArticleInput } from '../../input/article.js';
import { InputError } from '../../input/errors.js';

/**
 * linkedom and Readability, loaded on first use (both ship CommonJS builds, so a synchronous
 * require fits the synchronous source readers). Imported with the module they cost about 0.3 s
 * of CPU at every CLI start (with feedsmith, measured 2026-11-25: `sitrep --help` 0.58 s of CPU
 * against 0.09 s for bare node), and an ingest of JSONL or text files never needs them.
 */
interface HtmlLibs {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
}
let libs: HtmlLibs | null = null;
function htmlLibs(): HtmlLibs {
  if (!libs) {
    const require = createRequire(import.meta.url);
    libs = {
      parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML,
      Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability,
    };
  }
  return libs;
}

/** Pages whose readable text is shorter than this hold no article (an index, a login page). */
export const MIN_ARTICLE_CHARS = 200;

function meta(doc: Document, names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

/** Text of an HTML fragment (feed item content), tags dropped, block breaks kept as newlines. */
export function htmlToText(html: string): string {
  const { document } = htmlLibs().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style')) el.remove();
  for (const el of document.querySelectorAll('p, br, div, li, h1, h2, h3, h4, h5, h6')) el.after(document.createTextNode('\n'));
  return (document.body?.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
}

/** Extracts the article of an HTML page; throws InputError when there is none. */
export function readHtml(html: string, where: string): ArticleInput {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html);
  const published = meta(document as unknown as Document, ['article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date']);
  const url = (document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document as unknown as Document, ['og:url']))?.trim();
  const parsed = new Readability(document as unknown as Document).parse();
  const text = (parsed?.textContent ?? '').replace(/[ \t\u00a0]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim();
  if (!parsed || text.length < MIN_ARTICLE_CHARS) {
    throw new InputError('empty', `no article found in this HTML page (readable text: ${text.length} characters)`, where);
  }
  const a: ArticleInput = { text };
  if (parsed.title) a.title = parsed.title.trim();
  const date = parsePublished(parsed.publishedTime ?? published ?? '');
  if (date) a.published = date;
  const source = parsed.siteName ?? meta(document as unknown as Document, ['og:site_name']);
  if (source) a.source = source.trim();
  if (url && /^https?:\/\//i.test(url)) a.url = url;
  return a;
}
