/**
 * @module cli/samples
 * The bundled sample articles (samples/ at the package root): read with their manifest, the first
 * line of each file as the headline.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleInput } from '../input/article.js';
import { splitHeadline } from './commands/analyze.js';

/** samples/ sits at the package root, three levels above this module in src/ and in dist/. */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

interface ManifestEntry { file: string; id: string; published?: string; source?: string; url?: string }

export function loadSamples(dir = SAMPLES_DIR): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { articles: ManifestEntry[] };
  return manifest.articles.map((m) => {
    const { title, body } = splitHeadline(readFileSync(join(dir, m.file), 'utf8'));
    const a: ArticleInput = { id: m.id, text: body };
    if (title) a.title = title;
    if (m.published) a.published = m.published;
    if (m.source) a.source = m.source;
    if (m.url) a.url = m.url;
    return a;
  });
}
