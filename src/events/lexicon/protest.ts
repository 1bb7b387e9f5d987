/**
 * @module events/lexicon/protest
 * Trigger rules for ACLED's Protests and Riots. The codebook separates them by behaviour:
 * peaceful protest; protest with intervention (dispersed, arrests, minor injuries: tear gas, water
 * cannon, batons); excessive force against protesters (live fire, serious or lethal injuries);
 * violent demonstration (demonstrators themselves use violence or vandalism); mob violence
 * (an unorganised crowd attacking people or property, e.g. a lynching).
 */
import { rule, type TriggerRule } from './rule.js';

export const PROTEST_RULES: readonly TriggerRule[] = [
  rule('PEACE_PROTEST', 4, 'protest demonstrat', /\b(?<t>protest(?:s|ed|ing|ers?)?|demonstrat(?:ion|ions|ed|ors?|e|es|ing))\b/gi),
  rule('PEACE_PROTEST', 4, 'rall', /\b(?<t>rall(?:y|ies|ied|ying))\b/gi),
  rule('PEACE_PROTEST', 3, 'march', /\b(?<t>march(?:ed|es|ing|ers)|(?:protest |peaceful |silent |candlelight )march)\b/g),
  rule('PEACE_PROTEST', 4, 'sit sit-in', /\b(?<t>sit-ins?|sit in)\b/gi),
  rule('PEACE_PROTEST', 4, 'strike hunger walkout', /\b(?<t>(?:hunger|general|labou?r|workers'?|teachers'?|doctors'?|nationwide|indefinite|token) strikes?|went on (?:a )?strike|on strike|strike action|walk-?outs?|walked out)\b/gi),
  rule('PEACE_PROTEST', 4, 'took street', /\b(?<t>took to the streets|take to the streets|taking to the streets)\b/gi),
  rule('PEACE_PROTEST', 2, 'picket chant slogan placard banner vigil petition boycott', /\b(?<t>picket(?:ed|ing|s)?|chant(?:ed|ing)|slogans|placards|banners|vigils?|boycott(?:ed|s)?)\b/gi),
  rule('PEACE_PROTEST', 3, 'gather', /\b(?<t>gathered (?:outside|in front of|at)|staged (?:a )?(?:sit-in|demonstration|protest|rally))\b/gi),

  rule('PROTEST_WITH_INTER', 4, 'tear gas teargas water cannon baton lathi rubber pepper stun', /\b(?<t>tear[- ]?gas(?:sed)?|water[- ]cannons?|baton[- ]charg\w*|lathi[- ]?charg\w*|rubber bullets|pepper spray|stun grenades?|batons?)\b/gi, { frame: 'protest' }),
  rule('PROTEST_WITH_INTER', 5, 'dispers broke', /\b(?<t>dispers(?:ed|e|ing|al)|broke up|break up|forcibly removed|cracked down)\b/gi, { frame: 'protest' }),
  rule('PROTEST_WITH_INTER', 4, 'arrest detain', /\b(?<t>(?:arrest(?:ed|s|ing)?|detain(?:ed|ing)?|rounded up) (?:\w+ )?(?:protesters|demonstrators|activists|participants|students|marchers))\b/gi, { frame: 'protest' }),

  // (error analysis) the state's answer: "suppressed" is intervention, "violently suppressed" excessive force;
  // an arrest during a protest is intervention (codebook); a clash, a blockade or thrown projectiles make it a riot.
  rule('PROTEST_WITH_INTER', 4, 'suppress', /\b(?<t>suppress(?:ed|es|ing|ion))\b/gi, { frame: 'protest' }),
  rule('PROTEST_WITH_INTER', 3, 'arrest detain', /\b(?<t>arrest(?:ed|s)?|detain(?:ed|s)?)\b/gi, { frame: 'protest' }),
  rule('FORCE_AGAINST_PROTEST', 6, 'violent', /\b(?<t>violently (?:suppress(?:ed|ing)|dispers(?:ed|ing)|attacked|beat|broke up|cracked down))\b/gi, { frame: 'protest' }),
  rule('VIOL_DEMONSTR', 4, 'clash', /\b(?<t>clash(?:es|ed)?)\b/gi, { frame: 'protest' }),
  rule('VIOL_DEMONSTR', 5, 'shut block light lit projectil', /\b(?<t>(?:shut|shutting) down (?:\w+ )?(?:roads|streets|highways?)|block(?:ed|ing) (?:\w+ )?(?:streets|roads|highways?)|(?:light|lit|lighting|set) fires|projectiles (?:were |was )?thrown)\b/gi, { frame: 'protest' }),
  rule('VIOL_DEMONSTR', 6, 'riot', /\b(?<!anti-)(?<t>riot(?:s|ed|ing|ers)?)\b(?! (?:police|gear|control|squad|officers?|units?|troops|shields?))/gi),
  rule('VIOL_DEMONSTR', 6, 'violent turn', /\b(?<t>violent (?:protests?|demonstrations?|rall(?:y|ies))|(?:turn(?:ed|s)?|turning) (?:\w+ )?violent|protests? turned)\b/gi),
  rule('VIOL_DEMONSTR', 5, 'stone pelt threw hurl throw', /\b(?<t>stone[- ]?pelt\w*|pelt(?:ed|ing) (?:\w+ )?(?:with )?stones|(?:threw|hurled|throwing|hurling) (?:stones|rocks|bricks|petrol bombs|molotov cocktails|firebombs|projectiles|bottles))\b/gi),
  rule('VIOL_DEMONSTR', 5, 'torch burn set vandal ransack block', /\b(?<t>torched|set (?:fire|ablaze)|set on fire|burn(?:ed|t|ing) (?:tyres|tires|vehicles|cars|effigies)|vandali[sz](?:ed|ing)|ransack(?:ed|ing)|blocked (?:roads|the road|highways?))\b/gi, { frame: 'protest' }),
  rule('VIOL_DEMONSTR', 5, 'clash attack', /\b(?<t>clash(?:ed|es)? with (?:the )?(?:police|security forces|riot police|troops|soldiers)|attacked (?:the )?(?:police|security forces|officers))\b/gi, { frame: 'protest' }),

  rule('MOB_VIOL', 6, 'mob lynch vigilant jungle', /\b(?<t>mobs?|lynch(?:ed|ing|ings)?|vigilantism|mob justice|jungle justice)\b/gi),
  rule('MOB_VIOL', 3, 'vigilant', /\b(?<t>vigilantes?)\b/gi),
  rule('MOB_VIOL', 5, 'angry irate enraged crowd', /\b(?<t>(?:angry|irate|enraged|furious) (?:crowd|villagers|residents|youths|mob)|beaten to death by (?:a )?(?:crowd|villagers|residents))\b/gi),
];
