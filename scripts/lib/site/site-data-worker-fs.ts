/** Worker entry of `runSiteDataTask` (site-data-task-fs.ts): runs the task, posts what it hands over and its outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSiteData, type SiteDataMessage, type SiteDataTask } from './site-data-task-fs.ts';

const post = (message: SiteDataMessage) => parentPort!.postMessage(message);
try {
  post({ type: 'written', value: await writeSiteData(workerData as SiteDataTask, (value) => post({ type: 'search-input', value })) });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  post({ type: 'failed', error: `${message}${cause}` });
}
