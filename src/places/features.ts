/**
 * @module places/features
 * Toponyms that no city gazetteer holds but that news names constantly: streets and roads
 * ("Salah al-Din Street", "Highway 10", "County Road 43") and natural features ("Neches River",
 * "Lake Lanier", "Mount Sinjar"). LGL annotates all of these as toponyms. They are recognised by
 * their generic word and resolved when the gazetteer knows them; otherwise they stay unresolved.
 */
import type { Sentence, Span, Token } from '../document/types.js';

const CAP = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\d+(?:st|nd|rd|th))`;
const CAPS = String.raw`${CAP}(?:\s+${CAP}){0,2}`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}\d])(${CAPS})\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pike)(?:\s+(?:North|South|East|West)(?![\p{L}]))?(?![\p{L}])`,
  'gu',
);
const NUMBERED = /(?<![\p{L}\d])(?:(?:U\.S\.|US|State|County)\s+)?(?:Highway|Route|Interstate|Road|Hwy\.)\s+\d+[A-Z]?(?![\p{L}\d])/gu;
const FEATURE_AFTER = new RegExp(
  String.raw`(?<![\p{L}\d])(${CAPS})\s+(?:River|Creek|Lake|Valley|Mountains?|Islands?|Bay|Sea|Ocean|Canyon|Desert|Strait|Gulf|Peninsula|Plateau|Dam|Reservoir|Plains?)(?![\p{L}])`,
  'gu',
);
const FEATURE_BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:Lake|Mount|Mt\.|Gulf of|Strait of|Bay of|Sea of|Isle of)\s+${CAP}(?:\s+${CAP})?`, 'gu');
const PATTERNS = [STREET, NUMBERED, FEATURE_AFTER, FEATURE_BEFORE];
// Each pattern's generic words as plain strings, in the same order: a cheap test before the pattern.
const PATTERN_WORDS = [
  /Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pike/,
  /Highway|Route|Interstate|Road|Hwy\./,
  /River|Creek|Lake|Valley|Mountain|Island|Bay|Sea|Ocean|Canyon|Desert|Strait|Gulf|Peninsula|Plateau|Dam|Reservoir|Plain/,
  /Lake|Mount|Mt\.|Gulf of|Strait of|Bay of|Sea of|Isle of/,
];
// Words that start a sentence or a title rather than a name ("The Main Street", "On Highway 10").
const LEAD = /^(?:(?:The|A|An|On|In|At|From|To|Near|Along|Off|And|Or|But|By|Of|For|With|Both|North|South|East|West)\s+)+/u;

/** Street, road and natural-feature spans in text[start, end). */
const FEATURE_WORD = /\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pike|Highway|Route|Interstate|Hwy\.|River|Creek|Lake|Valley|Mountains?|Islands?|Bay|Sea|Ocean|Canyon|Desert|Strait|Gulf|Peninsula|Plateau|Dam|Reservoir|Plains?|Mount|Mt\.|Isle)\b/;
const LIST_WORD = /\b(?:counties|parishes|provinces|governorates|districts|states|regions)\b/;

export function featureSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const out: Span[] = [];
  // The full patterns are costly; most sentences have none of their generic words, and a pattern
  // can match only where one of its own generic words is written.
  if (!FEATURE_WORD.test(slice)) return out;
  for (let p = 0; p < PATTERNS.length; p++) {
    const re = PATTERNS[p];
    if (!PATTERN_WORDS[p].test(slice)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      let s = m.index;
      const lead = LEAD.exec(m[0]);
      if (lead && re !== FEATURE_BEFORE) s += lead[0].length;
      if (s >= m.index + m[0].length) continue;
      const inner = slice.slice(s, m.index + m[0].length);
      // Only the generic word left ("Street", "River") is no name.
      if (!/\s/.test(inner)) continue;
      out.push({ start: start + s, end: start + m.index + m[0].length });
    }
  }
  return out;
}

const LIST = new RegExp(
  String.raw`((?:${CAP}(?:\s+${CAP})?\s*,\s*)*${CAP}(?:\s+${CAP})?\s*,?\s+and\s+${CAP}(?:\s+${CAP})?)\s+(?:counties|parishes|provinces|governorates|districts|states|regions)(?![\p{L}])`,
  'gu',
);
const ITEM = new RegExp(String.raw`${CAP}(?:\s+${CAP})?`, 'gu');

/** Each name in "Idlib and Hama provinces", "Becker, Clay and Wilkin counties". */
export function adminListSpans(text: string, start: number, end: number): Span[] {
  const slice = text.slice(start, end);
  const out: Span[] = [];
  if (!LIST_WORD.test(slice)) return out;
  LIST.lastIndex = 0;
  for (let m = LIST.exec(slice); m; m = LIST.exec(slice)) {
    ITEM.lastIndex = 0;
    for (let it = ITEM.exec(m[1]); it; it = ITEM.exec(m[1])) {
      const s = start + m.index + it.index;
      out.push({ start: s, end: s + it[0].length });
    }
  }
  return out;
}

// The generic words above without word boundaries: any sentence whose patterns can match holds one
// of these strings, so one pass over the article picks the few sentences worth the full patterns.
const FEATURE_ANY = /Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Boulevard|Blvd\.|Lane|Parkway|Pike|Highway|Route|Interstate|Hwy\.|River|Creek|Lake|Valley|Mountain|Island|Bay|Sea|Ocean|Canyon|Desert|Strait|Gulf|Peninsula|Plateau|Dam|Reservoir|Plain|Mount|Mt\.|Isle/g;
const LIST_WORDS = ['counties', 'parishes', 'provinces', 'governorates', 'districts', 'states', 'regions'];

/** Start offsets of every occurrence of the pattern, overlapping ones included, in order. */
function occurrences(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

// The list words by length: a token is compared only with the words of its own length.
const LIST_BY_LENGTH: (string[] | undefined)[] = [];
for (const w of LIST_WORDS) (LIST_BY_LENGTH[w.length] ??= []).push(w);

/**
 * Start offsets of the tokens that are list words, in order. The list pattern needs the word whole
 * (space before, no letter after), so a token is one; one pass over the tokens by length and a
 * compare in place costs less than seven indexOf scans of the article.
 */
function listWordTokens(text: string, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const words = LIST_BY_LENGTH[t.end - t.start];
    if (!words) continue;
    for (const w of words) if (text.startsWith(w, t.start)) { out.push(t.start); break; }
  }
  return out;
}

/** True when some offset in the sorted list lies in [start, end). */
function anyWithin(sorted: number[], start: number, end: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < end;
}

/** featureSpans then adminListSpans of each sentence, in sentence order. */
export function documentFeatureSpans(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  const features = occurrences(FEATURE_ANY, text);
  const lists = listWordTokens(text, tokens);
  if (!features.length && !lists.length) return out;
  for (const s of sentences) {
    if (anyWithin(features, s.start, s.end)) out.push(...featureSpans(text, s.start, s.end));
    if (anyWithin(lists, s.start, s.end)) out.push(...adminListSpans(text, s.start, s.end));
  }
  return out;
}
