import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../segment/index.js';
import type { Entity } from '../document/types.js';
import { canonicalActor, canonicalizeEntities, findActors, type ActorKind } from './index.js';

/** [sentence(s), mention text, canonical, kind] — the mention must be found with that name and kind. */
const FOUND: Array<[string, string, string, ActorKind]> = [
  // The issue's own examples.
  ['The Islamic Republic of Iran rejected the claim.', 'The Islamic Republic of Iran', 'Iran', 'government'],
  ['Iran said on Monday it would respond.', 'Iran', 'Iran', 'government'],
  ['Tehran said the strike was a provocation.', 'Tehran', 'Iran', 'government'],
  ['Officials said the Iranian government had not been consulted.', 'the Iranian government', 'Iran', 'government'],
  ['The U.S. imposed new sanctions on Friday.', 'The U.S.', 'United States', 'government'],
  ['The USA and its allies met in Geneva.', 'The USA', 'United States', 'government'],
  ['Washington warned of consequences.', 'Washington', 'United States', 'government'],
  ['Washington imposed sanctions on three companies.', 'Washington', 'United States', 'government'],
  ['ISIS claimed responsibility for the bombing.', 'ISIS', 'Islamic State', 'armed_group'],
  ['ISIL fighters seized the town.', 'ISIL fighters', 'Islamic State', 'armed_group'],
  ['IS militants attacked a checkpoint near Deir ez-Zor.', 'IS militants', 'Islamic State', 'armed_group'],
  ['Daesh has lost most of its territory.', 'Daesh', 'Islamic State', 'armed_group'],
  ['The Islamic State group said it carried out the attack.', 'The Islamic State group', 'Islamic State', 'armed_group'],
  ['At least 12 people were killed, SOHR said.', 'SOHR', 'Syrian Observatory for Human Rights', 'monitor_ngo'],
  ['Fighting continued in Idlib in Syria, the Observatory said.', 'the Observatory', 'Syrian Observatory for Human Rights', 'monitor_ngo'],
  ['Nine civilians died, according to the Britain-based monitor.', 'the Britain-based monitor', 'Syrian Observatory for Human Rights', 'monitor_ngo'],
  ['The UK-based monitor reported heavy clashes in Syria.', 'The UK-based monitor', 'Syrian Observatory for Human Rights', 'monitor_ngo'],
  ['Regime forces shelled Idlib, SANA said.', 'SANA', 'SANA (Syrian Arab News Agency)', 'media'],
  ['Government troops advanced on the town in northwest Syria.', 'Government troops', 'Syrian government forces', 'state_forces'],
  ['Regime forces shelled the village, Syrian activists said.', 'Regime forces', 'Syrian government forces', 'state_forces'],
  ['The Syrian army recaptured the hill.', 'The Syrian army', 'Syrian government forces', 'state_forces'],
  ['Fighting raged in Syria. The army said it had repelled the attack.', 'The army', 'Syrian government forces', 'state_forces'],
  ['Clashes erupted in Syria. Syria\'s army lost two positions.', 'Syria\'s army', 'Syrian government forces', 'state_forces'],
  ['Syria\'s state news agency said three soldiers died in Syria.', 'Syria\'s state news agency', 'SANA (Syrian Arab News Agency)', 'media'],
  // State forces by country, one scheme: "<Adjective> government forces".
  ['Nigerian troops repelled the raid.', 'Nigerian troops', 'Nigerian government forces', 'state_forces'],
  ['Israeli forces raided the camp.', 'Israeli forces', 'Israeli government forces', 'state_forces'],
  ['The IDF said it struck Hamas targets.', 'The IDF', 'Israeli government forces', 'state_forces'],
  ['Russian troops shelled Kharkiv.', 'Russian troops', 'Russian government forces', 'state_forces'],
  ['Ukrainian soldiers held the line near Bakhmut.', 'Ukrainian soldiers', 'Ukrainian government forces', 'state_forces'],
  ['US troops left the base.', 'US troops', 'US government forces', 'state_forces'],
  ['Suspected Turkish drone strikes killed two fighters.', 'Turkish', 'Turkish government forces', 'state_forces'],
  ['Thai soldiers patrolled the border.', 'Thai soldiers', 'Thai government forces', 'state_forces'],
  ['Myanmar\'s military bombed a school.', 'Myanmar\'s military', 'Myanmar government forces', 'state_forces'],
  ['The Tatmadaw shelled the village.', 'The Tatmadaw', 'Myanmar government forces', 'state_forces'],
  ['Mexican police arrested the suspects.', 'Mexican police', 'Mexican police', 'state_forces'],
  ['The Sudanese Armed Forces fought the RSF in Khartoum.', 'The Sudanese Armed Forces', 'Sudanese government forces', 'state_forces'],
  ['Revolutionary Guards seized a tanker.', 'Revolutionary Guards', 'Islamic Revolutionary Guard Corps', 'state_forces'],
  // Armed and rebel groups across regions.
  ['Taliban fighters took the district.', 'Taliban fighters', 'Taliban', 'rebel_group'],
  ['Al-Shabaab militants stormed the hotel in Mogadishu.', 'Al-Shabaab militants', 'al-Shabaab', 'armed_group'],
  ['Boko Haram abducted 20 girls.', 'Boko Haram', 'Boko Haram', 'armed_group'],
  ['ISWAP claimed the attack in Borno.', 'ISWAP', 'Islamic State West Africa Province', 'armed_group'],
  ['JNIM fighters attacked the army post.', 'JNIM fighters', 'JNIM', 'armed_group'],
  ['The Houthis fired a missile at the ship.', 'The Houthis', 'Houthis', 'rebel_group'],
  ['Ansar Allah said it targeted the vessel.', 'Ansar Allah', 'Houthis', 'rebel_group'],
  ['Hezbollah fired rockets into northern Israel.', 'Hezbollah', 'Hezbollah', 'armed_group'],
  ['Hamas said the talks had stalled.', 'Hamas', 'Hamas', 'armed_group'],
  ['HTS took control of Idlib.', 'HTS', 'Hayat Tahrir al-Sham', 'rebel_group'],
  ['Jabhat al-Nusra was the group\'s earlier name.', 'Jabhat al-Nusra', 'Nusra Front', 'armed_group'],
  ['The SDF captured the town from IS.', 'The SDF', 'Syrian Democratic Forces', 'rebel_group'],
  ['The YPG denied the report.', 'The YPG', 'YPG', 'rebel_group'],
  ['The PKK ambushed a patrol.', 'The PKK', 'PKK', 'rebel_group'],
  ['Wagner mercenaries were seen in Mali.', 'Wagner mercenaries', 'Wagner Group', 'armed_group'],
  ['The Rapid Support Forces shelled El Fasher.', 'The Rapid Support Forces', 'Rapid Support Forces', 'armed_group'],
  ['ELN rebels bombed a pipeline.', 'ELN rebels', 'ELN', 'rebel_group'],
  ['FARC dissidents killed two soldiers in Cauca.', 'FARC dissidents', 'FARC dissidents', 'armed_group'],
  ['The Jalisco cartel controls the route.', 'The Jalisco cartel', 'Jalisco New Generation Cartel', 'armed_group'],
  ['Iran-backed Houthis attacked a ship.', 'Iran-backed Houthis', 'Houthis', 'rebel_group'],
  ['Turkish-backed rebels shelled Ras al-Ain.', 'Turkish-backed rebels', 'Syrian National Army', 'rebel_group'],
  ['M23 rebels seized Goma.', 'M23 rebels', 'M23', 'rebel_group'],
  // International organisations, NGOs and media.
  ['The UN Security Council met on Tuesday.', 'The UN Security Council', 'UN Security Council', 'international_org'],
  ['The U.N. said aid was blocked.', 'The U.N.', 'United Nations', 'international_org'],
  ['NATO condemned the strike.', 'NATO', 'NATO', 'international_org'],
  ['The EU imposed sanctions.', 'The EU', 'European Union', 'international_org'],
  ['The African Union suspended Mali.', 'The African Union', 'African Union', 'international_org'],
  ['The ICRC evacuated the wounded.', 'The ICRC', 'International Committee of the Red Cross', 'international_org'],
  ['The WHO said hospitals were overwhelmed.', 'The WHO', 'World Health Organization', 'international_org'],
  ['The UN refugee agency said 3,000 fled.', 'The UN refugee agency', 'UNHCR', 'international_org'],
  ['OCHA said roads were cut.', 'OCHA', 'OCHA', 'international_org'],
  ['ACLED recorded 40 events.', 'ACLED', 'ACLED', 'monitor_ngo'],
  ['Amnesty International called for an inquiry.', 'Amnesty International', 'Amnesty International', 'monitor_ngo'],
  ['Human Rights Watch documented the abuses.', 'Human Rights Watch', 'Human Rights Watch', 'monitor_ngo'],
  ['Doctors Without Borders treated 50 patients.', 'Doctors Without Borders', 'Médecins Sans Frontières', 'monitor_ngo'],
  ['The official IRNA news agency reported the blast.', 'IRNA', 'IRNA', 'media'],
  ['TASS quoted the ministry.', 'TASS', 'TASS', 'media'],
  ['An AFP correspondent saw the bodies.', 'AFP', 'AFP', 'media'],
  ['Reuters could not verify the footage.', 'Reuters', 'Reuters', 'media'],
  ['The Associated Press obtained the report.', 'The Associated Press', 'Associated Press', 'media'],
  ['Al Jazeera aired the footage.', 'Al Jazeera', 'Al Jazeera', 'media'],
  // Generic actors in context.
  ['In Nigeria, gunmen attacked a village.', 'gunmen', 'Unidentified armed group (Nigeria)', 'armed_group'],
  ['Protesters marched in Khartoum as Sudan\'s crisis deepened in Sudan.', 'Protesters', 'Protesters (Sudan)', 'civilians'],
  ['Six civilians were killed in Syria.', 'civilians', 'Civilians (Syria)', 'civilians'],
  ['Israeli troops killed three Palestinians.', 'Palestinians', 'Civilians (Palestine)', 'civilians'],
  ['Pro-government forces clashed with rebels in Syria.', 'Pro-government forces', 'Pro-government militias (Syria)', 'armed_group'],
  ['Iraqi authorities imposed a curfew.', 'Iraqi authorities', 'Iraq', 'government'],
  ['The Kremlin denied the report.', 'The Kremlin', 'Russia', 'government'],
  ['Moscow and Kyiv traded accusations.', 'Kyiv', 'Ukraine', 'government'],
  ['Kurdish forces clashed with the army in Syria.', 'Kurdish forces', 'Syrian Democratic Forces', 'rebel_group'],
  ['Kurdish forces retook the town in northern Iraq, Iraqi officials said in Iraq.', 'Kurdish forces', 'Peshmerga', 'state_forces'],
  ['The RSF attacked Omdurman, Sudanese officials said.', 'The RSF', 'Rapid Support Forces', 'armed_group'],
  ['RSF condemned the arrest of the journalist, Reporters Without Borders said.', 'RSF', 'Reporters Without Borders', 'monitor_ngo'],
  ['The SNA, backed by AMISOM, retook the town in Somalia.', 'The SNA', 'Somali government forces', 'state_forces'],
  ['Iran-backed militias fired rockets at the base in Iraq.', 'Iran-backed militias', 'Iran-backed militias', 'armed_group'],
  ['The coalition said its jets struck Houthi positions. The Saudi-led coalition rarely comments.', 'The coalition', 'Saudi-led coalition', 'state_forces'],
  ['Syria\'s civil war began in 2011. The war monitor counted 12 dead.', 'The war monitor', 'Syrian Observatory for Human Rights', 'monitor_ngo'],
  // Attribution sources.
  ['Two died in Kabul, witnesses said.', 'witnesses', 'Witnesses (Afghanistan)', 'civilians'],
  ['A blast hit Baghdad, the interior ministry said in Baghdad.', 'the interior ministry', 'Iraq', 'government'],
  ['Six died in Iraq, an Iraqi security source said.', 'Iraqi security source', 'Iraq', 'government'],
  ['Rebels in Congo attacked a camp.', 'Congo', 'DR Congo', 'country'],
  // The country context is where events happen, not the most quoted foreign actor.
  [
    'Russian jets struck Idlib. The Russian Defence Ministry said Russian pilots hit targets in Syria. Rebels said the army advanced.',
    'Rebels', 'Rebels (Syria)', 'rebel_group',
  ],
];

for (const [text, mention, canonical, kind] of FOUND) {
  test(`finds ${JSON.stringify(mention)} in ${JSON.stringify(text)}`, () => {
    const doc = segment(text);
    const found = findActors(doc).find((m) => m.text === mention);
    assert.ok(found, `no actor ${JSON.stringify(mention)}; got ${JSON.stringify(findActors(doc).map((m) => m.text))}`);
    assert.equal(found.canonical, canonical);
    assert.equal(found.kind, kind);
    assert.equal(doc.text.slice(found.start, found.end), mention);
  });
}

/** Mentions that must not come back as actors. */
const NOT_ACTORS: Array<[string, string]> = [
  ['This is what the report is about.', 'is'],
  ['The talks in Washington ended without a deal.', 'Washington'],
  ['He flew to Tehran on Monday.', 'Tehran'],
  ['We ate turkey and china was on the table.', 'turkey'],
  ['Migrants from Latin America crossed the border.', 'America'],
  ['WHO IS TO BLAME FOR THE CRISIS', 'IS'],
  ['Oil prices rose in the Niger Delta.', 'Niger'],
  ['Ships crossed the Sea of Azov.', 'Azov'],
  ['A Thai restaurant opened.', 'Thai'],
  ['Saudi billionaires bought the club.', 'Saudi'],
  ['Bandits attacked a village in Niger state.', 'Niger'],
  ['Victoria said she would return to the island.', 'Victoria'],
  ['The island was hit by the storm.', 'island'],
  ['Astronomers at the Jodrell Bank Observatory said the comet was bright.', 'Observatory'],
];

for (const [text, mention] of NOT_ACTORS) {
  test(`does not take ${JSON.stringify(mention)} in ${JSON.stringify(text)} as an actor`, () => {
    const found = findActors(segment(text)).filter((m) => m.text.split(/\s+/).includes(mention) && m.kind !== 'country');
    assert.deepEqual(found, []);
  });
}

test('a country named as a place is kind country, an acting one government', () => {
  const ms = findActors(segment('Fighting spread across northern Syria and Iraq. Syria accused Turkey of shelling.'));
  const kinds = ms.map((m) => `${m.text}:${m.kind}`);
  assert.deepEqual(kinds, ['Syria:country', 'Iraq:country', 'Syria:government', 'Turkey:government']);
});

/** [phrase, context, canonical, kind] for canonicalActor. */
const CANONICAL: Array<[string, string | undefined, string, ActorKind]> = [
  ['Islamic Republic of Iran', undefined, 'Iran', 'government'],
  ['Tehran', undefined, 'Iran', 'government'],
  ['the Iranian government', undefined, 'Iran', 'government'],
  ['U.S.', undefined, 'United States', 'government'],
  ['Washington', undefined, 'United States', 'government'],
  ['ISIL', undefined, 'Islamic State', 'armed_group'],
  ['Islamic State', undefined, 'Islamic State', 'armed_group'],
  ['the Britain-based monitor', undefined, 'Syrian Observatory for Human Rights', 'monitor_ngo'],
  ['government troops', 'SY', 'Syrian government forces', 'state_forces'],
  ['regime forces', 'SY', 'Syrian government forces', 'state_forces'],
  ['the army', 'NG', 'Nigerian government forces', 'state_forces'],
  ['the army', undefined, 'Government forces', 'state_forces'],
  ['the state news agency', 'IR', 'IRNA', 'media'],
  ['Assad', undefined, 'Bashar al-Assad', 'person'],
  ['President Bashar al-Assad', undefined, 'Bashar al-Assad', 'person'],
  ['Col. Ahmed Hassan', undefined, 'Ahmed Hassan', 'person'],
  ['Zelenskyy', undefined, 'Volodymyr Zelensky', 'person'],
  ['Turkey', undefined, 'Turkey', 'government'],
  ['Türkiye', undefined, 'Turkey', 'government'],
  ['Burma', undefined, 'Myanmar', 'government'],
  ['Kyrgyz troops', undefined, 'Kyrgyz government forces', 'state_forces'],
  ['the Houthi rebels', undefined, 'Houthis', 'rebel_group'],
  ['al-Shabab fighters', 'SO', 'al-Shabaab', 'armed_group'],
  ['al-Shabab fighters', 'MZ', 'Islamic State Mozambique Province', 'armed_group'],
];

for (const [phrase, country, canonical, kind] of CANONICAL) {
  test(`canonicalActor(${JSON.stringify(phrase)}${country ? `, ${country}` : ''})`, () => {
    const got = canonicalActor(phrase, country ? { country } : undefined);
    assert.ok(got, 'null');
    assert.equal(got.canonical, canonical);
    assert.equal(got.kind, kind);
  });
}

test('canonicalActor returns null for unknown or empty phrases', () => {
  assert.equal(canonicalActor('the weather'), null);
  assert.equal(canonicalActor(''), null);
  assert.equal(canonicalActor('12,000 %'), null);
  assert.equal(canonicalActor('Col. also said'), null, 'a title before lower-case words is no name');
  assert.equal(canonicalActor(42 as unknown as string), null);
});

function entity(text: string, doc: { text: string }, label: Entity['label'], id: string): Entity {
  const start = doc.text.indexOf(text);
  assert.ok(start >= 0, text);
  return { id, label, text, start, end: start + text.length };
}

test('titles become roles, surnames take the full name, dictionary names win', () => {
  const doc = segment('Iranian Foreign Minister Javad Zarif met President Bashar al-Assad. Zarif said Col. Ahmed Hassan was wounded.');
  const ents = [
    entity('Javad Zarif', doc, 'PER', 'e1'),
    entity('Bashar al-Assad', doc, 'PER', 'e2'),
    entity('Zarif said', doc, 'PER', 'e3'),
    entity('Col. Ahmed Hassan', doc, 'PER', 'e4'),
  ];
  ents[2] = { ...ents[2], text: 'Zarif', end: ents[2].start + 5 };
  const out = canonicalizeEntities(doc, ents);
  assert.deepEqual(
    out.map((e) => [e.canonical, e.kind, e.role]),
    [
      ['Javad Zarif', 'person', 'Foreign Minister'],
      ['Bashar al-Assad', 'person', 'President'],
      ['Javad Zarif', 'person', undefined],
      ['Ahmed Hassan', 'person', 'Col.'],
    ],
  );
  assert.equal(out[0].start, ents[0].start, 'spans are not changed');
});

test('entities: organisations and countries get canonical names, places stay places', () => {
  const doc = segment('Daesh fighters attacked Kirkuk in Iraq, the Syrian Observatory said, as talks went on in Tehran.');
  const ents = [entity('Daesh', doc, 'ORG', 'a'), entity('Iraq', doc, 'LOC', 'b'), entity('Syrian Observatory', doc, 'ORG', 'c'), entity('Tehran', doc, 'LOC', 'd')];
  const out = canonicalizeEntities(doc, ents);
  assert.deepEqual(out.map((e) => [e.canonical, e.kind]), [
    ['Islamic State', 'armed_group'],
    ['Iraq', 'country'],
    ['Syrian Observatory for Human Rights', 'monitor_ngo'],
    [undefined, undefined],
  ]);
});

test('a person keeps the country named before the title', () => {
  const doc = segment('Iranian Foreign Minister Javad Zarif and Gen. Ali Reza spoke.');
  const ms = findActors({ ...doc, entities: [entity('Javad Zarif', doc, 'PER', 'z'), entity('Ali Reza', doc, 'PER', 'r')] });
  assert.deepEqual(ms.map((m) => [m.canonical, m.role, m.country]), [
    ['Javad Zarif', 'Foreign Minister', 'IR'],
    ['Ali Reza', 'Gen.', undefined],
  ]);
});

test('NER people and organisations the dictionary lacks join findActors', () => {
  const text = 'Gen. Abdou Tchiani said the Niger Patriotic Front attacked.';
  const doc = segment(text);
  const ents = [entity('Abdou Tchiani', doc, 'PER', 'p'), entity('Niger Patriotic Front', doc, 'ORG', 'o')];
  const ms = findActors({ ...doc, entities: ents });
  assert.deepEqual(ms.map((m) => [m.text, m.canonical, m.kind, m.role]), [
    ['Abdou Tchiani', 'Abdou Tchiani', 'person', 'Gen.'],
    ['Niger Patriotic Front', 'Niger Patriotic Front', 'other', undefined],
  ]);
});

test('bad input: no letters, mixed scripts, a long sentence without a crash or a blow-up', () => {
  assert.deepEqual(findActors(segment('12345 ... %%% 678')), []);
  const mixed = findActors(segment('قال المرصد Hezbollah fighters and Путин met in Moscow; ISIS said.'));
  assert.deepEqual(mixed.map((m) => m.canonical), ['Hezbollah', 'Islamic State']);
  const long = 'Syrian troops shelled the village and '.repeat(20000) + 'the army withdrew.';
  const t0 = performance.now();
  const ms = findActors(segment(long));
  const ms2 = performance.now() - t0;
  assert.ok(ms.length > 20000);
  assert.ok(ms2 < 8000, `took ${ms2} ms`);
});

test('findActors: a repeat call gives the same matches; a places layer that moves the context rescans', () => {
  const doc = segment('Fighting raged in Syria. The army said it had repelled the attack.');
  const first = findActors(doc);
  assert.deepEqual(findActors({ ...doc }), first);
  assert.equal(first.find((m) => m.text === 'The army')?.canonical, 'Syrian government forces');
  // Two places in Iraq outvote the one "in Syria": the same token list, a new context.
  const places = [0, 1].map(() => ({ start: 0, end: 5, text: 'Basra', country: 'IQ', precision: 'city' as const }));
  const moved = findActors({ ...doc, places });
  assert.equal(moved.find((m) => m.text === 'The army')?.canonical, 'Iraqi government forces');
  assert.deepEqual(moved, findActors({ ...segment(doc.text), places }));
});
