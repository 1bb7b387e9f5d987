/**
 * @module time/values
 * TIMEX3 value syntax for durations and spelled-out years.
 */
import { NUMBER_WORDS } from './lexicon.js';

/**
 * A duration value: `P5M`, `PT3H`, `P2Y6M` for "2 1/2 years", `PXY` when the count is vague.
 * Quarters are written in months ("the next three quarters" → P9M, as TimeBank writes it).
 */
export function durationValue(count: number | null, u: { code: string; mult: number; time: boolean }): string {
  const t = u.time ? 'T' : '';
  if (count === null) return `P${t}X${u.code}`;
  let n = count * u.mult;
  let code = u.code;
  if (code === 'Q') { n *= 3; code = 'M'; }
  if (Number.isInteger(n)) return `P${t}${n}${code}`;
  const whole = Math.floor(n);
  const frac = n - whole;
  // Half units written in the next smaller unit: 2.5 years → P2Y6M, 1.5 hours → PT1H30M, 1.5 days → P1DT12H.
  const smaller: Record<string, [string, number]> = { Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['M', 60], S: ['S', 1] };
  if (code === 'M' && u.time) return `PT${whole ? `${whole}M` : ''}${Math.round(frac * 60)}S`;
  const [sub, per] = smaller[code] ?? ['', 0];
  if (!sub) return `P${t}${n}${code}`;
  const part = Math.round(frac * per);
  if (code === 'D') return `P${whole ? `${whole}D` : ''}T${part}H`;
  return `P${t}${whole ? `${whole}${code}` : ''}${part}${sub}`;
}

const TEENS_TENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "nineteen ninety-six", "nineteen eighty", "two thousand", "two thousand and one": spoken years in broadcast transcripts. */
export const RE_SPELLED_YEAR = String.raw`(?:(?:nineteen|eighteen|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[\s-](?:one|two|three|four|five|six|seven|eight|nine))|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;

export function spelledYear(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  const m = /^(nineteen|eighteen|twenty)[\s-](.+)$/.exec(t);
  if (m) {
    const century = m[1] === 'nineteen' ? 1900 : m[1] === 'eighteen' ? 1800 : 2000;
    const rest = m[2].replace(/^o[\s-]/, '');
    const n = TEENS_TENS.includes(rest) ? TEENS_TENS.indexOf(rest) + 10 : NUMBER_WORDS[rest.replace('-', ' ')] ?? NUMBER_WORDS[rest];
    return n === undefined ? null : century + n;
  }
  const k = /^two thousand(?: (?:and )?(.+))?$/.exec(t);
  if (k) {
    const n = k[1] ? NUMBER_WORDS[k[1]] : 0;
    return n === undefined ? null : 2000 + n;
  }
  return null;
}
