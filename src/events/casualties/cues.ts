/**
 * @module events/casualties/cues
 * The words that make a number a casualty figure, as regular expressions anchored where the
 * scanner needs them: cues that precede the count ("killing 12", "the death toll rose to 66")
 * and cues that follow it ("Four people were wounded", "4 dead").
 */

/** Which figure a cue speaks of; `both` is "killing and wounding 30" (README: combined → vague). */
export type CueKind = 'killed' | 'injured' | 'both';

const before = (src: string): RegExp => new RegExp(String.raw`(?:^|[^\p{L}])(?:${src})\s+$`, 'iu');

/** Cues that end right before the count. Checked in this order: combined first. */
export const CUES_BEFORE: [RegExp, CueKind][] = [
  [before(String.raw`kill(?:ing|ed|s)?\s+(?:and|or)\s+(?:wound|injur)(?:ing|ed|es|e|s)?|(?:wound|injur)(?:ing|ed|es|e|s)?\s+(?:and|or)\s+kill(?:ing|ed|s)?|(?:dead|killed)\s+(?:and|or)\s+(?:injured|wounded)\s+(?:were|was)`), 'both'],
  [before(String.raw`kill(?:s|ed|ing)?|murder(?:s|ed|ing)?|martyr(?:ed|ing)|slew|slaying|massacr(?:ed|ing|es)|execut(?:ed|ing|es)|behead(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|(?:shot|shoot(?:s|ing)?)\s+dead|gun(?:s|ned|ning)?\s+down|(?:fatally|mortally)\s+(?:shot|shooting|stabbed|stabbing|wounded|wounding)|lynch(?:es|ed|ing)?|(?:claim(?:ed|ing|s)?|took|taking|cost)\s+the\s+lives\s+of|(?:the\s+)?(?:deaths?|murders?|killings?|bodies|remains|massacre|slaying|execution)\s+of|(?:death|casualty|fatality)\s+toll\s+(?:of|at|to)`), 'killed'],
  [before(String.raw`injur(?:ing|ed|es|e)|wound(?:ing|ed|s)?|hurt(?:ing|s)?|maim(?:ing|ed|s)?|(?:caus(?:ing|ed)|inflict(?:ing|ed))\s+(?:\w+\s+)?injuries\s+to|injuries\s+to|hospitali[sz](?:ing|ed)`), 'injured'],
];

/**
 * The words each cue before a count can end with, read off its expression: a cue ends with the
 * word right before the count, so an expression whose set lacks that word cannot match and is not
 * run (these end-anchored expressions are tried at every position of 90 characters).
 * cues.test.ts checks every set against its expression.
 */
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));
export const CUES_BEFORE_LAST: readonly ReadonlySet<string>[] = [
  words('wound wounding wounded woundes wounde wounds injur injuring injured injures injure injurs kill killing killed kills were was'),
  words(`kill kills killed killing murder murders murdered murdering martyred martyring slew slaying massacred massacring
    massacres executed executing executes behead beheaded beheading beheads slaughter slaughtered slaughtering slaughters
    dead down shot shooting stabbed stabbing wounded wounding lynch lynches lynched lynching of at to`),
  words('injuring injured injures injure wound wounding wounded wounds hurt hurting hurts maim maiming maimed maims to hospitalising hospitalizing hospitalised hospitalized'),
];
export const TOLL_BEFORE_LAST = words(`rose risen rises climbed climbs reached reaches jumped jumps increased increases stands stood
  hit hits mounted mounts grew grown soared up to at crosses crossed passed passes topped tops exceeded exceeds surpassed surpasses`);
export const LEFT_BEFORE_LAST = words('left leaving leave leaves');

/**
 * Every word a cue before a count can end with. The scanner checks the word before a count against
 * this set before running the cue expressions, which keeps the stage fast on long articles.
 */
export const CUE_LAST_WORDS = new Set(
  ('kill kills killed killing murder murders murdered murdering slew slaying massacre massacred massacring massacres ' +
    'executed executing executes behead beheaded beheading beheads slaughter slaughtered slaughtering slaughters dead down ' +
    'shot shooting stabbed stabbing wounded wounding of at to injuring injured injures injure wound wounds hurt hurting ' +
    'hurts maim maims maimed maiming hospitalising hospitalizing hospitalised hospitalized lynch lynches lynched lynching ' +
    'rose risen rises climbed climbs reached reaches jumped jumps increased increases stands stood hit hits mounted mounts ' +
    'grew grown soared up crosses crossed passed passes topped tops exceeded exceeds surpassed surpasses left leaving leave ' +
    'leaves were was gun guns gunned gunning martyred martyring').split(' '),
);

/** "The death toll climbed to 66", "Death Toll Crosses 2,200": the toll verb decides the qualifier. */
export const TOLL_BEFORE = before(
  String.raw`(?:(?:death|casualty|fatality)?\s*toll|number\s+of\s+(?:the\s+)?(?<hurt>injured|wounded|injuries)?(?:dead|deaths|fatalities|victims|people\s+killed)?)\s+(?:[\p{L}-]+\s+){0,4}?(?:has\s+|had\s+|have\s+)?(?:(?<raise>rose|risen|rises|climbed|climbs|reached|reaches|jumped|jumps|increased|increases|stands|stood|hit|hits|mounted|mounts|grew|grown|soared|went\s+up)(?:\s+(?:to|at))?|(?<pass>crosses|crossed|passed|passes|topped|tops|exceeded|exceeds|surpassed|surpasses))`,
);

/**
 * A toll with its event named in between: "the death toll from drone strikes on a village near
 * Qamishli on Sunday has risen to 11". The phrase runs to the verb without crossing a clause break.
 */
export const TOLL_NAMED = before(
  String.raw`(?:death|casualty|fatality)\s+toll\s+(?:from|of|in|after|following)\s+(?:[^\s,.;:!?"“”()]+\s+){1,20}?(?:has\s+|had\s+|have\s+)?(?:(?<raise>rose|risen|rises|climbed|climbs|reached|reaches|jumped|jumps|increased|increases|stands|stood|mounted|mounts|grew|grown|soared|went\s+up)(?:\s+(?:to|at))?|(?<pass>crosses|crossed|passed|passes|topped|tops|exceeded|exceeds|surpassed|surpasses))`,
);

/** After a count, left/leaving needs a state word: "leaving 30 people dead and 20 wounded". */
export const LEFT_BEFORE = before(String.raw`left|leaving|leave|leaves`);
export const LEFT_STATE = /^\s+(?:(?<both>dead\s+(?:or|and)\s+(?:injured|wounded)|killed\s+(?:or|and)\s+(?:injured|wounded))|(?<killed>dead|killed)|(?<injured>injured|wounded|hurt))\b/i;

// Words allowed between a counted phrase and its cue: auxiliaries, hedges and severity adverbs
// ("were reported to have been killed", "Dozens reported dead", "was badly injured").
const AUX = String.raw`(?:were|was|are|is|have|has|had|been|being|be|got|gets|get|may|might|could|would|will|apparently|likely|probably|estimated|expected|reportedly|also|all|both|later|subsequently|allegedly|confirmed|reported|known|believed|feared|said|thought|understood|presumed|to|now|so\s+far|already|still|either|critically|seriously|badly|gravely|heavily|having|slightly|lightly|fatally|mortally|severely|grievously|initially|since|then|themselves|[a-z]+ed\s+and)`;

/** Cues that follow the counted phrase; `aux` tells whether an auxiliary came between. */
export const CUE_AFTER = new RegExp(
  String.raw`^(?<aux>(?:\s+${AUX})*)\s+(?:` +
    String.raw`(?<both>(?:killed|dead)\s+(?:and|or)\s+(?:injured|wounded|hurt)|(?:injured|wounded)\s+(?:and|or)\s+killed|casualties)` +
    String.raw`|(?<killed>killed|dead|died|die|dying|slain|murdered|massacred|executed|martyred|shot\s+dead|shot\s+and\s+killed|gunned\s+down|beheaded|lynched|(?:burned|burnt|stabbed|beaten|hacked|crushed|shot|bludgeoned|trampled)\s+to\s+death|lost\s+(?:their|his|her)\s+li(?:fe|ves)|perished)` +
    String.raw`|(?<injured>injured|wounded|hurt|hospitali[sz]ed|treated|set\s+(?:ablaze|alight|on\s+fire)|(?:suffered|suffering|sustained|sustaining|received)\s+(?:[\p{L}-]+\s+){0,2}?(?:injuries|injury|wounds|wound|burns|fractures|breathing\s+(?:difficulties|problems)|asphyxia)|(?:taken|rushed|delivered|admitted|airlifted|evacuated|brought)\s+to\s+(?:[\p{L}'’-]+\s+){0,3}?hospitals?)` +
    String.raw`)(?![\p{L}])`,
  'iu',
);

/** Transitive cues: with no auxiliary, an object after them means the count was the actor. */
export const OBJECT_AFTER = /^\s+(?:\d|(?:at\s+least|more\s+than|over|about|nearly|up\s+to|as\s+many\s+as|some|a|an|the|his|her|their|its|dozens|scores|several|hundreds|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b)/i;

/** Explicit zero: "no one was killed", "no casualties", "no reports of any casualty". */
export const ZERO: [RegExp, CueKind][] = [
  [/\b(?:no\s+one|nobody|none\s+of\s+(?:them|the\s+\w+))\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+\s+)?(?:hurt|harmed)\b/i, 'both'],
  [/\b(?:no\s+one|nobody)\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+\s+)?(?:killed)\b|\b(?:no\s+one|nobody)\s+(?:has\s+|had\s+)?died\b/i, 'killed'],
  [/\b(?:no\s+one|nobody)\s+(?:\w+\s+){0,2}?(?:was|were|had\s+been|has\s+been|got)\s+(?:\w+\s+)?(?:injured|wounded)\b/i, 'injured'],
  [/\b(?:no|without(?:\s+causing)?(?:\s+any)?)\s+(?:immediate\s+|reported\s+|human\s+|further\s+)?(?:reports?\s+of\s+(?:any\s+)?)?(?:casualt(?:y|ies))\b/i, 'both'],
  [/\bno\s+(?:immediate\s+|reported\s+|further\s+)?(?:reports?\s+of\s+(?:any\s+)?)?(?:deaths?|fatalit(?:y|ies)|loss\s+of\s+(?:human\s+)?li(?:fe|ves))\b/i, 'killed'],
  [/\bno\s+(?:immediate\s+|reported\s+|serious\s+|further\s+)?(?:reports?\s+of\s+(?:any\s+)?)?injur(?:y|ies)\b/i, 'injured'],
];

/**
 * Uncounted deaths and injuries (README: "deadly" → vague): "a deadly crackdown", "fatal attacks",
 * "resulting in deaths and injuries". Used only when no figure is given.
 */
export const IMPLIED: [RegExp, CueKind][] = [
  [/\b(?:result(?:ing|ed|s)?\s+in|caus(?:ing|ed|es)|le(?:d|ading)\s+to|left|leaving)\s+(?:several\s+|many\s+|multiple\s+|numerous\s+)?deaths\s+and\s+(?:injuries|wounded)\b/i, 'both'],
  [/\b(?:result(?:ing|ed|s)?\s+in|caus(?:ing|ed|es)|le(?:d|ading)\s+to)\s+(?:several\s+|many\s+|multiple\s+|numerous\s+)?(?:deaths|fatalities)\b/i, 'killed'],
  [/\b(?:deadly|fatal|lethal)\s+(?:[\p{L}-]+\s+){0,2}(?:attacks?|crackdown|violence|clash(?:es)?|blasts?|explosions?|bombings?|shootings?|raids?|(?:air)?strikes?|assaults?|riots?|unrest|fighting|ambush(?:es)?|stampede|fire|crash|accident|earthquake|floods?|storm|landslides?|shelling|incident|protests?)\b/iu, 'killed'],
];

/** "Two suicide bombers blew themselves up": attackers dead, counted apart (README). */
export const SELF_DETONATION = /\b(?:suicide\s+)?bombers?\s+(?:\w+\s+){0,2}?(?:blew|blow|blown|blowing|blows)\s+(?:themselves|himself|herself)\s+up\b/i;

/** Words that make a later figure an addition to an earlier one ("Two civilians also sustained injuries"). */
export const ADDITIVE = /^(?:another|one\s+other|a\s+further)$|\b(?:also)\b/i;
