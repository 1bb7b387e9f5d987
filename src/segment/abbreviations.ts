/**
 * @module segment/abbreviations
 * Abbreviations that end in a period without ending a sentence. Kept as data so the sentence
 * splitter and the tokeniser agree on them.
 */

/** Titles and honorifics: a period after these never ends a sentence (a name always follows). */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpl', 'maj', 'adm', 'brig', 'cmdr',
  'sen', 'rep', 'gov', 'pres', 'amb', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'pvt', 'gens', 'hon',
  'messrs', 'supt', 'insp', 'det', 'atty', 'lt.-col', 'lt.-gen', 'maj.-gen', 'brig.-gen',
]);

/** Month abbreviations: no break when a day or year follows ("Jan. 5", "Sept. 2011"). */
export const MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/**
 * Other abbreviations that rarely end a sentence; they do end one when a typical sentence opener
 * follows (see OPENERS), e.g. "... said the company, Acme Inc. The shares fell".
 */
export const OTHER = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'no', 'nos', 'vs', 'etc', 'approx', 'est', 'dept', 'univ',
  'assn', 'ave', 'blvd', 'rd', 'hwy', 'p.m', 'a.m', 'e.g', 'i.e', 'al', 'fig', 'vol', 'op', 'cf',
  'ariz', 'calif', 'colo', 'conn', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash',
  'wis', 'wyo', 'ala', 'ark', 'del',
]);

/** Words that typically open a sentence: after an ambiguous abbreviation they signal a break. */
export const OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those',
  'but', 'and', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'our', 'there', 'however', 'meanwhile',
  'some', 'many', 'after', 'before', 'when', 'while', 'since', 'if', 'as', 'officials', 'police',
  'witnesses', 'residents', 'earlier', 'later', 'last', 'on', 'according', 'no', 'both', 'one', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'most', 'more', 'several',
]);

/** True for a dotted acronym such as "U.S", "U.N", "E.U", "D.C" (the final period excluded). */
export function isDottedAcronym(word: string): boolean {
  return /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}
