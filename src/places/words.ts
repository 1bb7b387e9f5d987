/**
 * @module places/words
 * What compromise's English lexicon says of a word, as bits: a person word ("Donald", "Jordan",
 * "Victoria"), a name of any kind, or an ordinary word ("Police", "Mobile", "Will"). The table is
 * written by data/gazetteer/build.ts into words.tsv beside the gazetteer, so the stage does not
 * import compromise (and its whole NLP pipeline) at run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_GAZETTEER, GazetteerMissingError } from './gazetteer.js';

export const WORDS_FILE = 'words.tsv';
export const PERSON_WORD = 1;
export const NAMED_WORD = 2;

let table: Map<string, number> | null = null;

/** The word table beside the gazetteer in use, loaded on first use. */
function words(): Map<string, number> {
  if (table) return table;
  const path = join(dirname(process.env.SITREP_GAZETTEER ?? DEFAULT_GAZETTEER), WORDS_FILE);
  if (!existsSync(path)) throw new GazetteerMissingError(path);
  const map = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  table = map;
  return map;
}

/** A first name or other person word by compromise's lexicon. `lower` is lower-cased. */
export function isPersonWordLower(lower: string): boolean {
  return ((words().get(lower) ?? 0) & PERSON_WORD) !== 0;
}

/** An ordinary English word by compromise's lexicon (in it, and no name). `lower` is lower-cased. */
export function isCommonWordLower(lower: string): boolean {
  const bits = words().get(lower);
  return bits !== undefined && (bits & NAMED_WORD) === 0;
}
