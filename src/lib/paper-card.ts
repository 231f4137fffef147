import { digestOnce } from './digest-of.ts';
import { excerpt } from './excerpt.ts';
import { keywordPath, paperPath, withBase } from './routes.ts';

/**
 * What a list shows of one paper: its link, an excerpt and a few keyword chips. Links are made
 * here, once per card, rather than in the list markup: a paper is listed on its topic's pages and
 * on each of its keywords' pages, so a 10k catalogue renders ~100k cards.
 */
export interface PaperCard {
  slug: string;
  /** The paper page's address (with the site's base). */
  href: string;
  title: string;
  /** Start of the abstract; empty when the list shows none. */
  excerpt: string;
  /** The first keyword chips, each with its keyword page's address. */
  keywords: readonly { slug: string; label: string; href: string }[];
}

/** How much of a paper a card shows. */
export interface PaperCardOptions {
  /** Characters of abstract (0 hides it; default 220). */
  excerptChars?: number;
  /** Keyword chips (default 4). */
  chips?: number;
}

/** The fields of a paper entry a card reads (a `papers` collection entry fits). */
export interface CardablePaper {
  id: string;
  data: { title: string; abstractText: string; keywords: readonly { slug: string; label: string }[] };
}

/**
 * Cards already made, per paper entry and card shape. A paper appears in its topic and in each
 * of its ~10 keyword lists; every list page's props are computed before the first page renders,
 * so at 100k papers one card per listing would be ~1M cards (with their excerpts) held at once.
 * Entries are never changed during a build, so a card made once is the card every time.
 */
const made = new WeakMap<CardablePaper, Map<string, PaperCard>>();

/**
 * The card of a paper. Lists render cards only, so a list page's props are exactly what it shows.
 * The same paper and options give the same card object (made once, frozen).
 */
export function paperCard(paper: CardablePaper, { excerptChars = 220, chips = 4 }: PaperCardOptions = {}): PaperCard {
  let cards = made.get(paper);
  if (!cards) {
    cards = new Map();
    made.set(paper, cards);
  }
  const shape = `${excerptChars}/${chips}`;
  let card = cards.get(shape);
  if (!card) {
    // Frozen, and digested once however many pages list it (page-reuse-fs.ts digests every page's props).
    card = digestOnce(
      Object.freeze({
        slug: paper.id,
        href: withBase(paperPath(paper.id)),
        title: paper.data.title,
        excerpt: excerptChars > 0 && paper.data.abstractText ? excerpt(paper.data.abstractText, excerptChars) : '',
        keywords: Object.freeze(
          paper.data.keywords.slice(0, chips).map(({ slug, label }) => Object.freeze({ slug, label, href: withBase(keywordPath(slug)) })),
        ),
      }),
    );
    cards.set(shape, card);
  }
  return card;
}
