/**
 * @module events/casualties/numbers
 * Reading cardinal numbers as news writes them: digits with thousands separators ("1,200",
 * "1.200" is not accepted: English news uses commas), number words ("nine", "twenty-three",
 * "two hundred", "a dozen", "three dozen"), and scale words ("3 million").
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

/** Alternation of every number word, for building regular expressions elsewhere. */
export const NUMBER_WORD = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'dozen', 'a', 'an',
].join('|');

/**
 * A regular-expression source matching one written number: digits ("1,200", "30"), or a run of
 * number words ("twenty-three", "two hundred and five", "a dozen", "three dozen"). "a"/"an" only
 * count before a scale word or "dozen" ("a hundred", "a dozen").
 */
const W = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join('|')})(?:[- ](?:${Object.keys(UNITS).join('|')}))?`;
export const NUMBER_SOURCE =
  String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|billion|thousand|hundred))?` +
  `|(?:(?:a|an|${W})\\s+)?(?:dozen|hundred|thousand|million|billion)(?:\\s+(?:and\\s+)?${W})?` +
  `|${W}`;

/** Parses one written number; null when `text` is not one (e.g. "dozens", "a"). */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return null;
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?: (million|billion|thousand|hundred))?$/.exec(t);
  if (digits) {
    const base = Number(digits[1].replace(/,/g, '') + (digits[2] ? `.${digits[2]}` : ''));
    const scaled = digits[3] ? base * SCALES[digits[3]] : base;
    return Number.isInteger(scaled) ? scaled : null;
  }
  const words = t.split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'a' || w === 'an') {
      if (i !== 0 || words.length === 1) return null;
      current = 1;
      continue;
    }
    if (w in UNITS) { current += UNITS[w]; seen = true; continue; }
    if (w in TENS) { current += TENS[w]; seen = true; continue; }
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; continue; }
    if (w in SCALES) {
      const scale = SCALES[w];
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; }
      seen = true;
      continue;
    }
    return null;
  }
  return seen ? total + current : null;
}
