import { describe, expect, test } from 'vitest';
import { updateRedirects, type NextSite, type PublishedSite, type Redirect } from '../../../scripts/lib/redirects/update-redirects.ts';

const next: NextSite = {
  papers: [
    { slug: 'p1', topic: 'vision' },
    { slug: 'p2', topic: 'vision' },
    { slug: 'p3', topic: 'language' },
  ],
  topics: [
    { slug: 'vision', papers: ['p1', 'p2'] },
    { slug: 'language', papers: ['p3'] },
  ],
  keywords: [
    { slug: 'neural-networks', label: 'neural networks', papers: ['p1'] },
    { slug: 'transformers', label: 'transformers', papers: ['p3'] },
  ],
};
const published = (topics: PublishedSite['topics'], keywords: PublishedSite['keywords'] = []): PublishedSite => ({ topics, keywords });

describe('updateRedirects', () => {
  test.each<[string, PublishedSite | undefined, Redirect[], Map<string, string>, Redirect[]]>([
    ['a first build has none', undefined, [], new Map(), []],
    ['nothing gone, nothing to add', published([{ slug: 'vision', papers: ['p1', 'p2'] }]), [], new Map(), []],
    [
      'a renamed topic leads to the topic holding most of its papers',
      published([{ slug: 'computer-vision', papers: ['p1', 'p2', 'p3'] }, { slug: 'language', papers: [] }]),
      [],
      new Map(),
      [{ from: '/topics/computer-vision/', to: '/topics/vision/', kind: 'topic', papers: 3 }],
    ],
    [
      'a gone keyword leads to the keyword with the same normal form',
      published([], [{ slug: 'neural-network', label: 'Neural Network', papers: ['p2'] }]),
      [],
      new Map(),
      [{ from: '/keywords/neural-network/', to: '/keywords/neural-networks/', kind: 'keyword', papers: 1 }],
    ],
    [
      'a gone keyword without a twin leads to the topic of most of its papers',
      published([], [{ slug: 'bert', label: 'BERT', papers: ['p3'] }]),
      [],
      new Map(),
      [{ from: '/keywords/bert/', to: '/topics/language/', kind: 'keyword', papers: 1 }],
    ],
    [
      'a gone keyword with no live paper leads to the keyword index',
      published([], [{ slug: 'gone', label: 'gone', papers: ['p9'] }]),
      [],
      new Map(),
      [{ from: '/keywords/gone/', to: '/keywords/', kind: 'keyword', papers: 1 }],
    ],
    [
      'a merged paper leads to the paper it was merged into',
      published([{ slug: 'vision', papers: ['p1', 'p2', 'p1-copy'] }]),
      [],
      new Map([['p1-copy', 'p1']]),
      [{ from: '/papers/p1-copy/', to: '/papers/p1/', kind: 'paper', papers: 0 }],
    ],
    [
      'a hidden paper leads to its former topic',
      published([{ slug: 'vision', papers: ['p1', 'p2', 'hidden'] }]),
      [],
      new Map(),
      [{ from: '/papers/hidden/', to: '/topics/vision/', kind: 'paper', papers: 0 }],
    ],
    [
      'old redirects are kept and re-pointed when their target is gone',
      published([{ slug: 'middle', papers: ['p3'] }]),
      [{ from: '/topics/oldest/', to: '/topics/middle/', kind: 'topic', papers: 50 }],
      new Map(),
      [
        { from: '/topics/middle/', to: '/topics/language/', kind: 'topic', papers: 1 },
        { from: '/topics/oldest/', to: '/topics/language/', kind: 'topic', papers: 50 },
      ],
    ],
    [
      'an old slug that is live again drops out',
      published([{ slug: 'vision', papers: ['p1', 'p2'] }]),
      [{ from: '/topics/vision/', to: '/topics/language/', kind: 'topic', papers: 2 }],
      new Map(),
      [],
    ],
  ])('%s', (_, previous, redirects, mergedInto, expected) => {
    expect(updateRedirects(previous, redirects, next, mergedInto)).toEqual(expected);
  });

  test('is idempotent: the next build with the same catalogue keeps the same redirects', () => {
    const previous = published([{ slug: 'computer-vision', papers: ['p1', 'p2'] }], [{ slug: 'bert', label: 'BERT', papers: ['p3'] }]);
    const first = updateRedirects(previous, [], next);
    const second = updateRedirects(published(next.topics, next.keywords), first, next);
    expect(second).toEqual(first);
  });
});
