/**
 * @module corpus/format
 * Readable text for merged events and stories (`sitrep events`, `sitrep stories`).
 */
import type { CountSpread, MergedEventRecord, StoredArticle, StoryRecord } from '../store/types.js';

function spread(label: string, s: CountSpread | null): string {
  if (!s) return '';
  return s.low === s.high ? `${label} ${s.best}` : `${label} ${s.low}–${s.high} (best ${s.best})`;
}

export function formatEvent(e: MergedEventRecord, titleOf: (id: string) => string): string {
  const where = e.place ? `${e.place.name ?? e.place.text}${e.place.country ? ', ' + e.place.country : ''}` : 'place unknown';
  const figures = [spread('killed', e.killed), spread('injured', e.injured)].filter(Boolean).join(', ');
  const head = `${e.date ?? 'date unknown'}  ${e.type}  ${where}${figures ? '  ' + figures : ''}  ` +
    `[${e.reports.length} report${e.reports.length === 1 ? '' : 's'}, ${e.sources} independent source${e.sources === 1 ? '' : 's'}]` +
    (e.conflicts.length ? `  conflicting: ${e.conflicts.join(', ')}` : '');
  const lines = e.reports.map((r) => {
    const fig = [r.killed ? `killed "${r.killed.text}"` : '', r.injured ? `injured "${r.injured.text}"` : ''].filter(Boolean).join(', ');
    const by = r.attribution ? ` according to ${r.attribution.canonical ?? r.attribution.text}` : '';
    return `    ${r.source ?? 'unknown source'}: ${titleOf(r.articleId)}${fig ? ' — ' + fig + by : ''}${r.certainty === 'reported' ? '' : ' [' + r.certainty + ']'}`;
  });
  return [head, ...lines].join('\n');
}

export function formatStory(s: StoryRecord, articles: ReadonlyMap<string, StoredArticle>): string {
  const span = s.start ? (s.start === s.end ? s.start : `${s.start} → ${s.end}`) : 'undated';
  const lines = s.articles.map((id) => {
    const a = articles.get(id);
    return `    ${a?.published ?? '          '}  ${a?.source ? a.source + ': ' : ''}${a?.title ?? a?.origin ?? id}`;
  });
  return [`${s.label}  (${s.articles.length} article${s.articles.length === 1 ? '' : 's'}, ${span})`, ...lines].join('\n');
}
