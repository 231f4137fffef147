import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../../scripts/lib/dedupe/assign-slugs.ts';

describe('assignSlugs', () => {
  test('gives readable slugs and suffixes collisions in request order', () => {
    const { slugs, registry } = assignSlugs(
      [
        { key: 'graph networks', title: 'Graph Networks' },
        { key: 'graph networks 2', title: 'Graph Networks!' },
        { key: '图网络', title: '图网络' },
      ],
      {},
    );
    expect([...slugs.values()]).toEqual(['graph-networks', 'graph-networks-2', expect.stringMatching(/^paper-[0-9a-f]{8}$/)]);
    expect(Object.keys(registry)).toEqual(['graph networks', 'graph networks 2', '图网络']);
  });

  test('a published slug never changes, whatever comes first now', () => {
    const first = assignSlugs([{ key: 'b', title: 'Same Title' }], {});
    const second = assignSlugs(
      [
        { key: 'a', title: 'Same Title' },
        { key: 'b', title: 'Same Title' },
      ],
      first.registry,
    );
    expect(second.slugs.get('b')).toBe('same-title');
    expect(second.slugs.get('a')).toBe('same-title-2');
  });

  test('a slug of a paper that left the dumps is not handed to another paper', () => {
    const { slugs } = assignSlugs([{ key: 'new', title: 'Old Title' }], { old: 'old-title' });
    expect(slugs.get('new')).toBe('old-title-2');
  });

  test('does not mutate the registry it is given', () => {
    const registry = Object.freeze({ a: 'a' });
    expect(() => assignSlugs([{ key: 'b', title: 'B' }], registry)).not.toThrow();
    expect(registry).toEqual({ a: 'a' });
  });
});
