import { shortHash } from './short-hash.ts';
import { slugifyTitle } from './slugify-title.ts';

/**
 * Published slugs by paper identity key. Kept from build to build (and never
 * pruned), so a paper's URL never changes once published and a slug is never
 * handed to another paper.
 */
export type SlugRegistry = Record<string, string>;

/** A paper that needs a slug: its identity key and its title. */
export interface SlugRequest {
  key: string;
  title: string;
}

/** Result of {@link assignSlugs}. */
export interface SlugAssignment {
  /** Slug of every requested key. */
  slugs: Map<string, string>;
  /** The registry with the new slugs added, keys sorted. */
  registry: SlugRegistry;
}

/**
 * Gives every paper a readable, ASCII, collision-free slug.
 *
 * A key already in the registry keeps its slug. A new key gets the slug of its
 * title; when that is taken, `-2`, `-3`… is appended, in request order (the
 * order papers were first seen), so the result is deterministic. A title with
 * nothing writable in ASCII gets `paper-<hash of key>`.
 *
 * @param requests Papers in catalogue order.
 * @param registry Slugs published by earlier builds.
 */
export function assignSlugs(requests: readonly SlugRequest[], registry: Readonly<SlugRegistry>): SlugAssignment {
  const taken = new Set(Object.values(registry));
  const next: SlugRegistry = { ...registry };
  const slugs = new Map<string, string>();
  for (const { key, title } of requests) {
    const published = next[key];
    if (published !== undefined) {
      slugs.set(key, published);
      continue;
    }
    const base = slugifyTitle(title) || `paper-${shortHash(key)}`;
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    taken.add(slug);
    next[key] = slug;
    slugs.set(key, slug);
  }
  return { slugs, registry: sortKeys(next) };
}

function sortKeys(registry: SlugRegistry): SlugRegistry {
  const sorted: SlugRegistry = {};
  for (const key of Object.keys(registry).sort()) sorted[key] = registry[key] as string;
  return sorted;
}
