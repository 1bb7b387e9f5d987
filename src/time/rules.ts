/**
 * @module time/rules
 * The rule grammar: each rule is one regular expression over the text and a function that turns a
 * match into a TIMEX3 type and value. Span conventions follow TimeBank/AQUAINT (TempEval-3 TBAQ):
 * "the" belongs to the expression ("the third quarter", "the past two months"), prepositions do not
 * ("for [five months]"), and modifiers such as "about", "nearly", "at least" do ("[nearly two years]").
 * Rules only propose; index.ts keeps the longest non-overlapping proposals.
 */
import { CALENDAR_RULES } from './rules-calendar.js';
import { RELATIVE_RULES } from './rules-relative.js';
import type { Rule } from './rule-kit.js';

export type { Proposal, Rule } from './rule-kit.js';

export const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES];
