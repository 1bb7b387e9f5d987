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
  'guest', 'pupil', 'schoolchild', 'nun', 'monk', 'firefighter', 'rescuer', 'hostage', 'captive', 'patient',
  'customer', 'shopper', 'spectator', 'fan', 'athlete', 'player', 'diplomat', 'envoy', 'staffer', 'aide',
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
  'dolphins', 'birds', 'cases', 'infections', 'hectares', 'acres', 'points', 'seats', 'votes', 'jobs',
  'projects', 'bills', 'deals', 'plans', 'proposals', 'trees', 'crops', 'livestock', 'horses', 'dogs',
  'percent', 'per', 'cent', 'kg', 'tonnes', 'litres', 'barrels', 'flights', 'trains', 'boats', 'ships',
  'schools', 'hospitals', 'mosques', 'churches', 'bridges', 'roads', 'positions', 'checkpoints', 'bases',
]);

/** Group normalisation (README): synonyms map to one label; other known nouns keep their own. */
const HEAD_GROUPS = new Map<string, string>();
const add = (label: string, words: string): void => { for (const w of words.split(' ')) HEAD_GROUPS.set(w, label); };
add('attackers', 'bomber bombers assailant assailants attacker attackers gunman gunmen bandit bandits');
add('soldiers', 'troop troops soldier soldiers serviceman servicemen trooper troopers conscript conscripts');
add('police', 'policeman policemen policewoman policewomen police cop cops jawan jawans constable constables patrolman patrolmen');
add('militants', 'rebel rebels terrorist terrorists militant militants insurgent insurgents jihadist jihadists extremist extremists separatist separatists');
add('protesters', 'demonstrator demonstrators protester protesters protestor protestors');
add('civilians', 'civilian civilians civillian civillians');
add('children', 'child children kid kids minor minors baby babies infant infants toddler toddlers girl girls boy boys schoolchildren schoolgirl schoolgirls schoolboy schoolboys');
add('women', 'woman women');
add('students', 'student students');
add('journalists', 'journalist journalists photojournalist photojournalists reporter reporters cameraman cameramen');
add('guards', 'guard guards');
add('peacekeepers', 'peacekeeper peacekeepers');
add('fighters', 'fighter fighters');
add('worshippers', 'worshipper worshippers');
add('pilgrims', 'pilgrim pilgrims');
add('farmers', 'farmer farmers');
add('workers', 'worker workers');
add('prisoners', 'prisoner prisoners inmate inmates');
add('refugees', 'refugee refugees migrant migrants');

// Multi-word labels, checked before the head word ("army men", "police trainees", "security personnel").
const PHRASE_GROUPS: [RegExp, string][] = [
  [/\bsecurity\s+(?:force\s+)?(?:personnel|forces?|guards?|men|officers?)$/i, 'security forces'],
  [/\barmy\s*(?:men|personnel|officers?)$/i, 'soldiers'],
  [/\bpolice\s+(?:officers?|trainees|personnel)$/i, 'police'],
  [/\bCoptic\s+Christians$/, 'Coptic Christians'],
  [/\battacking\s+[\p{L}-]+$/iu, 'attackers'],
];

/**
 * The normalised group of a noun phrase ("29 Turkish soldiers" → soldiers), or null when the phrase
 * names no group ("people", "men", "others"). A preceding age under 18 ("her two-week-old son",
 * "a 12-year-old") makes the group children, as the README's examples do.
 */
export function groupOf(phrase: string): string | null {
  const p = phrase.trim().replace(/\s+/g, ' ');
  if (p.includes('-old')) {
    const age = /\b(\w+)[- ](day|week|month|year)s?[- ]old\b/i.exec(p);
    if (age) {
      const n = age[2].toLowerCase() === 'year' ? Number(age[1]) : 0;
      if (!Number.isNaN(n) && n < 18) return 'children';
    }
  }
  if (p.includes(' ')) for (const [re, label] of PHRASE_GROUPS) if (re.test(p)) return label;
  // The last word (p.split(' ').pop(), without the array).
  const label = HEAD_GROUPS.get(p.slice(p.lastIndexOf(' ') + 1).toLowerCase());
  if (!label) return null;
  // A fighter of a named armed group ("Al-Shabab fighters") is a militant (README: rebels,
  // terrorists → militants); bare "fighters" keep their own noun.
  const words = label === 'fighters' ? p.split(' ') : [];
  if (label === 'fighters' && words.length > 1 && /^\p{Lu}/u.test(words[words.length - 2])) return 'militants';
  return label;
}
