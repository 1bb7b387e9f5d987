/**
 * @module actors/lexicon
 * Closed word lists for common-noun actors ("government troops", "the monitor", "gunmen"), titles,
 * and the verbs that make a capital act ("Washington warned"). Written for this project from the
 * phrasing of wire reports on armed conflict (AFP, Reuters, AP) and ACLED's actor categories.
 */

/**
 * What a common-noun phrase names. Each resolves against a country: the one named in the phrase
 * ("Syrian army", "Syria's army", "Damascus government") or else the article's country context.
 */
export type HeadCategory =
  | 'forces' | 'police' | 'progov' | 'government' | 'state_media' | 'state_agency'
  | 'civilians' | 'protesters' | 'rioters' | 'gunmen' | 'militants' | 'rebels' | 'militia' | 'monitor'
  | 'witnesses' | 'activists' | 'medical';

/** How a head may appear without a country word before it: never, freely, or only after "the". */
export type Standalone = 'never' | 'free' | 'the';

const HEADS: Record<HeadCategory, Partial<Record<Standalone, string>>> = {
  forces: {
    free: 'government forces|government troops|government soldiers|regime forces|regime troops|regime soldiers|security forces|troops|soldiers|army troops|army soldiers|junta forces|junta troops|junta soldiers|military forces|armed forces|state forces|government warplanes|regime warplanes|regime helicopters|government helicopters',
    the: 'army|military',
    never: 'forces|army|military|air force|navy|special forces|warplanes|warplane|aircraft|military aircraft|fighter jet|jets|fighter jets|helicopters|helicopter gunships|drones|artillery|tanks|marines|paratroopers|border guards|border guard|national guard|gendarmerie|gendarmes|commandos|coast guard|defence forces|defense forces|military personnel|intelligence|intelligence services|servicemen|air defences|air defenses|army chief|military chief',
  },
  police: { free: 'police|policemen|police officers|riot police|police forces|security officers|police source|police sources|police official|police officials|police spokesman|police chief', never: 'police force' },
  progov: { free: 'pro-government forces|pro-government militia|pro-government militias|pro-government fighters|pro-regime forces|pro-regime militias|pro-regime fighters|loyalist forces|loyalist troops|government-backed militia|government-backed militias|pro-junta militia|pro-junta militias|government supporters|regime supporters|regime loyalists' },
  government: {
    free:
      'authorities|officials|official|government officials|security officials|military officials|state officials|' +
      'security source|security sources|military source|military sources|government source|government sources|' +
      'security official|army officer|army officers|military officer|military officers|army spokesman|military spokesman|' +
      'disaster agency|national disaster agency|disaster management agency|disaster mitigation agency|health officials',
    the:
      'government|regime|junta|military junta|administration|leadership|presidency|cabinet|ministry|foreign ministry|' +
      'defence ministry|defense ministry|interior ministry|health ministry|ministry of defence|ministry of defense|' +
      'ministry of foreign affairs|foreign affairs ministry|ministry of interior|ministry of health',
    never: 'leaders|diplomats|embassy|envoy|delegation|spokesman|spokeswoman|spokesperson|prosecutors|state',
  },
  state_media: { free: 'state media|state television|state TV|state-run media|state-run television|state-run TV|state broadcaster|state-owned media|official media|state-run newspaper|state newspaper', never: 'media|television|TV' },
  state_agency: { free: 'state news agency|official news agency|state-run news agency|state-owned news agency|government news agency', never: 'news agency' },
  civilians: { free: 'civilians|residents|local residents|villagers|worshippers|farmers|fishermen|passers-by|bystanders|displaced people|displaced civilians|unarmed civilians', never: 'people|nationals|citizens' },
  protesters: { free: 'protesters|protestors|demonstrators|anti-government protesters|anti-government demonstrators|opposition supporters' },
  rioters: { free: 'rioters|mob|angry mob' },
  gunmen: { free: 'gunmen|unidentified gunmen|unknown gunmen|armed men|unidentified armed men|unknown armed men|assailants|unidentified assailants|attackers|unidentified attackers|bandits|armed bandits|kidnappers|suicide bomber|suicide bombers|armed group|armed groups|unidentified armed group|unknown attackers' },
  militants: { free: 'militants|jihadists|insurgents|extremists|terrorists|Islamists|Islamist militants|jihadist fighters|jihadist militants|suspected militants|suspected jihadists|suspected insurgents|suspected terrorists|Islamist insurgents|Islamist fighters|jihadist groups|jihadist group' },
  rebels: { free: 'rebels|rebel forces|rebel fighters|opposition fighters|opposition forces|armed opposition|separatists|separatist rebels|separatist fighters|insurgent forces|opposition factions|rebel factions|rebel groups|rebel group', never: 'fighters' },
  militia: { free: 'militia|militias|militiamen|militia fighters|vigilantes|vigilante group|vigilante groups|self-defence militia|self-defense militia|self-defence groups|self-defense groups|local militia|tribal militia|tribal fighters|ethnic militia' },
  monitor: { the: 'monitor|monitoring group|war monitor|rights monitor' },
  witnesses: { free: 'witnesses|eyewitnesses|witness|eyewitness' },
  activists: { free: 'activists|opposition activists|local activists|rights activists|human rights activists|anti-government activists' },
  medical: { free: 'medical sources|medical source|hospital sources|hospital officials|doctors|medics|paramedics|rescuers|rescue workers|medical staff' },
};

export interface HeadRow {
  phrase: string;
  category: HeadCategory;
  standalone: Standalone;
}

export const HEAD_ROWS: readonly HeadRow[] = Object.entries(HEADS).flatMap(([category, byMode]) =>
  Object.entries(byMode).flatMap(([mode, list]) =>
    list.split('|').map((phrase) => ({ phrase, category: category as HeadCategory, standalone: mode as Standalone })),
  ),
);

/**
 * After a country word, these nouns mean the country's armed forces acted, without naming them:
 * "Turkish drone strikes", "Israeli fire". The actor's span is then the country word alone.
 */
export const ATTACK_NOUNS: readonly string[] = (
  'strike|strikes|airstrike|airstrikes|air strike|air strikes|air raid|air raids|raid|raids|drone strike|drone strikes|' +
  'drone attack|drone attacks|shelling|bombardment|bombardments|bombing|bombings|missile strike|missile strikes|' +
  'artillery fire|fire|gunfire|sniper fire|offensive|incursion|incursions|crackdown|blockade|siege|shells|airpower|' +
  'counteroffensive|counter-offensive|ground operation|ground offensive|military operation|military operations|operation|operations|' +
  'aggression|invasion|occupation|bombing campaign|air campaign'
).split('|');

/** Nouns that may follow a named group and still name the group: "Taliban fighters", "UN officials". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(
  ('fighters|militants|rebels|forces|troops|soldiers|militia|militias|militiamen|members|gunmen|insurgents|jihadists|' +
    'group|movement|officials|official|spokesman|spokeswoman|spokesperson|leaders|leader|leadership|commander|commanders|' +
    'authorities|government|administration|peacekeepers|units|operatives|loyalists|staff|workers|investigators|' +
    'monitors|experts|envoy|chief|agency|command|units|mercenaries|paramilitaries|paramilitary|sources').split('|'),
);

/** Titles kept as a person's role, not part of the name (longest first when matched). */
export const TITLES: readonly string[] = (
  'President|Vice President|Vice-President|Prime Minister|Deputy Prime Minister|Foreign Minister|Deputy Foreign Minister|' +
  'Defence Minister|Defense Minister|Interior Minister|Health Minister|Information Minister|Justice Minister|' +
  'Finance Minister|Minister|Secretary of State|Defense Secretary|Defence Secretary|Foreign Secretary|Home Secretary|' +
  'Secretary-General|Secretary General|UN Secretary-General|General|Gen.|Lt. Gen.|Lieutenant General|Maj. Gen.|' +
  'Major General|Brig. Gen.|Brigadier General|Brigadier|Col.|Colonel|Lt. Col.|Lieutenant Colonel|Maj.|Major|Capt.|' +
  'Captain|Lt.|Lieutenant|Sgt.|Sergeant|Cpl.|Corporal|Adm.|Admiral|Commander|Field Marshal|Marshal|King|Queen|' +
  'Prince|Crown Prince|Emir|Sheikh|Ayatollah|Grand Ayatollah|Supreme Leader|Pope|Chancellor|Governor|Gov.|Mayor|' +
  'Senator|Sen.|Rep.|Representative|Ambassador|Special Envoy|Envoy|Spokesman|Spokeswoman|Spokesperson|Army Chief|' +
  'Chief of Staff|Army Chief of Staff|Dr.|Mr.|Mrs.|Ms.|Judge|Imam|Mullah|Speaker|Patriarch|Archbishop|Bishop|Rev.|' +
  'Police Chief|Lawmaker|MP|Deputy|Commander-in-Chief|Prosecutor|Attorney General|Militia leader|Rebel leader|Warlord'
).split('|');

/**
 * Verbs (and auxiliaries) that make a capital's name a state acting, not a place: "Moscow said",
 * "Washington imposed", "Kyiv has". A capital followed by anything else stays a place.
 */
export const ACTING_VERBS: ReadonlySet<string> = new Set(
  ('said|says|say|saying|warned|warns|announced|announces|accused|accuses|denied|denies|rejected|rejects|condemned|' +
    'condemns|demanded|demands|threatened|threatens|responded|responds|claimed|claims|insisted|insists|urged|urges|' +
    'called|calls|sent|sends|launched|launches|struck|approved|approves|vowed|vows|blamed|blames|agreed|agrees|signed|' +
    'signs|backed|backs|supports|supported|expelled|expels|recalled|recalls|retaliated|sanctioned|imposed|imposes|' +
    'welcomed|welcomes|confirmed|confirms|dismissed|dismisses|ordered|orders|plans|planned|wants|wanted|has|have|had|' +
    'is|was|will|would|could|may|might|must|should|did|does|hopes|fears|believes|considers|deployed|deploys|pledged|' +
    'pledges|offered|offers|suspended|suspends|halted|halts|refused|refuses|summoned|summons|protested|criticised|' +
    'criticized|slammed|lashed|fired|seeks|sought|reacted|opposes|opposed|recognised|recognized|reiterated|stressed|' +
    'maintained|argued|added|noted|told|asked|pushed|presses|pressed|unveiled|released|issued|intervened|negotiated|' +
    'negotiates|hit|hits|continues|continued|needs|needed|sees|saw|views|viewed|regards|described|describes|' +
    'accepted|accepts|traded|exchanged|trade|exchange|met|meet|meets|promised|promises|froze|freezes|cut|cuts|blocked|blocks|vetoed|vetoes').split('|'),
);

/** Words before a country name that make it a place, not an actor: "in Syria", "across northern Iraq". */
export const LOCATIVE: ReadonlySet<string> = new Set(
  'in|into|inside|across|throughout|within|from|to|toward|towards|near|around|outside|over|via|through|of|at|entered|visited|left|fled|reached|crossed|bordering'.split('|'),
);

/** Compass and descriptive words that may sit between a locative word and a country name. */
export const PLACE_ADJECTIVES: ReadonlySet<string> = new Set(
  ('north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|' +
    'northwestern|southeastern|southwestern|central|war-torn|neighbouring|neighboring|mainland|rural|occupied|the').split('|'),
);

/** Phrases that contain a country name but are not that country: consumed and dropped. */
export const BLOCKED: readonly string[] = (
  'Latin America|South America|North America|Central America|New Mexico|New Guinea|Niger Delta|Niger State|Niger state|' +
  'Jordan River|Jordan Valley|South China Sea|East China Sea|Turkish Airlines|Russian Orthodox Church|Sea of Azov|Azov Sea'
).split('|');
