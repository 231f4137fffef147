import { describe, expect, test } from 'vitest';
import { checkCatalogue } from '../../../scripts/lib/check/check-catalogue.ts';
import type { EnrichedPaper, Topic } from '../../../scripts/lib/model.ts';

const paper = (slug: string, topic: string) => ({ slug, title: slug.toUpperCase(), topic }) as EnrichedPaper;
const topic = (slug: string, papers: string[]) => ({ slug, papers }) as Topic;

describe('checkCatalogue', () => {
  test('a sound catalogue has no diagnostics', () => {
    expect(checkCatalogue([paper('a', 't')], [paper('a', 't')], [topic('t', ['a'])])).toEqual([]);
  });

  test.each([
    ['a paper without an entry', [paper('a', 't'), paper('b', 't')], [paper('a', 't')], [topic('t', ['a'])], /without an entry: "B"/],
    ['a slug written twice', [paper('a', 't')], [paper('a', 't'), paper('a', 't')], [topic('t', ['a'])], /more than one entry: a/],
    ['a paper its topic does not list', [paper('a', 't')], [paper('a', 't')], [topic('u', ['a'])], /does not list them: "A"/],
  ])('reports %s as an error', (_, expected, papers, topics, message) => {
    const diagnostics = checkCatalogue(expected, papers, topics);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(message) })]);
  });
});
