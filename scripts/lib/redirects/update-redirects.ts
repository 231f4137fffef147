import { normalisePhrase } from '../enrich/normalise-phrase.ts';

/** What kind of page a redirect replaces. */
export type RedirectKind = 'topic' | 'keyword' | 'paper';

/** One old URL that keeps working, as kept in `content/redirects.json`. */
export interface Redirect {
  /** Site-relative path that was published and is no longer a page, e.g. `/topics/old/`. */
  from: string;
  /** Site-relative path of the live page it now leads to, e.g. `/topics/new/`. */
  to: string;
  kind: RedirectKind;
  /** Papers the old page listed (topics and keywords), so its later list pages redirect too. */
  papers: number;
}

/** A published topic or keyword, as far as redirects need it. */
export interface PublishedList {
  slug: string;
  /** Label (keywords: matched by normal form). */
  label?: string;
  papers: readonly string[];
}

/** The catalogue published by the previous build. */
export interface PublishedSite {
  topics: readonly PublishedList[];
  keywords: readonly PublishedList[];
}

/** The catalogue about to be published. */
export interface NextSite extends PublishedSite {
  papers: readonly { slug: string; topic: string }[];
}

/** Site-relative path of a topic, keyword or paper page. */
export const pathOf = (kind: RedirectKind, slug: string): string => `/${kind}s/${slug}/`;
const INDEX: Record<RedirectKind, string> = { topic: '/topics/', keyword: '/keywords/', paper: '/topics/' };

/**
 * The redirects of the next build: last build's redirects, plus one for every
 * topic, keyword or paper page that was published last time and is gone now;
 * minus any whose old path is a live page again.
 *
 * Where an old page leads: a paper merged into another → that paper; any other
 * paper (hidden) → the topic it was in, if live; a topic → the live topic that
 * holds most of its former papers; a keyword → the live keyword with the same
 * normal form, else the topic holding most of its former papers. When nothing
 * fits, the index of its kind. Targets are followed through other redirects,
 * so no redirect leads to another one.
 *
 * @param previous What the last build published (undefined on a first build).
 * @param redirects Redirects kept by the last build.
 * @param next The catalogue about to be published.
 * @param mergedInto Slug of every paper merged into another by curation → the kept slug.
 * @returns Redirects sorted by old path.
 */
export function updateRedirects(
  previous: PublishedSite | undefined,
  redirects: readonly Redirect[],
  next: NextSite,
  mergedInto: ReadonlyMap<string, string> = new Map(),
): Redirect[] {
  const live = new Set([
    ...next.papers.map((paper) => pathOf('paper', paper.slug)),
    ...next.topics.map((topic) => pathOf('topic', topic.slug)),
    ...next.keywords.map((keyword) => pathOf('keyword', keyword.slug)),
  ]);
  const topicOfPaper = new Map(next.papers.map((paper) => [paper.slug, paper.topic]));
  const byFrom = new Map<string, Redirect>();
  for (const redirect of redirects) if (!live.has(redirect.from)) byFrom.set(redirect.from, redirect);

  const mostPapers = (papers: readonly string[]): string | undefined => {
    const counts = new Map<string, number>();
    for (const paper of papers) {
      const topic = topicOfPaper.get(mergedInto.get(paper) ?? paper);
      if (topic !== undefined) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    return best && pathOf('topic', best[0]);
  };
  const add = (kind: RedirectKind, slug: string, papers: number, to: string | undefined) => {
    const from = pathOf(kind, slug);
    if (!live.has(from)) byFrom.set(from, { from, to: to ?? INDEX[kind], kind, papers });
  };

  const keywordByForm = new Map(next.keywords.map((keyword) => [formOf(keyword), keyword.slug]));
  for (const topic of previous?.topics ?? []) add('topic', topic.slug, topic.papers.length, mostPapers(topic.papers));
  for (const keyword of previous?.keywords ?? []) {
    const same = keywordByForm.get(formOf(keyword));
    add('keyword', keyword.slug, keyword.papers.length, same ? pathOf('keyword', same) : mostPapers(keyword.papers));
  }
  for (const topic of previous?.topics ?? []) {
    for (const paper of topic.papers) {
      const into = mergedInto.get(paper);
      add('paper', paper, 0, into !== undefined ? pathOf('paper', into) : pathOf('topic', topic.slug));
    }
  }
  for (const [paper, into] of mergedInto) add('paper', paper, 0, pathOf('paper', into));

  const resolved = [...byFrom.values()].map((redirect) => ({ ...redirect, to: resolve(redirect, byFrom, live) }));
  return resolved.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** Follows a redirect's target through other redirects to a live page, or the index of its kind. */
function resolve(redirect: Redirect, byFrom: ReadonlyMap<string, Redirect>, live: ReadonlySet<string>): string {
  const seen = new Set<string>([redirect.from]);
  let to = redirect.to;
  while (!live.has(to) && !Object.values(INDEX).includes(to)) {
    const next = byFrom.get(to);
    if (next === undefined || seen.has(to)) return INDEX[redirect.kind];
    seen.add(to);
    to = next.to;
  }
  return to;
}

function formOf(keyword: PublishedList): string {
  return normalisePhrase(keyword.label ?? keyword.slug.replace(/-/g, ' '));
}
