import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { toXmlSafeText, xmlText } from './feed-xml-text.ts';

/** One `<entry>` of an Atom feed. */
export interface AtomEntry {
  /** Permanent, unique IRI of the entry (here: the paper's absolute URL). */
  id: string;
  title: string;
  /** Absolute URL of the entry's page. */
  link: string;
  /** Plain-text summary. */
  summary: string;
  /** RFC 3339 date-time. */
  updated: string;
  /** Categories, e.g. the paper's topic. */
  categories?: readonly { term: string; label: string }[];
}

/** An Atom 1.0 feed (RFC 4287). */
export interface AtomFeed {
  /** Permanent IRI of the feed (here: its absolute URL). */
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself (`rel="self"`). */
  selfUrl: string;
  /** Absolute URL of the HTML page the feed mirrors (`rel="alternate"`). */
  alternateUrl: string;
  /** RFC 3339 date-time of the feed. */
  updated: string;
  /** Feed-level author, required by Atom when entries carry none. */
  author: string;
  entries: readonly AtomEntry[];
}

/**
 * Serialises an Atom feed from an xast tree: the serializer escapes text and
 * attributes, {@link xmlText} handles `]]>` and characters XML 1.0 forbids.
 * Pure; the same feed gives the same bytes.
 */
export function buildAtomFeed(feed: AtomFeed): string {
  return atomFeedWithEntries(feed, feed.entries.map(atomEntryXml));
}

/**
 * One serialised `<entry>` element. A catalogue puts each paper into many feeds (its topic
 * and every keyword); serialising its entry once and reusing the string keeps writing
 * thousands of feeds linear in the number of papers.
 */
export function atomEntryXml(entry: AtomEntry): string {
  return toXml(entryElement(entry), { allowDangerousXml: true, closeEmptyElements: true });
}

/**
 * The feed around already serialised entries (from {@link atomEntryXml}); `feed.entries` is
 * ignored. The same bytes as {@link buildAtomFeed}: the serializer writes elements one after
 * the other without whitespace, so entries serialised apart concatenate to the whole.
 */
export function atomFeedWithEntries(feed: Omit<AtomFeed, 'entries'>, entriesXml: readonly string[]): string {
  const { open, close } = atomFeedFrame(feed);
  return `${open}${entriesXml.join('')}${close}`;
}

/**
 * The text of a feed before and after its entries: `open + entries + close` is
 * {@link atomFeedWithEntries}, for callers that keep entries as encoded bytes.
 */
export function atomFeedFrame(feed: Omit<AtomFeed, 'entries'>): { open: string; close: string } {
  const children: ElementContent[] = [
    x('id', xmlText(feed.id)),
    x('title', { type: 'text' }, xmlText(feed.title)),
  ];
  if (feed.subtitle) children.push(x('subtitle', { type: 'text' }, xmlText(feed.subtitle)));
  children.push(
    x('link', { rel: 'self', type: 'application/atom+xml', href: attr(feed.selfUrl) }),
    x('link', { rel: 'alternate', type: 'text/html', href: attr(feed.alternateUrl) }),
    x('updated', xmlText(feed.updated)),
    x('author', [x('name', xmlText(feed.author))]),
  );
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      x('feed', { xmlns: 'http://www.w3.org/2005/Atom' }, children),
    ],
  };
  const head = toXml(tree, { allowDangerousXml: true, closeEmptyElements: true });
  const close = '</feed>';
  if (!head.endsWith(close)) throw new Error(`Cannot assemble an Atom feed: expected the serialised feed to end with ${close}`);
  return { open: head.slice(0, -close.length), close: `${close}\n` };
}

function entryElement(entry: AtomEntry): Element {
  return x('entry', [
    x('id', xmlText(entry.id)),
    x('title', { type: 'text' }, xmlText(entry.title)),
    x('link', { rel: 'alternate', type: 'text/html', href: attr(entry.link) }),
    x('updated', xmlText(entry.updated)),
    ...(entry.categories ?? []).map((category) => x('category', { term: attr(category.term), label: attr(category.label) })),
    x('summary', { type: 'text' }, xmlText(entry.summary)),
  ]);
}

function attr(value: string): string {
  return toXmlSafeText(value);
}
