/**
 * @module time/rules
 * The rule grammar: each rule is one regular expression over the text and a function that turns a
 * match into a TIMEX3 type and value. Span conventions follow TimeBank/AQUAINT (TempEval-3 TBAQ):
 * "the" belongs to the expression ("the third quarter", "the past two months") except before an
 * adjectival duration ("the [two-week] crisis"); prepositions do not ("for [five months]"); "nearly",
 * "at least", "more than" do ("[nearly two years]") while "about" and "almost" stay outside, as they
 * mostly do in the data. Where TimeBank and AQUAINT disagree (AQUAINT leaves "the" out), TimeBank,
 * the larger, is followed. Rules only propose; index.ts keeps the longest non-overlapping proposals and
 * applies the discourse steps (clock days, fuzzy modifiers, named quarters, story anaphors).
 */
import { CALENDAR_RULES } from './rules-calendar.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { Rule } from './rule-kit.js';

export type { Proposal, Rule } from './rule-kit.js';

export const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES];

/** The rules with anchor words; each anchor joins the head index as one more source. */
export const ANCHORED: Rule[] = RULES.filter((r) => r.anchor);

/** The sources the head index (heads.ts) is built from, in bit order: every rule, then each anchor. */
export const HEAD_SOURCES: string[] = [...RULES.map((r) => r.re.source), ...ANCHORED.map((r) => r.anchor!)];
