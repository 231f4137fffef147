import { expect, test } from 'vitest';
import { topicDiversity } from '../../../scripts/lib/enrich/topic-diversity.ts';

test.each([
  { lists: [['a', 'b'], ['c', 'd']], expected: 1 },
  { lists: [['a', 'b'], ['a', 'c']], expected: 3 / 4 },
  { lists: [['a'], ['a'], ['a']], expected: 1 / 3 },
  { lists: [], expected: 0 },
  { lists: [['a', 'b', 'c'], ['c']], expected: 3 / 4 },
])('topicDiversity($lists) = $expected', ({ lists, expected }) => {
  expect(topicDiversity(lists)).toBe(expected);
});
