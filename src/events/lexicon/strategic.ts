/**
 * @module events/lexicon/strategic
 * Trigger rules for ACLED's Strategic developments (agreement, arrest, change to group/activity,
 * disrupted weapons use, headquarters established, non-violent transfer of territory, looting and
 * property destruction) and for CASE 2021's five extra types (organised crime, natural and
 * man-made disasters, diplomatic events, attribution of responsibility).
 */
import { rule, type TriggerRule } from './rule.js';

export const STRATEGIC_RULES: readonly TriggerRule[] = [
  rule('AGREEMENT', 5, 'signed sign', /\b(?<t>sign(?:ed|s|ing)? (?:an? |the )?(?:\w+ ){0,3}(?:agreement|deal|accord|memorandum|pact|treaty|truce|ceasefire|cease-fire))\b/gi),
  rule('AGREEMENT', 5, 'reach agreed agree struck', /\b(?<t>(?:reached|struck|brokered|clinched) (?:an? |the )?(?:\w+ ){0,2}(?:agreement|deal|accord|truce|ceasefire|cease-fire|understanding)|agreed (?:to|on|upon))\b/gi),
  rule('AGREEMENT', 4, 'ceasefire cease truce peace accord', /\b(?<t>cease-?fires?|truces?|peace (?:deal|agreement|accord|treaty|pact)s?|accords?)\b/gi),
  rule('AGREEMENT', 4, 'prisoner swap exchange release memorandum', /\b(?<t>prisoner (?:swap|exchange|release)s?|(?:swap|exchange) of prisoners|memorandum of understanding)\b/gi),
  rule('AGREEMENT', 4, 'exchang', /\b(?<t>exchang(?:ed|ing|e) (?:\w+ )?prisoners)\b/gi), // (error analysis)
  rule('AGREEMENT', 2, 'agreement deal', /\b(?<t>agreements?|deal)\b/gi),

  rule('ARREST', 4, 'arrest detain apprehend nabbed custody round jail imprison', /\b(?<t>arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|jailed|imprisoned|apprehend(?:ed|s|ing)?|nabbed|taken into custody|in custody|rounded up|held for questioning)\b/gi),
  rule('ARREST', 3, 'captur', /\b(?<t>captur(?:ed|es|ing) (?:\w+ )?(?:militants?|rebels?|fighters?|suspects?|members|commanders?|leaders?|insurgents?|terrorists?|soldiers))\b/gi),
  rule('ARREST', 2, 'remand charg sentenc', /\b(?<t>remanded|charged with|sentenced)\b/gi),

  rule('CHANGE_TO_GROUP_ACT', 4, 'deploy', /\b(?<t>deploy(?:ed|s|ing|ment)? (?:of )?(?:\w+ ){0,3}(?:troops|forces|soldiers|personnel|units|police|reinforcements|militias?))\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 3, 'deploy', /\b(?<t>deploy(?:ed|s|ing|ment))\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 4, 'curfew emergency', /\b(?<t>curfews?|state of emergency)\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 4, 'merg join defect pledg allegian', /\b(?<t>merg(?:ed|er|ing)|defect(?:ed|ion|ions|ors?)|pledged (?:its |their |his )?allegiance|joined (?:the )?(?:ranks|group|militants|rebels))\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 4, 'form launch creat announc', /\b(?<t>(?:formed|formation of|launched|created|creation of|announced) (?:an? |the )?(?:new )?(?:armed |rebel |militant |joint )?(?:group|militia|coalition|alliance|brigade|battalion|unit|force|front|party|faction|movement))\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 4, 'disband dissolv renam surrend recruit mobili lay laid', /\b(?<t>disband(?:ed|s|ing)?|dissolv(?:ed|es|ing)|renamed|surrender(?:ed|s|ing)?|recruit(?:ed|ing|ment)|mobili[sz](?:ed|es|ing|ation)|laid down (?:their |its )?(?:arms|weapons)|lay down (?:their |its )?(?:arms|weapons))\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 3, 'reinforc withdr pull redeploy relocat', /\b(?<t>reinforcements?|(?:troops|forces|soldiers) (?:withdrew|withdrawn|pulled out)|withdrawal of (?:\w+ )?(?:troops|forces)|redeploy(?:ed|ment)|relocat(?:ed|ion))\b/gi),
  rule('CHANGE_TO_GROUP_ACT', 4, 'mov dispatch sent send', /\b(?<t>(?:mov(?:ed|ing|es)|dispatch(?:ed|es|ing)|sent|send(?:s|ing)?) (?:\w+ ){0,4}?(?:troops|forces|reinforcements|soldiers|convoys?))\b/gi), // (error analysis)
  rule('CHANGE_TO_GROUP_ACT', 3, 'reinforc', /\b(?<t>reinforc(?:ed|es|ing))\b/gi), // (error analysis)
  rule('CHANGE_TO_GROUP_ACT', 2, 'form', /\b(?<t>(?:were|was|been) (?:formed|established|created))\b/gi), // (error analysis)
  rule('CHANGE_TO_GROUP_ACT', 3, 'exercis drill parade ban', /\b(?<t>military (?:exercises?|drills?|parade)|joint (?:exercises?|drills?)|banned (?:the )?(?:group|party|organi[sz]ation)|ban on (?:the )?(?:group|party|organi[sz]ation))\b/gi),

  rule('DISR_WEAP', 6, 'defus diffus defuse neutrali disarm bomb disposal', /\b(?<t>defus(?:ed|e|es|ing)|diffus(?:ed|ing)|(?:neutrali[sz]|disarm|dismantl)(?:ed|ing) (?:\w+ ){0,2}(?:bombs?|ieds?|explosives?|devices?|mines?)|bomb disposal|bomb squad)\b/gi),
  rule('DISR_WEAP', 5, 'intercept shot down', /\b(?<t>intercept(?:ed|s|ing|ion)|shot down|downed (?:an? |the )?(?:drone|missile|rocket|plane|aircraft))\b/gi),
  rule('DISR_WEAP', 5, 'seiz recover found cache foil', /\b(?<t>(?:seiz(?:ed|ure of)|recover(?:ed|y of)|found|discovered|uncovered|confiscat(?:ed|ion of)) (?:an? |the )?(?:[\w,-]+ ){0,4}?(?:weapons|arms|ammunitions?|explosives|rifles|firearms|guns|pistols|grenades|cache|caches|arsenal)|(?:arms|weapons) (?:cache|depot|haul)|foiled (?:an? |the )?(?:\w+ ){0,2}(?:bombings?|bomb (?:plot|attack)s?|suicide attacks?))\b/gi),

  // (error analysis) passive seizures: "weapons ... were seized".
  rule('DISR_WEAP', 5, 'weapon firearm ammunit gun rifle pistol explosiv arms', /\b(?<t>(?:weapons|firearms|ammunitions?|guns|rifles|pistols|explosives|arms)\b[^.;]{0,80}?\b(?:were|was|been) (?:seized|confiscated|recovered))\b/gi),
  rule('HQ_ESTABLISHED', 6, 'set establish open build built creat', /\b(?<t>(?:set(?:ting)? up|establish(?:ed|es|ing)?|opened|creat(?:ed|es|ing)|buil[dt](?:ing)?) (?:[\w-]+ ){0,5}?(?:headquarters|hq|bases?|outposts?|command (?:post|cent(?:re|er))|camps?|military posts?|offices?|observation (?:posts?|points?)))\b/gi),
  rule('HQ_ESTABLISHED', 5, 'observation point post', /\b(?<t>(?:observation|military) (?:posts?|points?) (?:was |were )?(?:established|set up))\b/gi), // (error analysis)
  rule('HQ_ESTABLISHED', 3, 'headquarters', /\b(?<t>headquarters)\b/gi),

  rule('NON_VIOL_TERRIT_TRANSFER', 5, 'handed hand handover transfer', /\b(?<t>hand(?:ed|ing|s)? over (?:control|the (?:town|city|area|territory|region|district|base|province|positions?))|handover of|transferred control|transfer of (?:control|territory))\b/gi),
  rule('NON_VIOL_TERRIT_TRANSFER', 5, 'without unopposed peaceful', /\b(?<t>without (?:a )?(?:fight|resistance|a shot (?:being )?fired)|unopposed|peacefully (?:took|entered|handed))\b/gi),
  rule('NON_VIOL_TERRIT_TRANSFER', 6, 'evacuation', /\b(?<t>evacuation (?:deal|agreement))\b/gi), // (error analysis)
  rule('NON_VIOL_TERRIT_TRANSFER', 4, 'withdr pull retreat evacuat', /\b(?<t>(?:withdr[ae]w|withdrawn|pulled out|retreated|evacuated) from (?:the )?(?:\w+ )?(?:town|city|area|territory|region|district|base|province|positions?|village))\b/gi),
  // (error analysis) ground taken after the other side left is a transfer without a fight.
  rule('NON_VIOL_TERRIT_TRANSFER', 6, 'withdr pull retreat', /\b(?<t>(?:after|following) (?:the )?(?:withdrawal|pull-?out|retreat) of|(?:after|as|when) (?:\w+ ){0,3}?(?:withdrew|pulled out|retreated))\b/gi),
  rule('AGREEMENT', 5, 'withdr pull', /\b(?<t>(?:withdr[ae]w|withdrawal|pulled out|pull out) from (?:\w+ ){0,4}?(?:pact|treaty|accord|agreement|deal))\b/gi),

  rule('PROPERTY_DISTRUCT', 4, 'loot plunder ransack arson vandal', /\b(?<t>loot(?:ed|ing|ers)?|plunder(?:ed|ing)?|ransack(?:ed|ing)?|arson|vandali[sz](?:ed|m|ing))\b/gi),
  rule('PROPERTY_DISTRUCT', 4, 'torch burn set raze demolish destroy', /\b(?<t>(?:torched|burn(?:ed|t) down|burn(?:ed|t)|set (?:fire to|ablaze|on fire)|razed|demolish(?:ed|ing)|destroy(?:ed|ing)|bulldoz(?:ed|ing)) (?:\w+ ){0,3}(?:houses|homes|shops|vehicles|cars|buildings|property|properties|schools?|churches|church|mosques?|offices?|huts|villages?|market|crops|shrines?|temples?|stations?|warehouses?|trucks))\b/gi),
  rule('PROPERTY_DISTRUCT', 3, 'torch', /\b(?<t>torched|torching|set ablaze|razed)\b/gi),

  rule('ORG_CRIME', 2, 'crime criminal', /\b(?<t>(?:hate )?crimes?|criminals?)\b/gi), // (error analysis)
  rule('ORG_CRIME', 5, 'drug cartel narco traffick smuggl counterfeit bust gang mafia heist robb extort launder cocaine heroin meth marijuana cannabis opium contraband organised organized criminal', /\b(?<t>drug (?:traffick\w*|cartels?|lords?|gangs?|smuggl\w*|dealers?|trade|ring|haul)|cartels?|narco\w*|traffick(?:ing|ers?|ed)|smuggl\w*|counterfeit\w*|busted|gang(?:s|sters?|land)?|mafia|heists?|robber(?:y|ies|s)|robbed|extort(?:ion|ed|ing)|money laundering|cocaine|heroin|methamphetamine|marijuana|cannabis|opium|contraband|organi[sz]ed crime|criminal (?:gangs?|groups?|networks?|organi[sz]ations?))\b/gi),

  rule('NATURAL_DISASTER', 6, 'earthquake quake tremor flood cyclone hurricane typhoon tornado landslide mudslide drought wildfire bushfire tsunami volcan erupt avalanche monsoon torrential', /\b(?<t>earthquakes?|quakes?|tremors?|floods?|flooding|flash floods?|cyclones?|hurricanes?|typhoons?|tornado(?:es|s)?|tropical storms?|landslides?|mudslides?|droughts?|wildfires?|bushfires?|forest fires?|tsunamis?|volcan(?:o|oes|ic)|eruptions?|avalanches?|monsoon|torrential)\b/gi),
  // EM-DAT counts epidemics as (biological) natural disasters; CASE follows it (error analysis).
  rule('NATURAL_DISASTER', 4, 'epidemic pandemic outbreak cholera covid coronavirus ebola', /\b(?<t>epidemics?|pandemics?|outbreaks?|cholera|covid(?:-19)?|coronavirus|ebola)\b/gi),
  rule('NATURAL_DISASTER', 4, 'storm heavy heat lightning magnitude rain snow', /\b(?<t>storms?|heavy (?:rains?|rainfall|snow(?:fall)?)|heat ?waves?|lightning|magnitude|rainfall|snowstorms?|blizzards?)\b/gi),

  rule('MAN_MADE_DISASTER', 6, 'fire blaze', /\b(?<t>(?:fire|blaze) (?:broke out|engulfed|gutted|ripped through|swept through|destroyed)|(?:massive|huge|major|deadly) (?:fire|blaze))\b/gi),
  rule('MAN_MADE_DISASTER', 6, 'collaps derail crash capsiz sank sink stampede leak spill accident collid collision short cylinder boiler firework', /\b(?<t>(?:building|bridge|mine|roof|wall|dam|house|structure) collaps\w*|derail(?:ed|ment|ments)?|(?:plane|helicopter|bus|train|boat|ferry|car|road|air) (?:crash(?:es|ed)?|accidents?)|crash(?:ed|es)?|capsiz(?:ed|e|es|ing)|sank|sinking|stampedes?|(?:gas|chemical|oil|toxic) (?:leaks?|explosion|spill)s?|oil spills?|accidents?|accidental(?:ly)?|collided|collisions?|short[- ]circuit|cylinder (?:blast|explosion)|boiler (?:blast|explosion)|fireworks?)\b/gi),
  rule('MAN_MADE_DISASTER', 2, 'collaps', /\b(?<t>collaps(?:ed|e|es|ing))\b/gi),
  rule('MAN_MADE_DISASTER', 5, 'explosion blast fire', /\b(?<t>(?:explosion|blast|fire) (?:at|in) (?:an? |the )?(?:\w+ )?(?:factory|plant|mine|refinery|warehouse|depot|pipeline|chemical|fireworks|market|hospital|hotel|nightclub|building|port))\b/gi),
  // (error analysis) industrial settings make an explosion or leak an accident, not a bomb.
  rule('MAN_MADE_DISASTER', 4, 'plant factory refiner warehouse ammonium transformer tanker pipeline reactor nuclear', /\b(?<t>(?:gas|chemical|power|nuclear|industrial) plants?|factory|factories|refiner(?:y|ies)|warehouses?|ammonium nitrate|transformers?|tankers?|pipelines?|reactors?)\b/gi),
  rule('MAN_MADE_DISASTER', 4, 'leak struck collid', /\b(?<t>leak(?:ed|s|ing)|struck by (?:an? |another )?(?:ship|vessel|carrier|tanker|train|truck|bus)|collided)\b/gi),
  rule('MAN_MADE_DISASTER', 4, 'poison adulterat contaminat', /\b(?<t>(?:food |alcohol |mass )?poisoning|adulterated|contaminated)\b/gi), // (error analysis)
  rule('MAN_MADE_DISASTER', 2, 'fire blaze', /\b(?<!(?:open|opened|opening|cease|ceasing|returned|returning|heavy|live|gun|sniper|mortar|artillery|rocket) )(?<t>fires?|blaze)\b(?! (?:on|at|into|back))/gi),

  rule('DIPLO', 4, 'talk summit bilateral diplomat envoy ambassador embass', /\b(?<t>(?:held|hold|holding|holds) talks|talks (?:with|between)|summits?|bilateral|diplomat(?:ic|s)?|envoys?|ambassadors?|embass(?:y|ies)|foreign ministers?|state visit|official visit)\b/gi),
  rule('DIPLO', 3, 'met meet visit call negotiat sanction delegat condemn', /\b(?<t>condemn(?:ed|s|ing)|met with|meeting with|(?:visit(?:ed|s|ing)?|trip to)|(?:phone|telephone) (?:call|conversation)|negotiat(?:ions?|ed|ing)|sanctions?|delegations?)\b/gi),
  // A veto (of a resolution, a bill, a plan) is a state acting in a diplomatic forum (demo review).
  rule('DIPLO', 4, 'veto', /\b(?<t>veto(?:ed|es|ing)?)\b/gi),
  rule('DIPLO', 5, 'expel recall sever', /\b(?<t>(?:expel(?:led|s)?|recall(?:ed|s)?|summon(?:ed|s)?) (?:\w+ ){0,2}(?:ambassador|diplomats?|envoy|charg[eé] d'affaires)|(?:severed|cut|restored|resumed) (?:diplomatic )?(?:ties|relations))\b/gi),

  // A claim of responsibility is the news itself when present: the attack it claims is background.
  rule('ATTRIB', 8, 'claim take took credit', /\b(?<t>claim(?:ed|s|ing)? (?:the )?(?:responsibility|credit)|claims? of responsibility|(?:takes|took|taking|taken) (?:the )?(?:responsibility|credit))\b/gi),
  rule('ATTRIB', 2, 'blam accus', /\b(?<t>blam(?:ed|es|ing)|accus(?:ed|es|ing))\b/gi),
  // (error analysis) responsibility asserted or denied, and "claimed the killing of".
  rule('ATTRIB', 5, 'responsib held behind', /\b(?<t>held (?:\w+ )?responsible|(?:was|were|is|are|be) (?:not )?responsible for|(?:was|were|is|are) behind)\b/gi),
  rule('ATTRIB', 8, 'claim', /\b(?<t>claim(?:ed|s)? (?:the )?(?:murder|killing|assassination|attack|bombing|abduction|kidnapping)s?)\b/gi),
  rule('ATTRIB', 8, 'denied deny denies reject', /\b(?<t>(?:denied|denies|deny|rejected|rejects) (?:\w+ ){0,8}?(?:responsib\w+|were behind|was behind))\b/gi),
];
