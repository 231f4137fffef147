import { excerpt } from './excerpt.ts';

/** What a list shows of one paper: its link, an excerpt and a few keyword chips. */
export interface PaperCard {
  slug: string;
  title: string;
  /** Start of the abstract; empty when the list shows none. */
  excerpt: string;
  /** The first keyword chips. */
  keywords: { slug: string; label: string }[];
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

/** The card of a paper. Lists render cards only, so a list page's props are exactly what it shows. */
export function paperCard(paper: CardablePaper, { excerptChars = 220, chips = 4 }: PaperCardOptions = {}): PaperCard {
  return {
    slug: paper.id,
    title: paper.data.title,
    excerpt: excerptChars > 0 && paper.data.abstractText ? excerpt(paper.data.abstractText, excerptChars) : '',
    keywords: paper.data.keywords.slice(0, chips).map(({ slug, label }) => ({ slug, label })),
  };
}
