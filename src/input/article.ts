/**
 * @module input/article
 * Validation of one article handed to `analyze`: text present and sane in size, metadata well-typed,
 * publication date a real calendar date.
 */
import type { ArticleMeta } from '../document/types.js';
import { InputError } from './errors.js';

export interface ArticleInput {
  text: string;
  title?: string;
  published?: string;
  id?: string;
  source?: string;
  url?: string;
}

/**
 * The largest article body we analyse, in UTF-16 code units. News articles are a few kilobytes;
 * anything past this is a concatenated dump or a wrong file, and would only stall a batch.
 */
export const MAX_ARTICLE_CHARS = 6_000_000;

/** Parses a publication date: YYYY-MM-DD, or an ISO date-time whose date part is taken. */
export function parsePublished(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function optionalString(obj: Record<string, unknown>, key: string, where?: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && key === 'id') return String(v);
  if (typeof v !== 'string') throw new InputError('bad_field', `"${key}" must be a string, got ${typeof v}`, where);
  return v;
}

/** Checks an article and returns its normalised text and metadata, or throws an InputError. */
export function validateArticle(input: unknown, where?: string): { text: string; meta: ArticleMeta } {
  if (typeof input === 'string') input = { text: input };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError('bad_field', 'an article must be an object with a "text" field', where);
  }
  const obj = input as Record<string, unknown>;
  if (obj.text === undefined || obj.text === null) throw new InputError('missing_text', 'the article has no "text" field', where);
  if (typeof obj.text !== 'string') throw new InputError('bad_field', `"text" must be a string, got ${typeof obj.text}`, where);
  const text = obj.text;
  const title = optionalString(obj, 'title', where);
  if (!text.trim() && !title?.trim()) throw new InputError('empty', 'the article is empty (no text and no title)', where);
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new InputError('too_large', `the article has ${text.length.toLocaleString('en')} characters, over the limit of ${MAX_ARTICLE_CHARS.toLocaleString('en')}`, where);
  }
  if (text.includes('\u0000')) throw new InputError('binary', 'the text contains NUL bytes: it looks like binary data, not an article', where);
  const meta: ArticleMeta = {};
  const id = optionalString(obj, 'id', where);
  if (id !== undefined) meta.id = id;
  if (title !== undefined) meta.title = title;
  const published = optionalString(obj, 'published', where);
  if (published !== undefined && published !== '') {
    const date = parsePublished(published);
    if (!date) throw new InputError('bad_date', `"published" is not a date (YYYY-MM-DD): ${JSON.stringify(published.slice(0, 40))}`, where);
    meta.published = date;
  }
  const source = optionalString(obj, 'source', where);
  if (source !== undefined) meta.source = source;
  const url = optionalString(obj, 'url', where);
  if (url !== undefined) meta.url = url;
  return { text, meta };
}
