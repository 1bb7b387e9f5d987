/**
 * @module events/casualties/lexicon
 * Word lists behind casualty extraction. Group labels follow the casualties dataset README
 * (../shared/datasets/casualties/README.md, "Group labels are normalised where synonymous").
 */

/** Quantifier words that give a `vague` count ("dozens", "scores", "several", …: README conventions). */
export const VAGUE_SOURCE = String.raw`tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|several|many|hundreds|thousands|multiple|numerous|a\s+number|an\s+unspecified\s+number|an\s+unknown\s+number|a\s+large\s+number|a\s+few|a\s+handful|countless|all`;

/** Heads that name people who can be casualties; used to accept "a man", "another civilian" as 1. */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'child', 'baby', 'infant', 'toddler', 'teenager', 'person', 'civilian',
  'soldier', 'policeman', 'policewoman', 'officer', 'jawan', 'trooper', 'serviceman', 'student', 'teacher',
  'doctor', 'nurse', 'journalist', 'photojournalist', 'reporter', 'villager', 'farmer', 'worker', 'resident',
  'prisoner', 'inmate', 'detainee', 'driver', 'passenger', 'pilgrim', 'worshipper', 'trader', 'shopkeeper',
  'protester', 'protestor', 'demonstrator', 'activist', 'militant', 'rebel', 'fighter', 'guard', 'cultist',
  'suspect', 'blogger', 'priest', 'imam', 'pastor', 'cleric', 'politician', 'official', 'leader', 'commander',
  'member', 'youth', 'youngster', 'pedestrian', 'motorist', 'bystander', 'victim', 'son', 'daughter',
  'father', 'mother', 'brother', 'sister', 'wife', 'husband', 'mayor', 'chief', 'lawmaker', 'judge', 'lawyer',
  'tourist', 'refugee', 'migrant', 'herder', 'fisherman', 'miner', 'employee', 'engineer', 'contractor',
  'gunman', 'attacker', 'assailant', 'bomber', 'peacekeeper', 'volunteer', 'medic', 'paramedic', 'security',
]);

/**
 * Heads that are never casualties (units, vehicles, weapons, places, money): "killed 3 days ago",
 * "wounded 2 km away". A count whose head is one of these is dropped.
 */
export const NON_CASUALTY_HEADS = new Set([
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes',
  'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metres', 'meters', 'feet',
  'vehicle', 'vehicles', 'car', 'cars', 'truck', 'trucks', 'bus', 'buses', 'tank', 'tanks', 'rocket', 'rockets',
  'missile', 'missiles', 'shell', 'shells', 'mortar', 'mortars', 'grenade', 'grenades', 'bomb', 'bombs',
  'drone', 'drones', 'aircraft', 'plane', 'planes', 'jet', 'jets', 'house', 'houses', 'home', 'homes',
  'building', 'buildings', 'shop', 'shops', 'village', 'villages', 'town', 'towns', 'district', 'districts',
  'province', 'provinces', 'dollars', 'euros', 'pounds', 'rupees', 'percent', 'tons', 'tonnes', 'times',
  'round', 'rounds', 'attack', 'attacks', 'airstrike', 'airstrikes', 'strike', 'strikes', 'raid', 'raids',
  'explosion', 'explosions', 'blast', 'blasts', 'cattle', 'cows', 'goats', 'sheep', 'camels', 'animals',
  'dolphins', 'birds', 'cases', 'infections', 'hectares', 'acres', 'points', 'seats', 'votes',
]);

/** Group normalisation (README): synonyms map to one label; other known nouns keep their own. */
const GROUPS: [RegExp, string][] = [
  [/\b(?:suicide\s+bombers?|bombers?|assailants?|attackers?|gunmen|gunman|bandits?|attacking\s+\w+)$/, 'attackers'],
  [/\b(?:troops?|soldiers?|army\s*men|servicem[ae]n|army\s+personnel|troopers?|army\s+officers?|conscripts?)$/, 'soldiers'],
  [/\b(?:police(?:wo)?m[ae]n|police\s+officers?|police\s+trainees|police\s+personnel|police|cops?|jawans?|constables?|patrolm[ae]n)$/, 'police'],
  [/\b(?:security\s+(?:force\s+)?personnel|security\s+forces?|security\s+guards?|security\s+men|security\s+officers?)$/, 'security forces'],
  [/\b(?:rebels?|terrorists?|militants?|insurgents?|jihadists?|extremists?|separatists?)$/, 'militants'],
  [/\b(?:demonstrators?|protesters?|protestors?)$/, 'protesters'],
  [/\b(?:civilians?|civillians?)$/, 'civilians'],
  [/\b(?:children|child|kids?|minors?|babies|baby|infants?|toddlers?|girls?|boys?|schoolchildren|schoolgirls?|schoolboys?)$/, 'children'],
  [/\b(?:women|woman)$/, 'women'],
  [/\b(?:students?)$/, 'students'],
  [/\b(?:(?:photo)?journalists?|reporters?|cameram[ae]n)$/, 'journalists'],
  [/\b(?:guards?)$/, 'guards'],
  [/\b(?:peacekeepers?)$/, 'peacekeepers'],
  [/\b(?:fighters?)$/, 'fighters'],
  [/\b(?:Coptic\s+Christians)$/i, 'Coptic Christians'],
  [/\b(?:worshippers?)$/, 'worshippers'],
  [/\b(?:pilgrims?)$/, 'pilgrims'],
  [/\b(?:farmers?)$/, 'farmers'],
  [/\b(?:workers?)$/, 'workers'],
  [/\b(?:prisoners?|inmates?)$/, 'prisoners'],
  [/\b(?:refugees?|migrants?)$/, 'refugees'],
];

/**
 * The normalised group of a noun phrase ("29 Turkish soldiers" → soldiers), or null when the phrase
 * names no group ("people", "men", "others"). A preceding age under 18 ("her two-week-old son",
 * "a 12-year-old") makes the group children, as the README's examples do.
 */
export function groupOf(phrase: string): string | null {
  const p = phrase.trim();
  const age = /\b(\w+)[- ](day|week|month|year)s?[- ]old\b/i.exec(p);
  if (age) {
    const n = age[2].toLowerCase() === 'year' ? Number(age[1]) : 0;
    if (!Number.isNaN(n) && n < 18) return 'children';
  }
  const lower = p.replace(/\s+/g, ' ');
  for (const [re, label] of GROUPS) {
    if (re.test(label === 'Coptic Christians' ? lower : lower.toLowerCase())) {
      // A fighter of a named armed group ("Al-Shabab fighters") is a militant (README: rebels,
      // terrorists → militants); bare "fighters" keep their own noun.
      if (label === 'fighters' && /\b\p{Lu}[\p{L}-]*\s+fighters?$/u.test(p)) return 'militants';
      return label;
    }
  }
  return null;
}
