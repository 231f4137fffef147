/**
 * Find-similar must rank like the build's related papers: for every paper of
 * the default catalogue, its abstract as the query, the top 6 results other
 * than the paper itself are compared with the `related` list in its frontmatter.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/build-site-fs.ts';
import { buildSimilarIndex } from '../../../src/lib/similar-index.ts';
import { decodeShard, dictionaryOf, queryVector, rankPapers } from '../../../src/lib/similar-score.ts';
import { readPaperEntries } from './load-papers-fs.ts';

describe('find-similar agrees with the build', () => {
  const papers = readPaperEntries(path.join(PROJECT_ROOT, 'content'));
  const index = buildSimilarIndex(papers);
  const dictionary = dictionaryOf(index.terms);
  const shards = index.vectorShards.map((shard) => ({ start: shard.start, vectors: decodeShard(shard.vectors) }));
  const slugs = index.titleShards.flatMap((shard) => shard.slugs);

  test('mean overlap@6 with the related papers of each paper', () => {
    const overlaps: number[] = [];
    let selfFirst = 0;
    for (const paper of papers) {
      if (paper.related.length === 0) continue;
      const ranked = rankPapers(queryVector(paper.abstractText, dictionary), shards, 7).map((hit) => slugs[hit.index]!);
      if (ranked[0] === paper.slug) selfFirst += 1;
      const top = ranked.filter((slug) => slug !== paper.slug).slice(0, 6);
      const expected = new Set(paper.related.slice(0, 6).map((related) => related.slug));
      overlaps.push(top.filter((slug) => expected.has(slug)).length / expected.size);
    }
    const mean = overlaps.reduce((sum, value) => sum + value, 0) / overlaps.length;
    console.info(`find-similar: ${overlaps.length} papers, mean overlap@6 ${mean.toFixed(3)}, paper itself first ${selfFirst}`);
    expect(overlaps.length).toBeGreaterThan(400);
    expect(mean).toBeGreaterThan(0.6);
  });
});
