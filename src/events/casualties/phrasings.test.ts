import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../segment/index.js';
import type { Count } from '../../document/types.js';
import { mainCasualties } from './index.js';

// A second battery of sentences written for these tests (not taken from any dataset), in the
// phrasings wire copy uses: coordinated tolls, toll verbs, bodies, modal hedges, non-casualty numbers.
type Fig = [number | null, number | null, string] | null;
const fig = (c: Count | null): Fig => (c ? [c.min, c.max, c.qualifier] : null);
const CASES: [string, Fig, Fig][] = [
 ['Five people were killed and 12 others injured when a bus overturned.', [5,5,'exact'], [12,12,'exact']],
 ['The explosion killed three soldiers and injured seven.', [3,3,'exact'], [7,7,'exact']],
 ['At least 20 people were killed and more than 50 wounded in twin blasts.', [20,null,'at_least'], [50,null,'at_least']],
 ['Authorities said 17 bodies had been recovered.', [17,17,'exact'], null],
 ['Fighting claimed the lives of 14 fighters.', [14,14,'exact'], null],
 ['The attack left two people dead.', [2,2,'exact'], null],
 ['Eight people lost their lives in the landslide.', [8,8,'exact'], null],
 ['A roadside bomb killed a soldier on Tuesday.', [1,1,'exact'], null],
 ['The toll stands at 73 dead and 200 injured.', [73,73,'exact'], [200,200,'exact']],
 ['Police said 4 officers were hurt.', null, [4,4,'exact']],
 ['The clashes left dozens injured.', null, [null,null,'vague']],
 ['Thirty-one people have been confirmed dead.', [31,31,'exact'], null],
 ['At least 12 were killed.', [12,null,'at_least'], null],
 ['Casualty figures: 6 dead, 9 injured.', [6,6,'exact'], [9,9,'exact']],
 ['The army said it had killed 40 militants.', [40,40,'exact'], null],
 ['Dozens were feared dead after the ferry sank.', [null,null,'vague'], null],
 ["Fifteen civilians were killed in Monday's airstrikes on Idlib, the monitor said.", [15,15,'exact'], null],
 ['The gunman shot and killed four people before turning the gun on himself.', [4,4,'exact'], null],
 ['The number of dead has risen to 90.', [90,90,'exact'], null],
 ['No deaths were reported.', [0,0,'exact'], null],
 ['There were no immediate reports of casualties.', [0,0,'exact'], [0,0,'exact']],
 ['Seven were killed, among them two journalists.', [7,7,'exact'], null],
 ['The storm killed 3 and left 2,000 homeless.', [3,3,'exact'], null],
 ['Some 2,000 people have been evacuated.', null, null],
 ['He was sentenced to 15 years.', null, null],
 ['Israeli strikes killed 22 Palestinians, health officials said.', [22,22,'exact'], null],
 ['Shelling wounded 6 children.', null, [6,6,'exact']],
 ['Rescuers pulled 12 survivors from the rubble.', null, null],
 ['Two people died of their injuries.', [2,2,'exact'], null],
 ['The blast wounded more than 100 and killed at least 16.', [16,null,'at_least'], [100,null,'at_least']],
 ['Clashes left three dead.', [3,3,'exact'], null],
 ['Three dead, 12 hurt in factory blast', [3,3,'exact'], [12,12,'exact']],
 ['The quake killed more than 2,000.', [2000,null,'at_least'], null],
 ['The attack, which killed 14, was claimed by the group.', [14,14,'exact'], null],
 ['Fourteen were reported injured.', null, [14,14,'exact']],
 ['Twenty people were arrested and 3 injured.', null, [3,3,'exact']],
 ['A total of 9 people were killed in the raid.', [9,9,'exact'], null],
 ['At least a dozen people were killed.', [12,null,'at_least'], null],
 ['Hundreds were injured and at least 30 killed.', [30,null,'at_least'], [null,null,'vague']],
 ['Officials said 300 homes were destroyed and 12 people hurt.', null, [12,12,'exact']],
 ['The two men were shot dead at a checkpoint.', [2,2,'exact'], null],
 ['Gunmen killed 7 worshippers at a mosque in the north.', [7,7,'exact'], null],
 ['Doctors said 18 of the wounded were in critical condition.', null, null],
 ['The suicide bombing killed 35 people and injured 80 others, the ministry said.', [35,35,'exact'], [80,80,'exact']],
 ['Police said the dead included 3 women and 2 children.', null, null],
 ['Three Turkish soldiers were killed and five injured in a rocket attack.', [3,3,'exact'], [5,5,'exact']],
 ['The violence has killed more than 500 people since March.', [500,null,'at_least'], null],
 ['A mortar round landed on a school, wounding 9 pupils.', null, [9,9,'exact']],
 ['The 4 victims were taken to a local hospital.', null, [4,4,'exact']],
 ['Protesters said 3 of their members had been killed.', [3,3,'exact'], null],
];

for (const [text, killed, injured] of CASES) {
  test(`phrasing: ${text}`, () => {
    const m = mainCasualties(segment(text));
    assert.deepEqual(fig(m.killed), killed, 'killed');
    assert.deepEqual(fig(m.injured), injured, 'injured');
  });
}

// Third battery: rescues, abductions, evacuations and diseases beside casualties; shared cues.
const MORE: [string, Fig, Fig, string[]?][] = [
 ['The fire destroyed 40 homes but no one was injured.', null, [0,0,'exact']],
 ['About 1,500 people were evacuated and 20 were treated for smoke inhalation.', null, [20,20,'exact']],
 ['Five people were rescued alive.', null, null],
 ['The ceasefire has held for 10 days, with no deaths reported.', [0,0,'exact'], null],
 ['Three hostages were freed.', null, null],
 ['Eight people were abducted from the village.', null, null],
 ['The attack killed 12 and injured at least 30, including 8 children.', [12,12,'exact'], [30,null,'at_least'], ['injured:children:8']],
 ['At least 3 people, among them a child, were killed.', [3,null,'at_least'], null, ['killed:children:1']],
 ['Nine pupils were injured when a wall collapsed.', null, [9,9,'exact']],
 ['The 1994 genocide killed 800,000 people.', [800000,800000,'exact'], null],
 ['Two of the wounded later died.', [2,2,'exact'], null],
 ['One soldier was killed and two were wounded.', [1,1,'exact'], [2,2,'exact'], ['killed:soldiers:1']],
 ['Dozens of people were injured, 10 of them seriously.', null, [null,null,'vague']],
 ['At least 50 people have died of cholera.', [50,null,'at_least'], null],
 ['Fighting in the region has killed thousands.', [null,null,'vague'], null],
 ['Security forces shot dead three protesters.', [3,3,'exact'], null, ['killed:protesters:3']],
 ['A woman and her two children were killed.', [3,3,'exact'], null, ['killed:children:2','killed:women:1']],
 ['Twelve miners died in the explosion and 4 were hospitalised.', [12,12,'exact'], [4,4,'exact']],
 ['The bus crash left 14 passengers injured.', null, [14,14,'exact']],
 ['More than a dozen people were hurt.', null, [12,null,'at_least']],
 ['The militants beheaded two hostages.', [2,2,'exact'], null],
 ['Officials said 6 of the 10 victims were women.', null, null],
 ['The floods have killed at least 1,000 people and displaced 2 million.', [1000,null,'at_least'], null],
 ['The strike killed 4 members of one family.', [4,4,'exact'], null],
 ['Two journalists were wounded by sniper fire.', null, [2,2,'exact'], ['injured:journalists:2']],
 ['Aid groups said 300 people needed treatment for injuries.', null, null],
 ['He served 12 years in prison and was killed in 2015.', null, null],
 ['Seven people were killed in Kabul on Tuesday and 15 wounded.', [7,7,'exact'], [15,15,'exact']],
 ['The number of injured rose to 240.', null, [240,240,'exact']],
 // A toll whose event is named before its verb, longer than the usual look-back.
 ['The death toll from an artillery strike on a crowded bus station in the provincial capital has risen to 57, officials said.', [57,57,'exact'], null],
 ['The casualty toll from the flooding along the river on Friday has passed 300.', [300,null,'at_least'], null],
 // A subset named after the cue of a passive figure.
 ['Twelve people were killed, including three children.', [12,12,'exact'], null, ['killed:children:3']],
 ['Nine villagers were wounded, among them two women.', null, [9,9,'exact'], ['injured:women:2']],
];

for (const [text, killed, injured, subsets] of MORE) {
  test(`phrasing: ${text}`, () => {
    const m = mainCasualties(segment(text));
    assert.deepEqual(fig(m.killed), killed, 'killed');
    assert.deepEqual(fig(m.injured), injured, 'injured');
    if (subsets) assert.deepEqual(m.subsets.map((x) => `${x.of}:${x.group}:${x.count}`).sort(), subsets);
  });
}

// Fourth battery: headline lists, "seven of them children", agent nouns, non-casualty counts.
const LISTS: [string, Fig, Fig, string[]?][] = [
 ['Police said 3 people were killed and 5 injured, while 2 others remain missing.', [3,3,'exact'], [5,5,'exact']],
 ["Monday's attack, which left 9 dead, was the worst this year.", [9,9,'exact'], null],
 ['Two Indian soldiers and a porter were killed in the avalanche.', [3,3,'exact'], null, ['killed:soldiers:2']],
 ['The raid killed 3, wounded 7 and destroyed a bridge.', [3,3,'exact'], [7,7,'exact']],
 ['Eleven people were killed, seven of them children.', [11,11,'exact'], null, ['killed:children:7']],
 ['Eight killed, 40 hurt as train derails', [8,8,'exact'], [40,40,'exact']],
 ['Rebels said they had killed 30 government troops, a claim the army denied.', [30,30,'exact'], null, ['killed:soldiers:30']],
 ['Officials put the death toll at 27.', [27,27,'exact'], null],
 ['The explosion killed seven people and wounded 22 others, including four police officers.', [7,7,'exact'], [22,22,'exact'], ['injured:police:4']],
 ['Five children were among 12 people killed in the strike.', [12,12,'exact'], null],
 ['No casualties were reported in the attack on the convoy.', [0,0,'exact'], [0,0,'exact']],
 ['A 12-year-old boy was shot dead by police.', [1,1,'exact'], null, ['killed:children:1']],
 ['Two others were seriously injured.', null, [2,2,'exact']],
 ['The government said 1,000 rebels had surrendered.', null, null],
 ['Unemployment hit 12 percent and 3 banks collapsed.', null, null],
 ['More than 100 people were arrested and 14 police officers injured.', null, [14,14,'exact'], ['injured:police:14']],
];

for (const [text, killed, injured, subsets] of LISTS) {
  test(`phrasing: ${text}`, () => {
    const m = mainCasualties(segment(text));
    assert.deepEqual(fig(m.killed), killed, 'killed');
    assert.deepEqual(fig(m.injured), injured, 'injured');
    if (subsets) assert.deepEqual(m.subsets.map((x) => `${x.of}:${x.group}:${x.count}`).sort(), subsets);
  });
}

test('an addition dated to another day is another event, not summed', () => {
  const m = mainCasualties(segment('Eighteen civilians were killed in the shelling. Twenty civilians were also killed yesterday in a nearby town.'));
  assert.deepEqual(fig(m.killed), [18, 18, 'exact']);
  const same = mainCasualties(segment('Three soldiers were wounded in the blast. Two civilians were also wounded.'));
  assert.deepEqual(fig(same.injured), [5, 5, 'exact']);
});

test('month names only as whole words or abbreviations: "12 marines" is a count, "10 Jul" a date', () => {
  assert.deepEqual(fig(mainCasualties(segment('12 marines were killed in the raid.')).killed), [12, 12, 'exact']);
  assert.deepEqual(fig(mainCasualties(segment('On 10 Jul 2016 29 rebels died.')).killed), [29, 29, 'exact']);
  assert.deepEqual(fig(mainCasualties(segment('Mourners buried 51 martyrs on Sunday.')).killed), [51, 51, 'exact']);
  assert.deepEqual(fig(mainCasualties(segment('More than 1,400 are estimated to have been killed.')).killed), [1400, null, 'at_least']);
  assert.deepEqual(fig(mainCasualties(segment('Inspectors sought access to the site of the deadly chemical weapons attack.')).killed), [null, null, 'vague']);
});
