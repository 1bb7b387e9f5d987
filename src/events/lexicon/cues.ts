/**
 * @module events/lexicon/cues
 * Word lists the events stage needs besides triggers: which side an actor is on (ACLED separates
 * state forces from non-state groups), who counts as a civilian target, who a source is, and the
 * hedges that set an event's certainty. Written from general news usage and the ACLED codebook's
 * actor categories; used as a fallback when the actors layer (src/actors) has nothing.
 */

/** State forces and governments (ACLED actor type 1). */
export const GOV_CUE = /\b(?:government forces|government troops|security forces|armed forces|state forces|air force|national guard|coalition forces|pro-government forces|army|armies|troops|soldiers|military|militaries|government|governments|regime|police|policemen|gendarm\w*|pro-government|pro-regime|loyalists?|marines|navy|peacekeepers|tatmadaw)\b/gi;

/** Non-state armed groups (ACLED actor types 2 and 3): generic names (any case), then named groups. */
export const NSA_CUE = /\b(?:militants?|rebels?|insurgents?|jihadists?|extremists?|terrorists?|separatists?|guerrillas?|militias?|militiamen|fighters|gunmen|opposition|insurgency|taliban|islamic state|daesh|al-shabaab|shabaab|boko haram|houthis?|al-qaeda|al-qaida|al-nusra|hezbollah|hamas|maoists?|naxal\w*|free syrian army|hayat tahrir al-sham|ansar allah|abu sayyaf|seleka|anti-balaka)\b/gi;
/** Acronyms of armed groups: case-sensitive, "IS" must not match "is". */
export const NSA_ACRONYM = /\b(?:ISIS|ISIL|IS|ISWAP|AQAP|AQIM|HTS|FSA|SDF|YPG|PKK|JNIM|ADF|M23|FARC|ELN|FDLR|NPA)\b/g;

/** Unarmed people: targets of violence against civilians. */
export const CIVILIAN_CUE = /\b(?:civilians?|villagers|residents|worshippers|passengers|pilgrims|farmers|herders|students|pupils|journalists?|reporters?|aid workers|teachers|women|children|girls|boys|families|family|man|woman|people|shoppers|traders|patients|refugees|displaced|unarmed|bystanders|tourists|priests?|imams?|monks?|doctors|nurses|humanitarian (?:workers|staff|personnel))\b/i;

/** Targets that make an attack a battle rather than violence against civilians. */
export const MILITARY_TARGET_CUE = /\b(?:army|military|troops|soldiers|police(?:men)?|security forces|checkpoints?|bases?|outposts?|barracks|convoys?|patrols?|garrison|positions?|militants?|rebels?|insurgents?|fighters|police stations?)\b/i;

/** Protesters as actors (always participants of their own protest). */
export const PROTESTER_CUE = /\b(?:protesters|protestors|demonstrators|marchers|strikers|activists|rioters|crowds?|mobs?)\b/gi;

/**
 * Sources and their kinds, tried in order: the first that matches the source phrase wins, so the
 * specific ("a militia spokesman") comes before the generic ("spokesman").
 */
export const SOURCE_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['monitor', /\b(?:observatory|monitor(?:ing group)?|watchdog|SOHR|ACLED|violations documentation)\b/i],
  ['media', /\b(?:news agency|agency|television|TV|radio|newspaper|daily|broadcaster|channel|outlet|media|press|Reuters|AFP|AP|Associated Press|BBC|CNN|Al Jazeera|SANA|IRNA|Xinhua|Anadolu|TASS|RIA|Sputnik|Interfax|reporters?|correspondents?|journalists?|website)\b/i],
  ['medical', /\b(?:hospital|doctors?|medics?|medical|health (?:ministry|officials?|department)|paramedics|ambulance|morgue|white helmets|civil defen[cs]e)\b/i],
  ['ngo', /\b(?:United Nations|UN|U\.N\.|UNICEF|UNHCR|OCHA|Amnesty|Human Rights Watch|HRW|Red Cross|Red Crescent|ICRC|MSF|Doctors Without Borders|NGO|charity|aid (?:group|agency|organi[sz]ation)|rights group|human rights)\b/i],
  ['armed_group', new RegExp(String.raw`${NSA_CUE.source}|\b(?:the group|group's)\b`, 'i')],
  ['government', /\b(?:ministry|ministries|government|army|military|police|armed forces|security forces|interior|defen[cs]e|presidency|cabinet|state|authorities|regime|embassy|foreign office|pentagon|kremlin)\b/i],
  ['official', /\b(?:officials?|governor|mayor|spokes(?:man|woman|person)|minister|commander|chief|president|prime minister|administrator|lawmaker|MP|senator|prosecutor|head)\b/i],
  ['witness', /\b(?:witness(?:es)?|residents?|locals?|villagers|survivors?|eyewitness(?:es)?|relatives|neighbou?rs|activists?)\b/i],
  ['source', /\b(?:sources?|reports?)\b/i],
];

/** Verbs that introduce a report ("the ministry said"). */
export const REPORT_VERB = String.raw`(?:said|says|say|reported|reports|told|announced|confirmed|claimed|claims|stated|added|tweeted|wrote|quoted|cited|according to)`;

/** Certainty cues; looked for in the event's clause (see certainty.ts for the window). */
export const DENIED_CUE = /\b(?:denied|denies|deny|denying|rejected (?:the )?(?:claims?|reports?|allegations?|accusations?)|dismissed (?:the )?(?:claims?|reports?|allegations?)|refuted|false reports?|no truth)\b/i;
export const PLANNED_CUE = /\b(?:plans? to|planned|planning|will|would|threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|intends? to|intended to|is to|are to|set to|scheduled|upcoming|call(?:ed|s|ing)? for|prepar(?:ing|es|ed) to|announced (?:a |plans?)|expected to|to hold|to stage)\b/i;
export const SUSPECTED_CUE = /\b(?:suspected|alleged(?:ly)?|believed to|apparent(?:ly)?|possibl[ey]|likely|presumably|purported(?:ly)?|unconfirmed|may have|might have|thought to)\b/i;
export const REPORTED_CUE = /\b(?:reportedly|reports? said|was reported|were reported|according to|it is reported|is said to|are said to)\b/i;
export const CONFIRMED_CUE = /\b(?:confirmed|confirms|verified)\b/i;
