/**
 * @module events/lexicon/rule
 * The shape of a trigger rule and the 30 event types of `sitrep/article@1`.
 *
 * A rule is a regular expression plus the word prefixes ("keys") that must occur in a sentence for
 * the expression to have any chance of matching. The keys let the stage test only the handful of
 * rules whose words are present, so typing stays linear in the text (issue 6 asks for 1,000
 * articles/s for the whole pipeline).
 */

/** The event types of the schema: ACLED sub-event types as spelled by CASE 2021, plus five more. */
export const EVENT_TYPES = [
  'ABDUCT_DISSAP', 'AGREEMENT', 'AIR_STRIKE', 'ARMED_CLASH', 'ARREST', 'ART_MISS_ATTACK', 'ATTACK',
  'CHANGE_TO_GROUP_ACT', 'CHEM_WEAP', 'DISR_WEAP', 'FORCE_AGAINST_PROTEST', 'GOV_REGAINS_TERIT',
  'GRENADE', 'HQ_ESTABLISHED', 'MOB_VIOL', 'NON_STATE_ACTOR_OVERTAKES_TER', 'NON_VIOL_TERRIT_TRANSFER',
  'OTHER', 'PEACE_PROTEST', 'PROPERTY_DISTRUCT', 'PROTEST_WITH_INTER', 'REM_EXPLOS', 'SEX_VIOL',
  'SUIC_BOMB', 'VIOL_DEMONSTR', 'ORG_CRIME', 'NATURAL_DISASTER', 'MAN_MADE_DISASTER', 'DIPLO', 'ATTRIB',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** ACLED's Battles, Explosions/Remote violence and Violence against civilians: the "violent" types. */
export const VIOLENT_TYPES: ReadonlySet<string> = new Set<EventType>([
  'ARMED_CLASH', 'GOV_REGAINS_TERIT', 'NON_STATE_ACTOR_OVERTAKES_TER', 'AIR_STRIKE', 'ART_MISS_ATTACK',
  'CHEM_WEAP', 'GRENADE', 'REM_EXPLOS', 'SUIC_BOMB', 'ATTACK', 'ABDUCT_DISSAP', 'SEX_VIOL',
  'FORCE_AGAINST_PROTEST', 'MOB_VIOL', 'VIOL_DEMONSTR',
]);

/**
 * `TERRITORY` is resolved after matching: GOV_REGAINS_TERIT or NON_STATE_ACTOR_OVERTAKES_TER
 * depending on who takes the ground (ACLED codes the two by the actor, not the verb).
 * `STRIKE_TARGET` is an attack whose target decides the type: security forces make it an
 * ARMED_CLASH, civilians an ATTACK (ACLED: violence against civilians needs unarmed victims).
 */
export type RuleType = EventType | 'TERRITORY' | 'STRIKE_TARGET';

export interface TriggerRule {
  type: RuleType;
  /** Evidence strength: 1 weak (a generic verb), 3 typical, 5 decisive (e.g. "sarin"). */
  weight: number;
  /** Lower-case word prefixes; the rule is tried only when a token starts with one of them. */
  keys: readonly string[];
  /** Global regular expression; group `t`, when present, is the trigger span. */
  re: RegExp;
  /** Counts only inside a protest frame (a protest trigger in the same or the previous sentence). */
  frame?: 'protest';
  /** For TERRITORY: the side assumed when no actor says otherwise. */
  side?: 'gov' | 'nsa';
}

/** Builds a rule; `keys` is a space-separated list of lower-case word prefixes. */
export function rule(
  type: RuleType,
  weight: number,
  keys: string,
  re: RegExp,
  extra: Pick<TriggerRule, 'frame' | 'side'> = {},
): TriggerRule {
  if (!re.global) throw new Error(`trigger rule for ${type} needs a global regex: ${re}`);
  return { type, weight, keys: keys.split(' ').filter(Boolean), re, ...extra };
}
