/**
 * Worker thread of {@link ../loaders/paper-entries-loader-fs.ts}: renders batches of entries with
 * {@link renderEntryBody}, so that a 2-core build renders on both cores while the main thread
 * validates and stores. Errors travel back as their messages, in the batch's order.
 */
import { parentPort } from 'node:worker_threads';
import { renderEntryBody } from '../lib/render-entry-body.ts';

/** One entry to render. */
export interface RenderRequest {
  text: string;
  filePath: string;
}

/** The rendered entry, or why it could not be rendered. */
export type RenderReply = { frontmatter: unknown; html: string } | { error: string };

if (!parentPort) throw new Error('Cannot render entries: expected to run as a worker thread, got the main thread');
const port = parentPort;
port.on('message', ({ id, entries }: { id: number; entries: RenderRequest[] }) => {
  const replies = entries.map(({ text, filePath }): RenderReply => {
    try {
      const { frontmatter, html } = renderEntryBody(text, filePath);
      return { frontmatter, html };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  port.postMessage({ id, replies });
});
// The renderer is loaded: the loader may send work without waiting (see its `ready`).
port.postMessage({ ready: true });
