import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterStories, termCounts } from './stories.js';

const quake = (n: number, extra: string) => ({
  id: `q${n}`,
  text: `A strong earthquake struck Norvale province, collapsing houses in Tarrow. Rescuers in Norvale searched the rubble of Tarrow for survivors. ${extra}`,
  published: `2024-03-0${n}`,
});
const vote = (n: number, extra: string) => ({
  id: `v${n}`,
  text: `Voters in Kessland cast ballots for a new parliament as the Kessland electoral commission counted turnout. Opposition leader Mara Ivo claimed fraud. ${extra}`,
  published: `2024-03-1${n}`,
});

test('articles about two situations form two stories with labels and time spans', () => {
  const docs = [quake(1, 'Aftershocks followed.'), vote(1, 'Queues were long.'), quake(2, 'Tents arrived.'), vote(2, 'Results are due.')];
  const stories = clusterStories(docs);
  assert.equal(stories.length, 2);
  assert.deepEqual(stories[0].articles, ['q1', 'q2']);
  assert.deepEqual(stories[1].articles, ['v1', 'v2']);
  assert.equal(stories[0].start, '2024-03-01');
  assert.equal(stories[0].end, '2024-03-02');
  assert.match(stories[0].label, /norvale|tarrow/);
});

test('articles far apart in time do not link even when alike', () => {
  const a = quake(1, '');
  const b = { ...quake(2, ''), published: '2024-09-01' };
  assert.equal(clusterStories([a, b]).length, 2);
  assert.equal(clusterStories([a, { ...b, published: '2024-03-05' }]).length, 1);
});

test('empty input gives no stories; term counts skip stopwords and weigh names', () => {
  assert.deepEqual(clusterStories([]), []);
  const c = termCounts('The army said Norvale was shelled.');
  assert.equal(c.get('the'), undefined);
  assert.equal(c.get('norvale'), 2);
  assert.equal(c.get('army'), 1);
});
