/**
 * @module events/casualties/acled
 * ACLED's single conservative fatality figure, for CSV exports (the original qualifier stays in
 * its own column). ACLED's fatalities FAQ ("Fatalities", acleddata.com, 2023): "If source reports
 * differ or a vague estimate is provided, ACLED uses the most conservative estimate available …
 * ACLED codes 10 for 'tens', 12 for 'dozens', 100 for 'hundreds', and so on."
 * For an unspecified plural ("several", "many", "deaths") we code 3, the smallest figure the
 * words allow beyond "a couple"; older ACLED codebooks (2017–2019) used 10 for "several"/"many",
 * so this is the more conservative of the two readings. "Deadly"/"fatal" alone promises one death.
 */
import type { Count } from '../../document/types.js';

const VAGUE_FIGURES: [RegExp, number][] = [
  [/\btens\s+of\s+thousands\b/i, 10_000],
  [/\bhundreds\s+of\s+thousands\b/i, 100_000],
  [/\bthousands\b/i, 1000],
  [/\bhundreds\b/i, 100],
  [/\bscores\b/i, 20],
  [/\bdozens\b/i, 12],
  [/\btens\b/i, 10],
  [/\b(?:deadly|fatal|lethal)\b|\ban?\s+\w+\s+(?:died|was\s+killed)\b/i, 1],
];

/** One number of fatalities for a Count, as ACLED would code it; 0 when there is no count. */
export function acledFatalities(c: Count | null): number {
  if (!c) return 0;
  switch (c.qualifier) {
    case 'exact':
    case 'about':
    case 'at_least':
    case 'range':
      return c.min ?? c.max ?? 0;
    case 'up_to':
      // The only figure given is the ceiling; ACLED records the reported figure.
      return c.max ?? c.min ?? 0;
    case 'vague':
      for (const [re, n] of VAGUE_FIGURES) if (re.test(c.text)) return n;
      return 3;
  }
}
