/** `/papers.json`: every paper of the catalogue (schema: docs/EXPORTS.md), streamed one paper at a time. */
import type { APIRoute } from 'astro';
import { papersExportChunks } from '../lib/export-catalogue.ts';
import { loadCatalogue } from '../lib/load-catalogue.ts';

/** Chunks joined per write; fewer, larger writes without holding the whole file as one string. */
const PAPERS_PER_WRITE = 500;

export const GET: APIRoute = async ({ site }) => {
  const { papers, topics, overview } = await loadCatalogue();
  const chunks = papersExportChunks(
    [...papers.values()].map((paper) => paper.data),
    [...topics.values()],
    { site, base: import.meta.env.BASE_URL, ...overview },
  );
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let i = 0; i < PAPERS_PER_WRITE; i++) {
        const next = chunks.next();
        if (next.done) {
          if (text !== '') controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
