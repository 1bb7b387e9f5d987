/**
 * @module corpus/format
 * Readable text for merged events and stories (`sitrep events`, `sitrep stories`).
 */
import type { CountSpread, DuplicateRecord, EventReportRef, MergedEventRecord, ProvenanceRecord, StoredArticle, StoryRecord } from '../store/types.js';

function spread(label: string, s: CountSpread | null): string {
  if (!s) return '';
  return s.low === s.high ? `${label} ${s.best}` : `${label} ${s.low}–${s.high} (best ${s.best})`;
}

/**
 * Who gave a figure, as the text named them, with the actor it resolves to when that adds
 * something: "a Yemeni army spokesman (Yemen)", not a bare "Yemen", which reads as if the state
 * itself had spoken and hides the words a reader would check.
 */
export function sourceLabel(a: { text: string; canonical?: string }): string {
  const text = a.text.replace(/\s+/g, ' ').trim();
  if (!a.canonical) return text;
  const named = new RegExp(`(?:^|[^\\p{L}])${a.canonical.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);
  return named ? text : `${text} (${a.canonical})`;
}

/** One report's figures and who gave them: `killed "…", injured "…" according to X`. */
function figures(r: EventReportRef): string {
  const fig = [r.killed ? `killed "${r.killed.text}"` : '', r.injured ? `injured "${r.injured.text}"` : ''].filter(Boolean).join(', ');
  return fig && r.attribution ? `${fig} according to ${sourceLabel(r.attribution)}` : fig;
}

/**
 * A merged event: a head line (date, type, place, figures, how many articles and independent
 * sources) and one line per article. An article that reports the event in several sentences
 * (several reports) gets one line with each of their figures, so a headline is not listed twice.
 */
export function formatEvent(e: MergedEventRecord, titleOf: (id: string) => string): string {
  const where = e.place ? `${e.place.name ?? e.place.text}${e.place.country ? ', ' + e.place.country : ''}` : 'place unknown';
  const totals = [spread('killed', e.killed), spread('injured', e.injured)].filter(Boolean).join(', ');
  const byArticle = new Map<string, EventReportRef[]>();
  for (const r of e.reports) (byArticle.get(r.articleId) ?? byArticle.set(r.articleId, []).get(r.articleId)!).push(r);
  const n = byArticle.size;
  const head = `${e.date ?? 'date unknown'}  ${e.type}  ${where}${totals ? '  ' + totals : ''}  ` +
    `[${n} article${n === 1 ? '' : 's'}, ${e.sources} independent source${e.sources === 1 ? '' : 's'}]` +
    (e.conflicts.length ? `  conflicting: ${e.conflicts.join(', ')}` : '');
  const lines = [...byArticle.values()].map((refs) => {
    const figs = [...new Set(refs.map(figures).filter(Boolean))].join('; ');
    const certainty = [...new Set(refs.map((r) => r.certainty).filter((c) => c !== 'reported'))];
    return `    ${refs[0].source ?? 'unknown source'}: ${titleOf(refs[0].articleId)}${figs ? ' — ' + figs : ''}` +
      (certainty.length ? ' [' + certainty.join(', ') + ']' : '');
  });
  return [head, ...lines].join('\n');
}

/** What the corpus knows about where an article's text came from. */
export interface ArticleOrigins {
  /** The earliest article of its near-duplicate group, when it is a copy. */
  copyOf: ReadonlyMap<string, string>;
  /** Per article, the earlier articles its sentences were copied from, with sentence counts. */
  borrowed: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

export function originsOf(duplicates: readonly DuplicateRecord[], provenance: readonly ProvenanceRecord[]): ArticleOrigins {
  const copyOf = new Map(duplicates.filter((d) => d.articleId !== d.groupId).map((d) => [d.articleId, d.groupId]));
  const borrowed = new Map<string, Map<string, number>>();
  for (const p of provenance) {
    const m = borrowed.get(p.articleId) ?? borrowed.set(p.articleId, new Map()).get(p.articleId)!;
    m.set(p.sourceArticleId, (m.get(p.sourceArticleId) ?? 0) + 1);
  }
  return { copyOf, borrowed };
}

export function formatStory(s: StoryRecord, articles: ReadonlyMap<string, StoredArticle>, origins?: ArticleOrigins): string {
  const span = s.start ? (s.start === s.end ? s.start : `${s.start} → ${s.end}`) : 'undated';
  const name = (id: string) => {
    const a = articles.get(id);
    return `${a?.source ? a.source + ': ' : ''}${a?.title ?? a?.origin ?? id}`;
  };
  const lines = s.articles.map((id) => {
    const a = articles.get(id);
    const notes: string[] = [];
    const copy = origins?.copyOf.get(id);
    if (copy) notes.push(`near-copy of "${name(copy)}"`);
    for (const [src, n] of origins?.borrowed.get(id) ?? []) {
      if (src !== copy) notes.push(`${n} sentence${n === 1 ? '' : 's'} from "${name(src)}"`);
    }
    return `    ${a?.published ?? '          '}  ${name(id)}${notes.length ? '\n        ↳ ' + notes.join('; ') : ''}`;
  });
  return [`${s.label}  (${s.articles.length} article${s.articles.length === 1 ? '' : 's'}, ${span})`, ...lines].join('\n');
}
