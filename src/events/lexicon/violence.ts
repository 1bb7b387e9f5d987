/**
 * @module events/lexicon/violence
 * Trigger rules for ACLED's Battles, Explosions/Remote violence and Violence against civilians.
 * Written from the ACLED codebook (2019/2021 editions) sub-event definitions, before any CASE 2021
 * snippet was read; later additions are marked "(error analysis)" where they came from reading
 * misclassified snippets, and are kept general (no snippet's wording copied).
 */
import { rule, type TriggerRule } from './rule.js';

const GOV = String.raw`(?:army|troops|soldiers|military|government|regime|security forces|police|government forces|state forces)`;

export const VIOLENCE_RULES: readonly TriggerRule[] = [
  // Battles: "armed, organised groups" fighting each other (codebook: Armed clash).
  rule('ARMED_CLASH', 3, 'clash', /\b(?<t>clash(?:es|ed|ing)?)\b/gi),
  rule('ARMED_CLASH', 4, 'gun battle gunbattle gunfight firefight fire shoot', /\b(?<t>gun[- ]?battles?|gun[- ]?fights?|fire[- ]?fights?|shoot[- ]?outs?|exchanges? of fire|exchanged fire)\b/gi),
  rule('ARMED_CLASH', 3, 'skirmish', /\b(?<t>skirmish(?:es|ed)?)\b/gi),
  rule('ARMED_CLASH', 3, 'fight fought', /\b(?<t>(?:heavy |fierce |intense |renewed )?fighting|fought)\b/gi),
  rule('ARMED_CLASH', 2, 'battl', /\b(?<t>battl(?:e|es|ed|ing))\b/gi),
  rule('ARMED_CLASH', 3, 'encounter', /\b(?<t>encounters?)\b/gi),
  rule('ARMED_CLASH', 3, 'ambush', /\b(?<t>ambush(?:ed|es)?)\b/gi),
  rule('ARMED_CLASH', 2, 'offensive', /\b(?<t>offensive)\b/gi),
  rule('ARMED_CLASH', 4, 'clash fight attack', new RegExp(String.raw`\b(?<t>(?:attack(?:ed|s)?|fight(?:ing)?|raid(?:ed)?) (?:on |against )?(?:an? |the )?(?:army|military|police|security) (?:post|base|checkpoint|convoy|patrol|outpost|station|camp|positions?))\b`, 'gi')),
  // (error analysis) ACLED codes the killing of armed combatants by armed forces (and the reverse) as a battle.
  rule('ARMED_CLASH', 3, 'kill', /\b(?<t>kill(?:ed|ing|s)? (?:\w+ ){0,4}?(?:militants|rebels|insurgents|fighters|terrorists|jihadists|soldiers|troops|policemen|security personnel))\b/gi),
  // State-media style "units targeted positions of terrorist organisations": forces attacking an
  // armed group's positions is a battle in the codebook's terms, whatever the weapon.
  rule('ARMED_CLASH', 3, 'target', /\b(?<t>target(?:ed|ing|s) (?:the )?(?:\w+ ){0,2}?(?:positions|hideouts|dens|strongholds|gatherings|fortifications|supply routes|headquarters) (?:of|belonging to|held by))\b/gi),
  rule('STRIKE_TARGET', 2, 'attack', /\b(?<t>attack(?:ed|s|ing)?|assault(?:ed|s)?|raid(?:ed|s)?|stormed)\b/gi),

  // Territory (codebook: Government regains territory / Non-state actor overtakes territory).
  rule('TERRITORY', 4, 'recapt retook retake regain liberat took back', /\b(?<t>recaptur(?:e|ed|es|ing)|retook|retake[ns]?|retaking|regain(?:ed|s|ing)? (?:full )?control|took back|taken back|liberat(?:ed|es|ing|ion of))\b/gi, { side: 'gov' }),
  rule('TERRITORY', 4, 'overran overrun fell', /\b(?<t>overr[au]n(?:ning)?|fell to|fallen to|falls to)\b/gi, { side: 'nsa' }),
  rule('TERRITORY', 4, 'seiz captur took taken tak gain occup', /\b(?<t>(?:seiz(?:ed|es|ing)|captur(?:ed|es|ing)|occup(?:ied|ies|ying)|took|taken|taking|gain(?:ed|s|ing)) (?:full |complete |total )?(?:control (?:of|over) )?(?:on \w+day )?(?:the |a |an )?(?:[\w'()-]+ ){0,4}?(?:towns?|city|cities|villages?|districts?|territory|territories|hills?|airport|airbase|region|province|neighbou?rhoods?|areas?|border crossing|oil field|headquarters|stronghold|positions?|port|camps?|bases?|(?:hill )?posts?))\b/gi, { side: 'nsa' }),
  rule('TERRITORY', 4, 'control', /\b(?<t>(?:took|taken|seized|gained|wrested|established) (?:full |complete |total )?control)\b/gi, { side: 'nsa' }),
  // (error analysis) "freed villages from", "regained territory": same definition, more verbs.
  rule('TERRITORY', 4, 'freed regain', /\b(?<t>freed (?:\w+ ){0,3}?(?:towns?|villages?|areas?|city|district|territory|neighbou?rhoods?)|regain(?:ed|s|ing)? (?:\w+ )?(?:territory|ground|areas?))\b/gi, { side: 'gov' }),
  rule('TERRITORY', 3, 'control grip', /\b(?<t>(?:back )?under (?:the )?(?:full )?(?:control|grip) of)\b/gi, { side: 'nsa' }),
  rule('TERRITORY', 4, 'clear', new RegExp(String.raw`\b(?<t>(?:cleared|cleansed|purged) (?:the )?[\w-]+(?: [\w-]+)? (?:of|from) (?:militants|terrorists|insurgents|rebels|jihadists))\b`, 'gi'), { side: 'gov' }),

  // Explosions/Remote violence.
  rule('AIR_STRIKE', 4, 'air airstrike airraid', /\b(?<t>air[- ]?strikes?|air[- ]?raids?|aerial (?:bombardments?|bombings?|attacks?|strikes?|campaign))\b/gi),
  rule('AIR_STRIKE', 4, 'drone uav unmanned', /\b(?<t>(?:drone|uav|unmanned aerial vehicle)s? (?:strikes?|attacks?|raids?|bombings?|fired|struck|hit|targeted))\b/gi),
  rule('AIR_STRIKE', 3, 'warplane jet plane aircraft helicopter gunship bomber', /\b(?<t>warplanes?|war planes?|fighter jets?|jets|(?:military |russian |syrian |coalition |saudi |israeli |turkish |government |regime )?(?:aircraft|planes|helicopters?|helicopter gunships?|bombers))\b/gi),
  rule('AIR_STRIKE', 4, 'barrel', /\b(?<t>barrel[- ]bombs?)\b/gi),
  rule('AIR_STRIKE', 4, 'bomb', /\b(?<t>bomb(?:ed|ing)(?: raids?)? (?:by|from) (?:the )?(?:air|planes|aircraft|jets|warplanes))\b/gi),
  rule('AIR_STRIKE', 2, 'strike struck', /\b(?<t>(?:precision |targeted )?strikes? on|struck from the air)\b/gi),
  rule('AIR_STRIKE', 2, 'drone', /\b(?<t>drones?)\b/gi),
  rule('AIR_STRIKE', 3, 'strike', /\b(?<t>strikes (?:targeted|hit|pounded|killed|struck))\b/gi), // (error analysis)

  rule('ART_MISS_ATTACK', 4, 'shell', /\b(?<t>shell(?:ing|ed|s)?)\b/gi),
  rule('ART_MISS_ATTACK', 4, 'artiller', /\b(?<t>artillery)\b/gi),
  rule('ART_MISS_ATTACK', 4, 'mortar', /\b(?<t>mortars?(?: (?:shells?|rounds?|bombs?|fire|attacks?))?)\b/gi),
  rule('ART_MISS_ATTACK', 4, 'rocket fire launch', /\b(?<t>(?:fired|launched|lobbed) (?:\w+ )?(?:rockets?|missiles?|projectiles?)|rockets? (?:fire|attacks?|fired|landed|hit|struck|slammed)|rocket fire)\b/gi),
  rule('ART_MISS_ATTACK', 3, 'missile rocket', /\b(?<t>(?:ballistic |cruise |guided |anti-tank |surface-to-surface )?missiles?(?: (?:attacks?|strikes?))?|rockets?|katyushas?|grad rockets?|projectiles?)\b/gi),
  rule('ART_MISS_ATTACK', 3, 'bombard', /\b(?<t>bombard(?:ed|ment|ments|ing)?)\b/gi),
  rule('ART_MISS_ATTACK', 3, 'tank', /\b(?<t>tank (?:fire|shells?|rounds?))\b/gi),

  rule('SUIC_BOMB', 5, 'suicide', /\b(?<t>suicide[- ](?:bomb(?:er|ers|ing|ings|s)?|attack(?:er|ers|s)?|blasts?|car bomb(?:er|ing)?|truck bomb|vests?|belts?|explosions?|mission))\b/gi),
  rule('SUIC_BOMB', 5, 'blew self', /\b(?<t>blew (?:himself|herself|themselves) up|self-detonat\w*|detonated (?:his|her|their) (?:explosive|suicide) (?:vest|belt)s?)\b/gi),
  rule('SUIC_BOMB', 3, 'suicide', /\b(?<t>suicide)\b(?! (?:rate|prevention|attempt))/gi),

  rule('REM_EXPLOS', 4, 'bomb', /\b(?<t>(?:roadside|car|truck|motorcycle|motorbike|bicycle|parcel|sticky|magnetic|remote-controlled|remotely detonated|time|improvised) bombs?)\b/gi),
  rule('REM_EXPLOS', 4, 'ied vbied improvised explosive', /\b(?<t>(?:vb)?ieds?|improvised explosive devices?|explosive devices?|explosive-laden \w+)\b/gi),
  rule('REM_EXPLOS', 4, 'landmine mine', /\b(?<t>(?:land|ground|road) ?mines?|(?:hit|struck|triggered|stepped on) an? (?:\w+ )?mine|(?:anti-personnel |anti-tank )?mines? (?:blast|explosion|exploded|went off)|stepped on a (?:land ?)?mine)\b/gi),
  rule('REM_EXPLOS', 3, 'bomb', /\b(?<t>bomb(?:ings?|s|ed)?(?: (?:blast|attack|explosion)s?)?)\b/gi),
  rule('REM_EXPLOS', 3, 'blast explo deton booby', /\b(?<t>blasts?|explosions?|exploded|explodes|detonated|detonation|booby[- ]trap(?:ped|s)?)\b/gi),

  rule('GRENADE', 5, 'grenade', /\b(?<t>(?:hand )?grenades?(?: attacks?)?)\b/gi),
  rule('GRENADE', 5, 'hurl lob threw throw toss', /\b(?<t>(?:hurled|lobbed|threw|thrown|tossed) (?:a |an |two |several )?(?:hand )?grenades?)\b/gi),

  rule('CHEM_WEAP', 6, 'chemical chlorine sarin mustard sulfur sulphur nerve toxic poison gas novichok phosgene tabun', /\b(?<t>chemical (?:weapons?|attacks?|agents?|munitions?|strikes?|bombs?|arms)|chlorine(?: gas)?|sarin|(?:sulfur |sulphur )?mustard (?:gas|agent)|sulfur mustard|vx nerve agent|novichok|phosgene|tabun|nerve (?:gas|agents?)|(?:toxic|poison(?:ous)?) gas(?:es)?|gas attacks?)\b/gi),

  // Violence against civilians.
  rule('ATTACK', 4, 'gunned shot opened', /\b(?<t>gunned down|shot dead|shot and killed|shot to death|opened fire on)\b/gi),
  rule('ATTACK', 4, 'assassin behead hacked stabb lynch massacr execut murder', /\b(?<t>assassinat(?:ed|ion|ions|es|ing)|behead(?:ed|ing|s)?|hacked to death|stabb(?:ed|ing)|stabbed to death|massacr(?:e|es|ed)|execut(?:ed|ions?)|murder(?:ed|s|ing)?)\b/gi),
  rule('ATTACK', 3, 'gunmen armed assailant attacker', /\b(?<t>(?:unidentified |unknown |suspected )?(?:gunmen|armed men|assailants|attackers))\b/gi),
  rule('ATTACK', 4, 'attack kill shot opened', /\b(?<t>(?:attack(?:ed|s|ing)?|kill(?:ed|ing)|shot|opened fire on|targeted) (?:\w+ )?(?:civilians?|villagers|villages?|homes|worshippers|passengers|pilgrims|farmers|herders|students|journalists?|a journalist|aid workers|teachers|women|children|residents|unarmed|churches|mosques|schools?|markets?)\b)/gi),
  rule('ATTACK', 1, 'kill dead die', /\b(?<t>kill(?:ed|ing|s)?|dead|died|deaths?|death toll)\b/gi),

  rule('ABDUCT_DISSAP', 5, 'abduct kidnap hostage', /\b(?<t>abduct(?:ed|ion|ions|s|ing|ors?)|kidnap(?:ped|ping|pings|s|pers?)?|taken hostage|held hostage|seized as hostages?)\b/gi),
  rule('ABDUCT_DISSAP', 4, 'disappear missing', /\b(?<t>forcibly disappeared|enforced disappearances?|disappeared|went missing)\b/gi),
  rule('ABDUCT_DISSAP', 2, 'hostage', /\b(?<t>hostages?)\b/gi),

  rule('SEX_VIOL', 6, 'rape raping raped rapist gang sexual molest', /\b(?<t>(?:gang[- ])?rap(?:e|ed|es|ing|ists?)|sexual(?:ly)? (?:assault(?:ed|s)?|violence|abuse[ds]?|harass(?:ed|ment)|slavery|exploitation)|molest(?:ed|ing|ation)?)\b/gi),

  // The state's answer to a protest when it kills or maims (codebook: excessive force against protesters).
  // (error analysis) rewritten: a bare "killed" near a protest was too loose; the victims must be protesters.
  rule('FORCE_AGAINST_PROTEST', 6, 'fire live', /\b(?<t>fired live|live (?:ammunition|rounds|bullets|fire))\b/gi, { frame: 'protest' }),
  rule('FORCE_AGAINST_PROTEST', 6, 'open fire fired shot kill gunned beat beating hit clubbed kick', /\b(?<t>(?:opened fire|fired|shot|shooting|kill(?:ed|ing)|shot dead|gunned down|beat(?:ing|s)?|hit(?:s|ting)?|clubbed|kicked) (?:on |at |into )?(?:the |an? )?(?:(?!while |and |as |when |after )[\w-]+ ){0,2}?(?:protesters?|protestors?|demonstrators?|marchers|crowds?))\b/gi),
  rule('FORCE_AGAINST_PROTEST', 6, 'protest demonstrat marcher', /\b(?<t>(?:protesters|protestors|demonstrators|marchers) (?:\w+ ){0,3}?(?:were |was |have been |had been )?(?:killed|shot dead|shot))\b/gi),
  rule('FORCE_AGAINST_PROTEST', 6, 'excessive deadly violent brutal fatal lethal', /\b(?<t>excessive force|(?:deadly|violent|brutal|bloody|lethal) crackdown|fatal attacks?)\b/gi, { frame: 'protest' }),
];
