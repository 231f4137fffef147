/**
 * `/similar/`: ranks the catalogue against pasted text in the browser. The
 * index (`/similar/terms.json`, then every `vectors-<n>.json`) loads on the
 * first search only; titles come from the `titles-<n>.json` shards that hold
 * the shown results.
 */
import { paperPath, withBase } from '../lib/routes.ts';
import type { TermVector } from '../lib/similar-codec.ts';
import { similarPaths, type SimilarTermsFile, type SimilarTitleShard, type SimilarVectorShard } from '../lib/similar-index.ts';
import { decodeShard, dictionaryOf, queryVector, rankPapers, type Dictionary } from '../lib/similar-score.ts';

/** Results shown. */
const SHOWN = 10;
/** Shortest text worth searching with. */
const MIN_CHARS = 20;

interface LoadedIndex {
  dictionary: Dictionary;
  titleShardSize: number;
  shards: { start: number; vectors: TermVector[] }[];
}

const form = document.querySelector<HTMLFormElement>('form[data-similar-form]');
if (form) start(form);

function start(form: HTMLFormElement): void {
  const text = form.querySelector<HTMLTextAreaElement>('textarea')!;
  const status = document.querySelector<HTMLElement>('[data-similar-status]')!;
  const results = document.querySelector<HTMLOListElement>('[data-similar-results]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  let index: Promise<LoadedIndex> | undefined;
  const titleShards = new Map<number, Promise<SimilarTitleShard>>();

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = text.value.trim();
    if (query.length < MIN_CHARS) {
      status.textContent = `Paste at least ${MIN_CHARS} characters: an abstract or a few sentences.`;
      return;
    }
    submit.disabled = true;
    status.textContent = 'Searching…';
    try {
      index ??= loadIndex();
      const loaded = await index;
      const vector = queryVector(query, loaded.dictionary);
      const ranked = rankPapers(vector, loaded.shards, SHOWN);
      const papers = await Promise.all(
        ranked.map(async (hit) => {
          const shardNumber = Math.floor(hit.index / loaded.titleShardSize);
          let shard = titleShards.get(shardNumber);
          if (!shard) titleShards.set(shardNumber, (shard = fetchJson<SimilarTitleShard>(similarPaths.titles(shardNumber))));
          const offset = hit.index - (await shard).start;
          return { slug: (await shard).slugs[offset]!, title: (await shard).titles[offset]!, score: hit.score };
        }),
      );
      results.replaceChildren(
        ...papers.map((paper) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = withBase(paperPath(paper.slug));
          link.textContent = paper.title;
          const score = document.createElement('span');
          score.className = 'score';
          score.textContent = `similarity ${paper.score.toFixed(2)}`;
          item.append(link, ' ', score);
          return item;
        }),
      );
      status.textContent =
        papers.length === 0
          ? 'No paper shares terms with this text. Try a longer passage or different words.'
          : `${papers.length} most similar papers, best first.`;
    } catch (error) {
      index = undefined;
      status.textContent = 'The similarity index could not be loaded. Please try again.';
      throw error;
    } finally {
      submit.disabled = false;
    }
  });
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-similar-nojs]')?.setAttribute('hidden', '');
}

async function loadIndex(): Promise<LoadedIndex> {
  const terms = await fetchJson<SimilarTermsFile>(similarPaths.terms);
  const shards = await Promise.all(
    Array.from({ length: terms.vectorShards }, async (_, number) => {
      const shard = await fetchJson<SimilarVectorShard>(similarPaths.vectors(number));
      return { start: shard.start, vectors: decodeShard(shard.vectors) };
    }),
  );
  return { dictionary: dictionaryOf(terms), titleShardSize: terms.titleShardSize, shards };
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`Cannot load ${path}: the server answered ${response.status}`);
  return (await response.json()) as T;
}
