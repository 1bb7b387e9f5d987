import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventReportRef, MergedEventRecord } from '../store/types.js';
import { formatEvent, sourceLabel } from './format.js';

const span = { text: 'x', start: 0, end: 1 };
const ref = (articleId: string, eventId: string, opts: Partial<EventReportRef> = {}): EventReportRef => ({
  articleId, eventId, source: articleId === 'a' ? 'Gulf Post' : 'Levant Wire', published: '2024-05-06',
  killed: null, injured: null, attribution: null, certainty: 'reported', ...opts,
});

test('one line per article, with the figures of each of its reports and their attribution', () => {
  const e: MergedEventRecord = {
    id: 'event:1', type: 'ART_MISS_ATTACK', date: '2024-05-05', place: { ...span, name: 'Tarrow', country: 'YE', precision: 'city' },
    actors: [], killed: { low: 80, best: 111, high: 111 }, injured: null, sources: 2, sourceNames: ['Gulf Post', 'Levant Wire'],
    reports: [
      ref('a', 'ev1', { certainty: 'confirmed' }),
      ref('a', 'ev2', { killed: { ...span, text: 'killed at least 80', min: 80, max: 80, qualifier: 'at_least' }, attribution: { ...span, text: 'medics', kind: 'medical' } }),
      ref('b', 'ev1', { killed: { ...span, text: 'risen to 111', min: 111, max: 111, qualifier: 'exact' } }),
    ],
    conflicts: ['killed'], storyId: null,
  };
  const lines = formatEvent(e, (id) => `Headline ${id}`).split('\n');
  assert.equal(lines.length, 3);
  assert.match(lines[0], /^2024-05-05 {2}ART_MISS_ATTACK {2}Tarrow, YE {2}killed 80–111 \(best 111\) {2}\[2 articles, 2 independent sources\] {2}conflicting: killed$/);
  assert.equal(lines[1], '    Gulf Post: Headline a — killed "killed at least 80" according to medics [confirmed]');
  assert.equal(lines[2], '    Levant Wire: Headline b — killed "risen to 111"');
});

test('a source reads as the text named it, with its actor only when the words do not already say it', () => {
  assert.equal(sourceLabel({ text: 'a Yemeni army spokesman', canonical: 'Yemen' }), 'a Yemeni army spokesman (Yemen)');
  assert.equal(sourceLabel({ text: 'the Syrian Observatory for Human Rights', canonical: 'Syrian Observatory for Human Rights' }), 'the Syrian Observatory for Human Rights');
  assert.equal(sourceLabel({ text: 'the\n monitor' }), 'the monitor');
});
