/**
 * @module report/text
 * A report a person can read: events, places, times, names and integrity flags, each with the
 * quoted evidence from the article. Control characters in article text are neutralised so an
 * article cannot drive the reader's terminal.
 */
import type { ArticleReport, Count, Event } from '../document/types.js';

/** Article text is untrusted: drop terminal control sequences, squash whitespace, cap length. */
export function clean(s: string, max = 160): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}

const q = (s: string) => `“${clean(s)}”`;

export function describeCount(c: Count): string {
  const n = (x: number | null) => (x === null ? '?' : x.toLocaleString('en'));
  switch (c.qualifier) {
    case 'exact': return n(c.min);
    case 'at_least': return `at least ${n(c.min)}`;
    case 'about': return `about ${n(c.min ?? c.max)}`;
    case 'up_to': return `up to ${n(c.max)}`;
    case 'range': return `${n(c.min)}–${n(c.max)}`;
    case 'vague': return 'unspecified number';
  }
}

function eventLines(e: Event, i: number): string[] {
  const out = [`  ${i + 1}. ${e.type} — ${q(e.trigger.text)} (sentence ${e.sentence + 1}, ${e.certainty})`];
  for (const a of e.actors) out.push(`     ${a.role}: ${clean(a.canonical ?? a.text)}${a.canonical && a.canonical !== a.text ? ` ← ${q(a.text)}` : ''}`);
  if (e.place) {
    const where = [e.place.name, e.place.country].filter(Boolean).join(', ');
    out.push(`     place: ${clean(where || e.place.text)}${e.place.precision ? ` (${e.place.precision})` : ''} ← ${q(e.place.text)}${e.place.inherited ? ' [from context]' : ''}`);
  }
  if (e.date) out.push(`     date: ${e.date.value ?? 'unresolved'}${e.date.precision ? ` (${e.date.precision})` : ''} ← ${q(e.date.text)}${e.date.inherited ? ' [from context]' : ''}`);
  if (e.killed) out.push(`     killed: ${describeCount(e.killed)} ← ${q(e.killed.text)}`);
  if (e.injured) out.push(`     injured: ${describeCount(e.injured)} ← ${q(e.injured.text)}`);
  for (const s of e.subsets) out.push(`     of the ${s.of}: ${s.count} ${clean(s.group)} ← ${q(s.text)}`);
  if (e.attribution) out.push(`     according to: ${clean(e.attribution.canonical ?? e.attribution.text)} (${e.attribution.kind}) ← ${q(e.attribution.text)}`);
  for (const f of e.flags ?? []) out.push(`     flag: ${clean(f)}`);
  return out;
}

export function formatReport(r: ArticleReport): string {
  const a = r.article;
  const out: string[] = [];
  out.push(clean(a.title ?? '(untitled)', 200));
  const meta = [a.id && `id ${a.id}`, a.published && `published ${a.published}`, a.source, a.url, `${r.sentences.length} sentences`].filter(Boolean);
  out.push(clean(meta.join(' · '), 300));
  out.push('');
  out.push(`Events (${r.events.length})`);
  if (!r.events.length) out.push('  none found');
  r.events.forEach((e, i) => out.push(...eventLines(e, i)));
  out.push('', `Places (${r.places.length})`);
  for (const p of r.places) {
    const where = [p.name, p.admin1, p.country].filter(Boolean).join(', ');
    const coords = p.lat !== undefined && p.lon !== undefined ? ` ${p.lat.toFixed(3)},${p.lon.toFixed(3)}` : '';
    out.push(`  ${q(p.text)} → ${p.precision ? `${clean(where)} (${p.precision})${coords}` : 'unresolved'}`);
  }
  out.push('', `Times (${r.times.length})`);
  for (const t of r.times) out.push(`  ${q(t.text)} → ${t.type} ${t.value ?? 'unresolved'}`);
  out.push('', `Names (${r.entities.length})`);
  for (const e of r.entities) out.push(`  ${e.label} ${q(e.text)}${e.canonical && e.canonical !== e.text ? ` = ${clean(e.canonical)}` : ''}${e.kind ? ` [${e.kind}]` : ''}${e.role ? ` (${clean(e.role)})` : ''}`);
  const g = r.integrity;
  out.push('', 'Integrity');
  if (g.headline) out.push(`  headline: ${g.headline.verdict} (${g.headline.score.toFixed(2)})${g.headline.evidence.length ? ` — sentences ${g.headline.evidence.map((i) => i + 1).join(', ')}` : ''}${g.headline.note ? ` — ${clean(g.headline.note)}` : ''}`);
  else out.push('  headline: not checked');
  if (g.coherence) {
    out.push(`  coherence: ${g.coherence.verdict}`);
    for (const o of g.coherence.orphans) out.push(`    unanchored: ${q(o.text)}`);
    for (const ev of g.coherence.evidence ?? []) out.push(`    ${clean(ev)}`);
  } else out.push('  coherence: not checked');
  if (g.spin.length) for (const s of g.spin) out.push(`  spin (${s.kind}): ${q(s.text)}${s.suggestion ? ` → ${q(s.suggestion)}` : ''}`);
  else out.push('  spin: none found');
  return out.join('\n');
}
